#pragma once

#include <QLabel>

namespace cityops::ui {

// A one-line label drawn smaller when its text does not fit (down to a floor)
// instead of being cut or ending in "…": a KPI's figure and unit ("20,69 %") are read whole.
// Its minimum size is that smallest drawing, so a layout that honours it never cuts it.
class FitLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FitLabel)

public:
    // `smallest`: how far the text may shrink (0.7: a figure still read from across the room).
    explicit FitLabel(QWidget* parent = nullptr, double smallest = 0.7);

    QSize minimumSizeHint() const override;
    // How much the text is scaled down to fit (1: not at all; never below the floor).
    double fitScale() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_smallest;
};

} // namespace cityops::ui
