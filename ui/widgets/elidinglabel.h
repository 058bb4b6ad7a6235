#pragma once

#include <QLabel>

namespace cityops::ui {

// A one-line label that ends in "…" when its text does not fit, instead of widening the
// layout or being cut mid-glyph; the whole text is its tooltip.
class ElidingLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidingLabel)

public:
    explicit ElidingLabel(const QString& text, QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace cityops::ui
