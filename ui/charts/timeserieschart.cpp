#include "ui/charts/timeserieschart.h"

#include "core/common/timeutil.h"
#include "ui/charts/decimation.h"
#include "ui/theme/theme.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QTimer>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cityops::ui {

TimeSeriesChart::TimeSeriesChart(QWidget* parent)
    : QChartView(parent)
{
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true); // axis labels "6,58" in Vietnamese, "6.58" in English
    chart->setLocale(QLocale());
    m_line = new QLineSeries;
    // Bevel joins: Qt's stroker skips the miter computation at each of the thousands of
    // joins (12.4 → 9.1 ms a frame at 1M points); at a pixel column apart they look the same.
    QPen pen = m_line->pen();
    pen.setJoinStyle(Qt::BevelJoin);
    m_line->setPen(pen);
    chart->addSeries(m_line);
    m_time = new QDateTimeAxis;
    m_time->setFormat(QStringLiteral("dd/MM HH:mm"));
    m_values = new QValueAxis;
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    m_line->attachAxis(m_time);
    m_line->attachAxis(m_values);
    // QChartView made a default chart of its own; setChart() releases it without deleting it.
    QChart* made = this->chart();
    setChart(chart);
    delete made;
    setRenderHint(QPainter::Antialiasing, false);

    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(100); // at most 10 refreshes a second
    connect(m_coalesce, &QTimer::timeout, this, &TimeSeriesChart::refreshNow);
}

TimeSeriesChart::~TimeSeriesChart() = default;

void TimeSeriesChart::setSeries(const store::SeriesStore* store, store::SeriesId id, const QString& title)
{
    m_store = store;
    m_id = id;
    chart()->setTitle(title);
    requestRefresh();
}

void TimeSeriesChart::setValueBounds(double low, double high)
{
    m_boundLow = low;
    m_boundHigh = high;
    m_axisLow = std::numeric_limits<double>::quiet_NaN(); // the next refresh sets the axis again
    requestRefresh();
}

QString TimeSeriesChart::axisLabelFormat() const
{
    return m_values->labelFormat();
}

void TimeSeriesChart::setRange(std::int64_t from, std::int64_t to)
{
    m_from = from;
    m_to = to;
    requestRefresh();
}

void TimeSeriesChart::applyTheme(const Theme& theme)
{
    QPen pen(theme.text);
    pen.setWidthF(std::max(2.0, 2.0 * theme.scale));
    pen.setJoinStyle(Qt::BevelJoin);
    m_line->setPen(pen);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_time), static_cast<QAbstractAxis*>(m_values)}) {
        axis->setLabelsColor(theme.textMuted);
        axis->setGridLineColor(theme.border);
        axis->setLinePenColor(theme.border);
        QFont font = axis->labelsFont();
        font.setPixelSize(theme.px(13));
        axis->setLabelsFont(font);
    }
    m_time->setTickCount(5);
    m_values->setTickCount(4);
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    chart()->setMargins(QMargins(0, 0, 0, 0));
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    setBackgroundBrush(Qt::NoBrush);
    setStyleSheet(QStringLiteral("background: transparent"));
}

void TimeSeriesChart::setReferenceLines(const QList<QPair<double, QColor>>& lines)
{
    for (QLineSeries* series : m_references) {
        chart()->removeSeries(series);
        delete series;
    }
    m_references.clear();
    m_referenceValues = lines;
    for (const auto& [value, colour] : lines) {
        auto* series = new QLineSeries;
        QPen pen(colour, 1.5, Qt::DashLine);
        series->setPen(pen);
        chart()->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_values);
        m_references << series;
    }
    m_axisLow = std::numeric_limits<double>::quiet_NaN(); // the new lines are placed on the next refresh
    requestRefresh();
}

void TimeSeriesChart::requestRefresh()
{
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

int TimeSeriesChart::columnCount() const
{
    const int width = int(std::lround(chart()->plotArea().width()));
    return std::max(width > 0 ? width : this->width(), 1);
}

qsizetype TimeSeriesChart::drawnPoints() const
{
    return m_line->count();
}

void TimeSeriesChart::refreshNow()
{
    m_coalesce->stop();
    ++m_refreshes;
    if (!m_store || m_to <= m_from) {
        m_line->clear();
        return;
    }
    m_lastColumns = columnCount();
    const auto columns = m_store->columns(m_id, m_from, m_to, m_lastColumns);
    QList<QPointF> points = m4Polyline(columns, m_from, m_to);
    // QDateTimeAxis labels in the machine's zone; the console shows Da Nang time wherever it
    // runs, so the x values are shifted by the difference of the two offsets.
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_to);
    const double shift =
        1000.0 * (toZone(m_to, defaultDisplayZone()).offsetFromUtc() - at.toLocalTime().offsetFromUtc());
    if (shift != 0) {
        for (QPointF& p : points)
            p.rx() += shift;
    }

    double lo = 0;
    double hi = 1;
    bool any = false;
    for (const store::ColumnExtent& c : columns) {
        if (c.count == 0)
            continue;
        lo = any ? std::min(lo, c.min) : c.min;
        hi = any ? std::max(hi, c.max) : c.max;
        any = true;
    }
    if (any && hi - lo < 1e-9) {
        lo -= 1;
        hi += 1;
    } else if (any) {
        // Headroom, so the peak is not drawn on the frame; a floor of zero stays at zero.
        const double pad = 0.06 * (hi - lo);
        hi += pad;
        lo = lo == 0 ? 0 : lo - pad;
    }
    // A threshold just above the data is drawn (the room sees how close it is); one far
    // away does not squash the line.
    const double span = hi - lo;
    for (qsizetype i = 0; i < m_references.size(); ++i) {
        const double v = m_referenceValues[i].first;
        if (any && v > hi && v - hi < 0.25 * span)
            hi = v + 0.05 * span;
        if (any && v < lo && lo - v < 0.25 * span)
            lo = v - 0.05 * span;
    }
    // Round the value range to a step of the scale, so that the axis stays put while new
    // readings arrive inside it (no jitter for the room, no relayout for the chart); then
    // keep it within what the quantity can be.
    double step = 0.25;
    if (any) {
        step = std::pow(10.0, std::floor(std::log10(hi - lo))) / 4;
        lo = std::floor(lo / step) * step;
        hi = std::ceil(hi / step) * step;
        lo = std::max(lo, m_boundLow);
        hi = std::min(hi, m_boundHigh);
        if (hi <= lo) { // a run of one value at a bound: a scale inside the bounds
            if (lo <= m_boundLow)
                hi = lo + std::min(step * 4, m_boundHigh - lo);
            else
                lo = hi - std::min(step * 4, hi - m_boundLow);
        }
    }

    // The axes move only when the move shows: less than half a pixel in time and the same
    // value range change nothing on screen. When they do move, the line is emptied first,
    // so that Qt Charts lays out the new axes without recomputing the old line's geometry,
    // and the new line is computed once, by the one replace() below.
    const double msPerPixel = double(m_to - m_from) / std::max(m_lastColumns, 1);
    const auto axisFrom = std::int64_t(double(m_from) + shift);
    const auto axisTo = std::int64_t(double(m_to) + shift);
    const bool timeMoved = std::abs(double(axisFrom - m_axisFrom)) >= 0.5 * msPerPixel ||
                           std::abs(double(axisTo - m_axisTo)) >= 0.5 * msPerPixel;
    const bool valuesMoved = lo != m_axisLow || hi != m_axisHigh;
    if (timeMoved || valuesMoved) {
        m_line->clear();
        for (QLineSeries* reference : std::as_const(m_references))
            reference->clear();
        if (valuesMoved) {
            // Plain numbers with the language's grouping (1.234 / 1,234), never 2.5E+03:
            // as many decimals as the tick step needs.
            const double tick = (hi - lo) / 3;
            const int decimals = tick > 0 ? std::clamp(int(std::ceil(-std::log10(tick))), 0, 4) : 0;
            m_values->setLabelFormat(u"%.%1f"_s.arg(decimals));
            m_values->setRange(lo, hi);
        }
        if (timeMoved) {
            m_time->setRange(QDateTime::fromMSecsSinceEpoch(axisFrom),
                             QDateTime::fromMSecsSinceEpoch(axisTo));
            // Labels for the span: hours within two days, dates within a week, days within
            // two months, then months.
            const std::int64_t visible = m_to - m_from;
            m_time->setFormat(visible <= 2 * 86'400'000LL    ? QStringLiteral("HH:mm")
                              : visible <= 8 * 86'400'000LL  ? QStringLiteral("dd/MM HH:mm")
                              : visible <= 62 * 86'400'000LL ? QStringLiteral("dd/MM")
                                                             : QStringLiteral("MM/yyyy"));
        }
        m_axisFrom = axisFrom;
        m_axisTo = axisTo;
        m_axisLow = lo;
        m_axisHigh = hi;
        for (qsizetype i = 0; i < m_references.size(); ++i) {
            const double v = m_referenceValues[i].first;
            m_references[i]->replace(
                QList<QPointF>{QPointF(double(axisFrom), v), QPointF(double(axisTo), v)});
            m_references[i]->setVisible(any && v >= lo && v <= hi);
        }
    }
    m_line->replace(points); // one call, never append() per point
}

void TimeSeriesChart::zoom(double factor, std::int64_t anchor)
{
    constexpr std::int64_t kMinSpan = 3'600'000LL;            // an hour
    constexpr std::int64_t kMaxSpan = 5 * 366 * 86'400'000LL; // five years
    const double span = double(m_to - m_from);
    const double newSpan = std::clamp(span * factor, double(kMinSpan), double(kMaxSpan));
    const double left = double(anchor - m_from) / std::max(span, 1.0);
    const auto from = std::int64_t(double(anchor) - left * newSpan);
    setRange(from, from + std::int64_t(newSpan));
    emit rangeChanged(m_from, m_to);
}

void TimeSeriesChart::pan(std::int64_t deltaMs)
{
    setRange(m_from + deltaMs, m_to + deltaMs);
    emit rangeChanged(m_from, m_to);
}

void TimeSeriesChart::wheelEvent(QWheelEvent* event)
{
    if (!m_interactive || m_to <= m_from) {
        QChartView::wheelEvent(event);
        return;
    }
    const QRectF plot = chart()->plotArea();
    const double fraction =
        std::clamp((event->position().x() - plot.left()) / std::max(plot.width(), 1.0), 0.0, 1.0);
    const auto anchor = m_from + std::int64_t(fraction * double(m_to - m_from));
    zoom(std::pow(0.999, event->angleDelta().y()), anchor);
    event->accept();
}

void TimeSeriesChart::mousePressEvent(QMouseEvent* event)
{
    if (m_interactive && event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragX = event->position().x();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void TimeSeriesChart::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging) {
        const double dx = event->position().x() - m_dragX;
        m_dragX = event->position().x();
        const double msPerPixel = double(m_to - m_from) / std::max(chart()->plotArea().width(), 1.0);
        pan(-std::int64_t(dx * msPerPixel));
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void TimeSeriesChart::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void TimeSeriesChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    requestRefresh(); // a wider plot has more columns
}

} // namespace cityops::ui
