#pragma once

#include <QLabel>

namespace cityops::ui {

// A one-line label drawn smaller when its text does not fit (down to half size) instead of
// being cut or ending in "…": a KPI's figure and unit ("20,69 %") are read whole. Only a
// text still too long at half size (a long target on a narrow card) loses its end, into
// the tooltip.
class FitLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FitLabel)

public:
    explicit FitLabel(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
    // How much the text is scaled down to fit (1: not at all).
    double fitScale() const;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace cityops::ui
