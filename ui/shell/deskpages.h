#pragma once

// The desk: a page per data group (the map of the city with its districts and stations,
// the group's indicators with their latest values, and the selected indicator in detail)
// and the indicator page itself (a zoomable, pannable history chart from hours to years,
// the districts or stations compared as bars, the KPI card against its targets and the
// national average), or beside it the group's statistics services (statspage.h).
// Selecting a district on the map filters the page to that district.

#include "core/status/status.h"
#include "ui/theme/theme.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace cityops::ui {

struct ViewContext;
class ComparisonBars;
class KpiCard;
class MapView;
class StatsPage;
class TimeSeriesChart;

class IndicatorPage final : public QWidget
{
    Q_OBJECT
public:
    IndicatorPage(const ViewContext& context, QWidget* parent = nullptr);

    // Shows `indicatorId`; `area` filters it (empty: the whole city).
    void showIndicator(const QString& indicatorId, const QString& area);
    void refresh();
    // Sets the chart to the last `hours` (the range buttons).
    void showLast(int hours);

    QString indicatorId() const { return m_indicator; }
    QString place() const { return m_place; }
    TimeSeriesChart* chart() const { return m_chart; }
    ComparisonBars* bars() const { return m_bars; }
    KpiCard* kpiCard() const { return m_kpi; }
    QString headline() const;

signals:
    void placeClicked(const QString& area);

private:
    void requestHistory();
    std::int64_t rangeEnd(std::int64_t span) const;
    // Chooses the series to chart for the indicator and district; false when there is none yet.
    bool bindSeries();

    const ViewContext& m_context;
    QString m_indicator;
    QString m_area;
    QString m_place;         // the series shown in the chart
    bool m_bound = false;    // the chart has its series
    bool m_followNow = true; // the chart's range ends at "now" and moves with it
    QLabel* m_name = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_barsTitle = nullptr;
    KpiCard* m_kpi = nullptr;
    QWidget* m_kpiHolder = nullptr;
    TimeSeriesChart* m_chart = nullptr;
    ComparisonBars* m_bars = nullptr;
    QList<QPushButton*> m_rangeButtons;
};

class GroupPage final : public QWidget
{
    Q_OBJECT
public:
    GroupPage(const ViewContext& context, const QString& groupId, QWidget* parent = nullptr);

    void refresh();
    // Filters the page to one district (empty: the whole city).
    void selectArea(const QString& areaId);
    void selectIndicator(const QString& indicatorId);
    // Shows the group's statistics services instead of the selected indicator.
    void showStatistics();
    // Selects the indicator's row in the list (and so shows it); false when it is not listed.
    bool showIndicatorRow(const QString& indicatorId);

    QString groupId() const { return m_group; }
    QString selectedArea() const { return m_area; }
    MapView* map() const { return m_map; }
    IndicatorPage* indicatorPage() const { return m_detail; }
    StatsPage* statsPage() const { return m_stats; }
    QStringList indicatorRows() const;
    QString filterText() const;

private:
    void refreshMap();
    void refreshList();

    const ViewContext& m_context;
    QString m_group;
    QString m_area;
    QString m_mapIndicator;    // an area indicator of the group for the choropleth
    QString m_markerIndicator; // a station indicator for the markers
    MapView* m_map = nullptr;
    QLabel* m_filter = nullptr;
    QPushButton* m_clear = nullptr;
    QListWidget* m_list = nullptr;
    QTabWidget* m_tabs = nullptr;
    IndicatorPage* m_detail = nullptr;
    StatsPage* m_stats = nullptr;
};

} // namespace cityops::ui
