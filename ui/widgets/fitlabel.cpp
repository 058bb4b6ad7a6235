#include "ui/widgets/fitlabel.h"

#include <QPainter>
#include <QStyle>

#include <algorithm>

namespace cityops::ui {

FitLabel::FitLabel(QWidget* parent, double smallest)
    : QLabel(parent)
    , m_smallest(std::clamp(smallest, 0.3, 1.0))
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QSize FitLabel::minimumSizeHint() const
{
    const QSize natural = QLabel::sizeHint();
    return {int(natural.width() * m_smallest) + 1, natural.height()};
}

double FitLabel::fitScale() const
{
    const int needed = fontMetrics().horizontalAdvance(text());
    const int available = contentsRect().width();
    if (needed <= 0 || needed <= available)
        return 1.0;
    return std::max(m_smallest, double(available) / double(needed));
}

void FitLabel::paintEvent(QPaintEvent* event)
{
    const double scale = fitScale();
    if (scale >= 1.0) {
        QLabel::paintEvent(event);
        return;
    }
    QPainter painter(this);
    QFont small = font();
    if (small.pixelSize() > 0)
        small.setPixelSize(std::max(1, int(small.pixelSize() * scale)));
    else
        small.setPointSizeF(small.pointSizeF() * scale);
    painter.setFont(small);
    // Still too long at the smallest size (a long target on a narrow card): the end goes,
    // the whole text is in the tooltip.
    const QString shown = QFontMetrics(small).elidedText(text(), Qt::ElideRight, contentsRect().width());
    if (shown != text() && toolTip().isEmpty())
        setToolTip(text());
    style()->drawItemText(&painter, contentsRect(), int(alignment()) | Qt::TextSingleLine, palette(),
                          isEnabled(), shown, foregroundRole());
}

} // namespace cityops::ui
