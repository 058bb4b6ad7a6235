#pragma once

// The tiles of the wall (and of the desk's overview): each one reads LiveData when told to
// refresh() and shows one thing, large. Colour only for what is abnormal (alarm priority
// colours) or stale (magenta, with the age), never for decoration.

#include "core/status/status.h"
#include "ui/wall/wallconfig.h"

#include <QColor>
#include <QFrame>

class QLabel;
class QTimer;
class QVBoxLayout;
class QGridLayout;

namespace cityops::ui {

struct ViewContext;
class TimeSeriesChart;
class KpiCard;
class MapView;
class ElidingLabel;

class LiveTile : public QFrame
{
    Q_OBJECT
public:
    LiveTile(const ViewContext& context, const QString& title, QWidget* parent);
    virtual void refresh() = 0;
    virtual WallTile::Type type() const = 0;
    QString title() const;
    // The tile's state as a style property ("normal", "high", "stale"…), for the border.
    QString state() const { return property("state").toString(); }

protected:
    void setState(const QString& state);
    const ViewContext& m_context;
    QVBoxLayout* m_layout = nullptr;
    ElidingLabel* m_title = nullptr;
};

// A live line chart of one series over the last N hours, with its latest value, its
// thresholds, its alarm level and, when the series stopped updating, "stale" and the age.
class ChartTile final : public LiveTile
{
    Q_OBJECT
public:
    ChartTile(const ViewContext& context, const WallTile& tile, QWidget* parent);
    void refresh() override;
    WallTile::Type type() const override { return WallTile::Type::Chart; }
    TimeSeriesChart* chart() const { return m_chart; }
    bool isStaleShown() const;
    QString valueText() const;
    QString staleText() const;

private:
    WallTile m_tile;
    QLabel* m_value = nullptr;
    QLabel* m_badge = nullptr;
    QLabel* m_limits = nullptr;
    TimeSeriesChart* m_chart = nullptr;
    bool m_bound = false;
};

class KpiTile final : public LiveTile
{
    Q_OBJECT
public:
    KpiTile(const ViewContext& context, const WallTile& tile, QWidget* parent);
    void refresh() override;
    WallTile::Type type() const override { return WallTile::Type::Kpi; }
    KpiCard* card() const { return m_card; }

private:
    QString m_indicator;
    KpiCard* m_card = nullptr;
};

// The district choropleth of an area indicator, with the markers of a station indicator.
class MapTile final : public LiveTile
{
    Q_OBJECT
public:
    MapTile(const ViewContext& context, const WallTile& tile, QWidget* parent);
    void refresh() override;
    WallTile::Type type() const override { return WallTile::Type::Map; }
    MapView* map() const { return m_map; }

private:
    WallTile m_tile;
    MapView* m_map = nullptr;
};

class ClockTile final : public LiveTile
{
    Q_OBJECT
public:
    ClockTile(const ViewContext& context, QWidget* parent);
    void refresh() override;
    WallTile::Type type() const override { return WallTile::Type::Clock; }
    QString timeText() const;

private:
    QLabel* m_time = nullptr;
    QLabel* m_date = nullptr;
};

// The 15 groups at a glance: each cell takes its worst alarm colour, or a magenta border
// when some of its series are stale. This is how a room tells which group is abnormal.
class GroupsTile final : public LiveTile
{
    Q_OBJECT
public:
    GroupsTile(const ViewContext& context, QWidget* parent);
    void refresh() override;
    WallTile::Type type() const override { return WallTile::Type::Groups; }
    // group id → its cell's state ("normal", "high", "stale"…)
    QHash<QString, QString> cellStates() const;
    // Whether the group's cell blinks: one of its alarms waits for an acknowledgement.
    bool isBlinking(const QString& group) const;

private:
    struct Cell
    {
        QString group;
        QFrame* frame = nullptr;
        QLabel* status = nullptr;
        bool blinks = false;
    };
    void showBlink();
    QList<Cell> m_cells;
    QTimer* m_blink = nullptr;
    bool m_blinkOn = true;
};

// The alarms of the archive (unacknowledged first, then the worst, the newest), each with its
// priority as a colour, a shape and a word; the unacknowledged ones blink until someone
// acknowledges them (ui/wall/alertstile.cpp). Without an alarm log: what is abnormal or stale
// now, worst first.
class AlertsTile final : public LiveTile
{
    Q_OBJECT
public:
    AlertsTile(const ViewContext& context, QWidget* parent);
    void refresh() override;
    WallTile::Type type() const override { return WallTile::Type::Alerts; }
    QStringList rows() const { return m_rows; }
    // Whether a row's mark blinks now (and its phase: drawn or not).
    bool isBlinking() const;
    bool blinkPhase() const { return m_blinkOn; }

private:
    void refreshAlarms();
    void refreshAbnormal();
    void render();

    struct Line
    {
        QString mark; // the priority's shape and word (empty: none), in `colour`
        QColor colour;
        QString text;
        QColor textColour;
        bool blinks = false;
    };
    QLabel* m_list = nullptr;
    QStringList m_rows;
    QList<Line> m_lines;
    QTimer* m_blinkTimer = nullptr;
    bool m_blinkOn = true;
    QString m_more;
};

LiveTile* createTile(const WallTile& tile, const ViewContext& context, QWidget* parent);

} // namespace cityops::ui
