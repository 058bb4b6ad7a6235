#pragma once

// A time-series chart that stays fast whatever the number of points: the data stays in the
// SeriesStore; on each refresh the chart asks the store for the exact min/max per pixel
// column of the visible range and hands Qt Charts one polyline of at most 4 points per
// column with a single QXYSeries::replace(). Refreshes are coalesced (at most 10 per
// second) however often data arrives or the view changes.

#include "core/store/seriesstore.h"

#include <QChartView>

#include <limits>

class QLineSeries;
class QDateTimeAxis;
class QValueAxis;
class QTimer;

namespace cityops::ui {

struct Theme;

class TimeSeriesChart : public QChartView
{
    Q_OBJECT
public:
    explicit TimeSeriesChart(QWidget* parent = nullptr);
    ~TimeSeriesChart() override;

    // What to draw: one series of a store, over [from, to).
    void setSeries(const store::SeriesStore* store, store::SeriesId id, const QString& title);
    void setRange(std::int64_t from, std::int64_t to);

    // Wall colours and type: light line on the dark surface, muted axes, sizes for the
    // window's scale.
    void applyTheme(const Theme& theme);
    // Horizontal lines at fixed values (thresholds, band limits), drawn dashed in their
    // colour when they fall inside the visible value range.
    void setReferenceLines(const QList<QPair<double, QColor>>& lines);
    // What the quantity can be (the indicator's plausible range): the value axis never
    // goes beyond it (no negative flood depth around a run of zeros).
    void setValueBounds(double low, double high);
    // The value axis as drawn, and its label format (tests).
    double axisLow() const { return m_axisLow; }
    double axisHigh() const { return m_axisHigh; }
    QString axisLabelFormat() const;

    // Asks for a redraw; many requests within 100 ms make one refresh.
    void requestRefresh();
    // Refreshes now (tests, benchmarks, screenshots).
    void refreshNow();

    // Desk charts: the wheel zooms around the pointer (from an hour to a few years), a drag
    // pans through time. Wall charts stay still.
    void setInteractive(bool on) { m_interactive = on; }
    std::int64_t from() const { return m_from; }
    std::int64_t to() const { return m_to; }
    // Zooms by `factor` (< 1 zooms in) around the instant `anchor`.
    void zoom(double factor, std::int64_t anchor);
    void pan(std::int64_t deltaMs);

    int refreshCount() const { return m_refreshes; }
    qsizetype drawnPoints() const;
    // The plot area's width in pixels: the number of columns asked of the store.
    int columnCount() const;
    // The columns asked of the store at the last refresh.
    int lastColumnCount() const { return m_lastColumns; }

signals:
    void rangeChanged(std::int64_t from, std::int64_t to);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    const store::SeriesStore* m_store = nullptr;
    store::SeriesId m_id = 0;
    std::int64_t m_from = 0;
    std::int64_t m_to = 0;
    QLineSeries* m_line = nullptr;
    QDateTimeAxis* m_time = nullptr;
    QValueAxis* m_values = nullptr;
    QTimer* m_coalesce = nullptr;
    QList<QPair<double, QColor>> m_referenceValues;
    // What the axes show now (to move them only when it shows).
    std::int64_t m_axisFrom = 0;
    std::int64_t m_axisTo = 0;
    double m_axisLow = std::numeric_limits<double>::quiet_NaN(); // NaN: never set
    double m_boundLow = -std::numeric_limits<double>::infinity();
    double m_boundHigh = std::numeric_limits<double>::infinity();
    double m_axisHigh = std::numeric_limits<double>::quiet_NaN();
    QList<QLineSeries*> m_references;
    int m_refreshes = 0;
    bool m_interactive = false;
    bool m_dragging = false;
    double m_dragX = 0;
    int m_lastColumns = 0;
};

} // namespace cityops::ui
