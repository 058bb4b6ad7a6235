#include "ui/widgets/comparisonbars.h"

#include <QMouseEvent>
#include <QPainter>

namespace cityops::ui {

ComparisonBars::ComparisonBars(const Theme& theme, QWidget* parent)
    : QWidget(parent)
    , m_theme(theme)
{
    setMinimumHeight(60);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

int ComparisonBars::rowHeight() const
{
    return fontMetrics().height() + 10;
}

QSize ComparisonBars::sizeHint() const
{
    return {400, int(std::max<qsizetype>(m_bars.size(), 2)) * rowHeight() + 8};
}

void ComparisonBars::setBars(const QList<Bar>& bars, const QString& selected)
{
    m_bars = bars;
    m_selected = selected;
    updateGeometry();
    update();
}

void ComparisonBars::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Theme& theme = m_theme;
    const QFontMetrics fm = fontMetrics();
    int labelWidth = 0;
    int textWidth = 0;
    double high = 0;
    double low = 0;
    for (const Bar& bar : m_bars) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(bar.label));
        textWidth = std::max(textWidth, fm.horizontalAdvance(bar.text));
        high = std::max(high, bar.value);
        low = std::min(low, bar.value);
    }
    labelWidth = std::min(labelWidth + 12, width() / 3);
    const int barLeft = labelWidth;
    const int barRight = width() - textWidth - 16;
    const double span = std::max(high - low, 1e-9);
    const int h = rowHeight();
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        const Bar& bar = m_bars[i];
        const int y = 4 + int(i) * h;
        p.setPen(theme.text);
        p.drawText(QRect(0, y, labelWidth - 8, h), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(bar.label, Qt::ElideRight, labelWidth - 8));
        const double zero = barLeft + (0 - low) / span * (barRight - barLeft);
        const double end = barLeft + (bar.value - low) / span * (barRight - barLeft);
        QRectF r(std::min(zero, end), y + 3, std::abs(end - zero), h - 6);
        const QColor fill = bar.stale                           ? theme.surfaceRaised
                            : bar.level > status::Level::Normal ? theme.levelColour(bar.level)
                                                                : theme.normalFill;
        p.setPen(bar.stale ? QPen(theme.stale, 2, Qt::DashLine) : Qt::NoPen);
        p.setBrush(fill);
        p.drawRect(r);
        if (bar.key == m_selected && !m_selected.isEmpty()) {
            p.setPen(QPen(theme.accent, 3));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(-2, -2, 2, 2));
        }
        p.setPen(theme.text);
        p.drawText(QRect(int(std::max(zero, end)) + 6, y, textWidth + 10, h),
                   Qt::AlignLeft | Qt::AlignVCenter, bar.text);
    }
}

void ComparisonBars::mousePressEvent(QMouseEvent* event)
{
    const int index = (int(event->position().y()) - 4) / rowHeight();
    if (index >= 0 && index < m_bars.size())
        emit barClicked(m_bars[index].key);
}

} // namespace cityops::ui
