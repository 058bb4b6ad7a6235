#include "ui/charts/timeserieschart.h"

#include "ui/charts/decimation.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cityops::ui {

TimeSeriesChart::TimeSeriesChart(QWidget* parent)
    : QChartView(parent)
{
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_line = new QLineSeries;
    chart->addSeries(m_line);
    m_time = new QDateTimeAxis;
    m_time->setFormat(QStringLiteral("dd/MM HH:mm"));
    m_values = new QValueAxis;
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    m_line->attachAxis(m_time);
    m_line->attachAxis(m_values);
    setChart(chart);
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

void TimeSeriesChart::setRange(std::int64_t from, std::int64_t to)
{
    m_from = from;
    m_to = to;
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
    const QList<QPointF> points = m4Polyline(columns, m_from, m_to);
    m_line->replace(points); // one call, never append() per point
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
    }
    m_values->setRange(lo, hi);
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(m_from), QDateTime::fromMSecsSinceEpoch(m_to));
}

void TimeSeriesChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    requestRefresh(); // a wider plot has more columns
}

} // namespace cityops::ui
