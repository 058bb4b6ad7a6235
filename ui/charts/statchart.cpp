#include "ui/charts/statchart.h"

#include "core/common/timeutil.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cityops::ui {

namespace {

constexpr qsizetype kLegendMax = 8;

QString axisNumber(double v)
{
    const double a = std::abs(v);
    return QLocale().toString(v, 'f', a >= 100 ? 0 : a >= 10 ? 1 : 2);
}

} // namespace

StatChart::StatChart(const Theme& theme, QWidget* parent)
    : QWidget(parent)
    , m_theme(theme)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void StatChart::setLines(const QList<Line>& lines, const QString& unit)
{
    m_mode = Mode::Lines;
    m_lines = lines;
    m_unit = unit;
    update();
}

void StatChart::setColumns(const QList<Line>& lines, const QStringList& keyLabels, const QString& unit)
{
    m_mode = Mode::Columns;
    m_lines = lines;
    m_keyLabels = keyLabels;
    m_unit = unit;
    update();
}

void StatChart::setGauge(double value, double target, std::optional<double> projected,
                         const QString& valueText, const QString& targetText)
{
    m_mode = Mode::Gauge;
    m_lines.clear();
    m_value = value;
    m_target = target;
    m_projected = projected;
    m_valueText = valueText;
    m_targetText = targetText;
    update();
}

void StatChart::clear()
{
    m_mode = Mode::Lines;
    m_lines.clear();
    update();
}

QColor StatChart::lineColour(qsizetype i) const
{
    if (m_lines.size() <= 1)
        return m_theme.text;
    // Shades of one neutral hue, light to dark, spread over the places.
    return m_theme.rampColour(0.15 + 0.85 * double(i) / double(m_lines.size() - 1));
}

void StatChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_mode == Mode::Gauge) {
        paintGauge(p);
        return;
    }
    bool any = false;
    for (const Line& line : m_lines)
        any = any || !line.points.isEmpty();
    if (!any) {
        p.setPen(m_theme.textMuted);
        p.drawText(rect(), Qt::AlignCenter, tr("no rows to draw"));
        return;
    }
    const QFontMetrics fm = fontMetrics();
    const int legendRows = m_lines.size() > 1 ? 1 : 0;
    const QRectF plot(fm.horizontalAdvance(u"00000"_s) + 8, 6 + legendRows * (fm.height() + 4),
                      width() - fm.horizontalAdvance(u"00000"_s) - 16,
                      height() - fm.height() * 2 - 14 - legendRows * (fm.height() + 4));
    if (plot.width() < 40 || plot.height() < 30)
        return;
    paintLines(p, plot);
    if (legendRows == 0)
        return;
    int x = int(plot.left());
    for (qsizetype i = 0; i < m_lines.size() && i < kLegendMax; ++i) {
        const QString label = fm.elidedText(m_lines[i].label, Qt::ElideRight, 140);
        if (x + 20 + fm.horizontalAdvance(label) > width())
            break;
        p.fillRect(QRect(x, 6 + fm.height() / 2 - 2, 12, 4), lineColour(i));
        p.setPen(m_theme.textMuted);
        p.drawText(x + 16, 4 + fm.ascent(), label);
        x += 28 + fm.horizontalAdvance(label);
    }
    if (m_lines.size() > kLegendMax) {
        p.setPen(m_theme.textMuted);
        p.drawText(x, 4 + fm.ascent(), tr("+%1").arg(m_lines.size() - kLegendMax));
    }
}

void StatChart::paintLines(QPainter& p, const QRectF& plot)
{
    double x0 = std::numeric_limits<double>::max(), x1 = std::numeric_limits<double>::lowest();
    double y0 = std::numeric_limits<double>::max(), y1 = std::numeric_limits<double>::lowest();
    for (const Line& line : m_lines) {
        for (const QPointF& pt : line.points) {
            x0 = std::min(x0, pt.x());
            x1 = std::max(x1, pt.x());
            y0 = std::min(y0, pt.y());
            y1 = std::max(y1, pt.y());
        }
    }
    const bool columns = m_mode == Mode::Columns;
    if (columns) {
        y0 = std::min(0.0, y0); // columns stand on zero
        x0 -= 0.5;
        x1 += 0.5;
    }
    if (y0 >= 0 && y0 < (y1 - y0) * 0.25)
        y0 = 0; // counts and shares near zero stand on zero
    if (y1 - y0 < 1e-12) {
        y1 = y0 + std::max(1.0, std::abs(y0) * 0.1);
        y0 = y0 > 0 ? y0 - std::max(1.0, y0 * 0.1) : y0;
    }
    if (x1 - x0 < 1e-12)
        x1 = x0 + 1;
    const auto X = [&](double x) {
        return plot.left() + (x - x0) / (x1 - x0) * plot.width();
    };
    const auto Y = [&](double y) {
        return plot.bottom() - (y - y0) / (y1 - y0) * plot.height();
    };
    const QFontMetrics fm = fontMetrics();
    // Axes: the range's ends, the unit, and the first and last instant or key.
    p.setPen(m_theme.border);
    p.drawRect(plot);
    p.setPen(m_theme.textMuted);
    p.drawText(QRectF(0, plot.top() - fm.height() / 2.0, plot.left() - 4, fm.height()), Qt::AlignRight,
               axisNumber(y1));
    p.drawText(QRectF(0, plot.bottom() - fm.height() / 2.0, plot.left() - 4, fm.height()), Qt::AlignRight,
               axisNumber(y0));
    const QRectF below(plot.left(), plot.bottom() + 2, plot.width(), fm.height() + 2);
    if (columns) {
        const int step = std::max(
            1, int(std::ceil(fm.horizontalAdvance(u"00:00"_s) * 1.5 * m_keyLabels.size() / plot.width())));
        for (int k = 0; k < m_keyLabels.size(); k += step)
            p.drawText(QRectF(X(k) - 40, below.top(), 80, below.height()), Qt::AlignHCenter, m_keyLabels[k]);
    } else {
        const auto at = [](double ms) {
            return QLocale().toString(toZone(std::int64_t(ms), defaultDisplayZone()), u"dd/MM/yyyy HH:mm"_s);
        };
        p.drawText(below, Qt::AlignLeft, at(x0));
        p.drawText(below, Qt::AlignRight, at(x1));
    }
    p.drawText(QRectF(plot.left(), below.bottom(), plot.width(), fm.height() + 2), Qt::AlignHCenter, m_unit);
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const Line& line = m_lines[i];
        if (columns && m_lines.size() == 1) {
            const double w = std::max(2.0, plot.width() / (x1 - x0) * 0.7);
            p.setPen(Qt::NoPen);
            p.setBrush(m_theme.normalFill);
            for (const QPointF& pt : line.points)
                p.drawRect(QRectF(X(pt.x()) - w / 2, Y(pt.y()), w, Y(y0) - Y(pt.y())));
            continue;
        }
        QPainterPath path;
        for (qsizetype k = 0; k < line.points.size(); ++k) {
            const QPointF q(X(line.points[k].x()), Y(line.points[k].y()));
            if (k == 0)
                path.moveTo(q);
            else
                path.lineTo(q);
        }
        p.setPen(QPen(lineColour(i), m_lines.size() == 1 ? 2.0 : 1.4));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        if (line.points.size() == 1) // a single point is a dot, not an invisible line
            p.drawEllipse(QPointF(X(line.points[0].x()), Y(line.points[0].y())), 3, 3);
    }
}

void StatChart::paintGauge(QPainter& p)
{
    const QFontMetrics fm = fontMetrics();
    const double top = std::max({m_value, m_target, m_projected.value_or(0)}) * 1.1;
    const QRectF bar(8, height() / 2.0 - 14, width() - 16, 28);
    const auto X = [&](double v) {
        return bar.left() + std::clamp(v / std::max(top, 1e-9), 0.0, 1.0) * bar.width();
    };
    p.setPen(m_theme.border);
    p.setBrush(m_theme.surfaceRaised);
    p.drawRect(bar);
    p.setPen(Qt::NoPen);
    p.setBrush(m_theme.normalFill);
    p.drawRect(QRectF(bar.left(), bar.top(), X(m_value) - bar.left(), bar.height()));
    p.setPen(QPen(m_theme.text, 3));
    p.drawLine(QPointF(X(m_target), bar.top() - 8), QPointF(X(m_target), bar.bottom() + 8));
    if (m_projected) {
        p.setPen(QPen(m_theme.accent, 2, Qt::DashLine));
        p.drawLine(QPointF(X(*m_projected), bar.top() - 4), QPointF(X(*m_projected), bar.bottom() + 4));
    }
    p.setPen(m_theme.text);
    p.drawText(QRectF(bar.left(), bar.bottom() + 10, bar.width(), fm.height()), Qt::AlignLeft, m_valueText);
    p.drawText(QRectF(bar.left(), bar.top() - 10 - fm.height(), bar.width(), fm.height()), Qt::AlignRight,
               m_targetText);
}

} // namespace cityops::ui
