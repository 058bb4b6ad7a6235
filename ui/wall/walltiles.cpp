#include "ui/wall/walltiles.h"

#include "core/alerts/alarmstates.h"
#include "core/alerts/alarmwatch.h"
#include "core/catalog/catalog.h"
#include "core/common/clock.h"
#include "core/common/timeutil.h"
#include "core/live/livedata.h"
#include "ui/charts/timeserieschart.h"
#include "ui/map/citymap.h"
#include "ui/map/mapview.h"
#include "ui/theme/theme.h"
#include "ui/wall/stattile.h"
#include "ui/widgets/elidinglabel.h"
#include "ui/widgets/kpicard.h"
#include "ui/widgets/viewcontext.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cityops::ui {

namespace {

void repolish(QWidget* widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

QString timeOfDay(std::int64_t ms, std::int64_t now)
{
    const QDateTime local = toZone(ms, defaultDisplayZone());
    const QLocale locale;
    // Within the day: the time; older: the date as well.
    if (now - ms < 20 * 3'600'000LL)
        return locale.toString(local, u"HH:mm"_s);
    return locale.toString(local, u"dd/MM HH:mm"_s);
}

} // namespace

// ---------------------------------------------------------------------------- base

LiveTile::LiveTile(const ViewContext& context, const QString& title, QWidget* parent)
    : QFrame(parent)
    , m_context(context)
{
    setObjectName(u"wallTile"_s);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(12, 8, 12, 8);
    m_layout->setSpacing(4);
    m_title = new ElidingLabel(title, this);
    m_title->setObjectName(u"tileTitle"_s);
    if (!title.isEmpty())
        m_layout->addWidget(m_title);
    else
        m_title->hide();
    setProperty("state", u"normal"_s);
}

QString LiveTile::title() const
{
    return m_title->text();
}

void LiveTile::setState(const QString& state)
{
    if (property("state").toString() == state)
        return;
    setProperty("state", state);
    repolish(this);
}

// ---------------------------------------------------------------------------- chart

ChartTile::ChartTile(const ViewContext& context, const WallTile& tile, QWidget* parent)
    : LiveTile(context,
               context.catalog().indicator(tile.indicator)->name.in(context.language) +
                   (tile.place.isEmpty() ? QString() : u" · "_s + context.placeName(tile.place)),
               parent)
    , m_tile(tile)
{
    const Indicator& indicator = *context.catalog().indicator(tile.indicator);
    auto* row = new QHBoxLayout;
    row->setSpacing(10);
    m_value = new QLabel(u"—"_s, this);
    m_value->setObjectName(u"tileValue"_s);
    m_badge = new QLabel(this);
    m_badge->setObjectName(u"tileBadge"_s);
    m_badge->hide();
    m_limits = new ElidingLabel(QString(), this);
    m_limits->setObjectName(u"tileDetail"_s);
    row->addWidget(m_value);
    row->addWidget(m_badge);
    row->addWidget(m_limits, 1, Qt::AlignRight | Qt::AlignVCenter);
    m_layout->addLayout(row);

    // The thresholds or the normal band, always in view: a value means little without them.
    QString limits;
    const QLocale locale;
    if (!indicator.thresholds.isEmpty()) {
        QStringList steps;
        for (double t : indicator.thresholds)
            steps << locale.toString(t, 'f', indicator.decimals);
        limits = tr("thresholds %1 %2").arg(steps.join(u" · "_s), context.unitText(indicator));
    } else if (indicator.normalBand) {
        limits = tr("normal %1–%2 %3")
                     .arg(locale.toString(indicator.normalBand->low, 'f', indicator.decimals),
                          locale.toString(indicator.normalBand->high, 'f', indicator.decimals),
                          context.unitText(indicator));
    } else {
        limits = tr("last %n h", nullptr, tile.hours);
    }
    m_limits->setText(limits);

    m_chart = new TimeSeriesChart(this);
    m_chart->setValueBounds(indicator.plausible.low, indicator.plausible.high);
    const Theme& theme = *context.theme;
    m_chart->applyTheme(theme);
    QList<QPair<double, QColor>> references;
    const int n = int(indicator.thresholds.size());
    for (int i = 0; i < n; ++i) {
        const status::Level level = status::levelOf(indicator, indicator.thresholds[i]);
        references << qMakePair(indicator.thresholds[i],
                                level > status::Level::Normal ? theme.levelColour(level) : theme.textMuted);
    }
    if (indicator.normalBand) {
        references << qMakePair(indicator.normalBand->low, theme.alarmMedium)
                   << qMakePair(indicator.normalBand->high, theme.alarmMedium);
    }
    m_chart->setReferenceLines(references);
    m_layout->addWidget(m_chart, 1);
    setToolTip(indicator.id + (tile.place.isEmpty() ? QString() : u"@"_s + tile.place));
}

void ChartTile::refresh()
{
    const auto series = m_context.data->find(m_tile.indicator, m_tile.place);
    const std::int64_t now = m_context.data->clock().nowMs();
    if (!series) {
        m_value->setText(u"—"_s);
        m_badge->setText(tr("no data"));
        m_badge->setProperty("state", u"nodata"_s);
        repolish(m_badge);
        m_badge->show();
        setState(u"nodata"_s);
        return;
    }
    if (!m_bound) {
        m_chart->setSeries(&m_context.data->store(), series->id, QString());
        m_bound = true;
    }
    m_chart->setRange(now - std::int64_t(m_tile.hours) * 3'600'000, now + 1);
    const status::SeriesState state = m_context.data->state(*series);
    if (state.latest) {
        m_value->setText(m_context.valueText(*series->indicator, state.latest->v));
        m_value->setToolTip(timeOfDay(state.latest->t, now));
    }
    const QString key = styleState(state.level, state.stale);
    m_value->setProperty("state", state.stale ? u"normal"_s : styleState(state.level, false));
    repolish(m_value);
    if (state.stale) {
        m_badge->setText(state.latest ? tr("STALE %1").arg(status::ageText(state.ageMs)) : tr("no data"));
        m_badge->setProperty("state", u"stale"_s);
        m_badge->show();
    } else if (state.level > status::Level::Normal) {
        m_badge->setText(status::levelName(state.level).toUpper());
        m_badge->setProperty("state", key);
        m_badge->show();
    } else {
        m_badge->hide();
    }
    repolish(m_badge);
    setState(key);
}

bool ChartTile::isStaleShown() const
{
    return !m_badge->isHidden() && m_badge->property("state").toString() == u"stale"_s;
}

QString ChartTile::valueText() const
{
    return m_value->text();
}

QString ChartTile::staleText() const
{
    return isStaleShown() ? m_badge->text() : QString();
}

// ---------------------------------------------------------------------------- KPI

KpiTile::KpiTile(const ViewContext& context, const WallTile& tile, QWidget* parent)
    : LiveTile(context, QString(), parent)
    , m_indicator(tile.indicator)
{
    setObjectName(u"kpiTile"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_card =
        new KpiCard(context.catalog(), *context.catalog().indicator(tile.indicator), context.language, this);
    m_layout->addWidget(m_card, 1);
}

void KpiTile::refresh()
{
    const auto series = m_context.data->find(m_indicator, QString());
    if (!series)
        return; // the published figure stays
    const status::SeriesState state = m_context.data->state(*series);
    if (!state.latest)
        return;
    // The trend against the value a month earlier for monthly and slower KPIs, a day for faster.
    const std::int64_t compareMs = std::max<std::int64_t>(series->periodMs, 86'400'000);
    const auto before = m_context.data->valueBefore(*series, compareMs);
    const QDateTime local = toZone(state.latest->t, defaultDisplayZone());
    const QString when = series->periodMs >= 28LL * 86'400'000 ? QLocale().toString(local, u"MM/yyyy"_s)
                                                               : QLocale().toString(local, u"dd/MM HH:mm"_s);
    m_card->setLive(state.latest->v, before, when, state.stale);
    setState(state.stale ? u"stale"_s : u"normal"_s);
}

// ---------------------------------------------------------------------------- map

MapTile::MapTile(const ViewContext& context, const WallTile& tile, QWidget* parent)
    : LiveTile(context, QString(), parent)
    , m_tile(tile)
{
    const Catalog& catalog = context.catalog();
    QString title = catalog.indicator(tile.indicator)->name.in(context.language);
    if (!tile.markers.isEmpty())
        title += u" · "_s + tr("markers: %1").arg(catalog.indicator(tile.markers)->name.in(context.language));
    m_title->setText(title);
    m_title->show();
    m_layout->addWidget(m_title);
    m_map = createCityMap(context, this);
    m_layout->addWidget(m_map, 1);
    if (context.alarms) // the markers' colours and blinking are the alarms'
        connect(context.alarms, &alerts::AlarmWatch::changed, this, &MapTile::refresh);
}

void MapTile::refresh()
{
    showLiveValues(*m_map, m_context, m_tile.indicator, m_tile.markers);
}

// ---------------------------------------------------------------------------- clock

ClockTile::ClockTile(const ViewContext& context, QWidget* parent)
    : LiveTile(context, QString(), parent)
{
    m_time = new QLabel(this);
    m_time->setObjectName(u"clockBig"_s);
    m_time->setAlignment(Qt::AlignCenter);
    m_date = new QLabel(this);
    m_date->setObjectName(u"tileDetail"_s);
    m_date->setAlignment(Qt::AlignCenter);
    m_layout->addStretch(1);
    m_layout->addWidget(m_time);
    m_layout->addWidget(m_date);
    m_layout->addStretch(1);
}

void ClockTile::refresh()
{
    const QDateTime local = toZone(m_context.data->clock().nowMs(), defaultDisplayZone());
    const QLocale locale;
    m_time->setText(locale.toString(local, u"HH:mm:ss"_s));
    m_date->setText(locale.toString(local, u"dddd dd/MM/yyyy"_s) + u" · "_s + tr("Da Nang time (UTC+7)"));
}

QString ClockTile::timeText() const
{
    return m_time->text();
}

// ---------------------------------------------------------------------------- groups

GroupsTile::GroupsTile(const ViewContext& context, QWidget* parent)
    : LiveTile(context, tr("The 15 data groups now"), parent)
{
    auto* grid = new QGridLayout;
    grid->setSpacing(6);
    const auto& groups = context.catalog().groups;
    const int columns = 3;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        auto* frame = new QFrame(this);
        frame->setObjectName(u"groupCell"_s);
        frame->setProperty("state", u"normal"_s);
        auto* v = new QVBoxLayout(frame);
        v->setContentsMargins(8, 4, 8, 4);
        v->setSpacing(0);
        auto* name = new ElidingLabel(
            QString::number(groups[i].order) + u"  "_s + groups[i].name.in(context.language), frame);
        name->setObjectName(u"groupCellName"_s);
        auto* status = new ElidingLabel(QString(), frame);
        status->setObjectName(u"groupCellStatus"_s);
        v->addWidget(name);
        v->addWidget(status);
        frame->setToolTip(groups[i].description.in(context.language));
        grid->addWidget(frame, int(i) / columns, int(i) % columns);
        m_cells << Cell{groups[i].id, frame, status};
    }
    for (int c = 0; c < columns; ++c)
        grid->setColumnStretch(c, 1);
    m_layout->addLayout(grid, 1);
    m_blink = new QTimer(this);
    m_blink->setInterval(500); // as the alarm list blinks
    connect(m_blink, &QTimer::timeout, this, [this] {
        m_blinkOn = !m_blinkOn;
        showBlink();
    });
    if (context.alarms)
        connect(context.alarms, &alerts::AlarmWatch::changed, this, &GroupsTile::refresh);
}

void GroupsTile::showBlink()
{
    for (Cell& cell : m_cells) {
        const QString phase = cell.blinks && !m_blinkOn ? u"off"_s : u"on"_s;
        if (cell.frame->property("blink").toString() == phase)
            continue;
        cell.frame->setProperty("blink", phase);
        repolish(cell.frame);
        for (QWidget* child : cell.frame->findChildren<QWidget*>())
            repolish(child);
    }
}

bool GroupsTile::isBlinking(const QString& group) const
{
    for (const Cell& cell : m_cells) {
        if (cell.group == group)
            return cell.blinks;
    }
    return false;
}

void GroupsTile::refresh()
{
    // With an alarm log the colours are the alarms' (a cell, a marker and the alarm list never
    // disagree); the readings' own levels are said in words.
    const alerts::AlarmWatch* watch = m_context.alarms;
    const auto marks = watch ? alerts::alarmsByGroup(watch->alarms(), m_context.catalog())
                             : QHash<QString, alerts::AlarmMark>();
    bool anyBlinks = false;
    status::Level worstOverall = status::Level::NoData;
    for (Cell& cell : m_cells) {
        live::GroupStatus s = m_context.data->groupStatus(cell.group);
        const alerts::AlarmMark mark = marks.value(cell.group);
        if (watch)
            s.worst = mark.active > 0 ? mark.level : std::min(s.worst, status::Level::Normal);
        cell.blinks = mark.blinks();
        anyBlinks = anyBlinks || cell.blinks;
        QString key;
        QString text;
        if (s.series == 0) {
            key = u"nodata"_s;
            text = tr("no data");
        } else if (s.worst > status::Level::Normal) {
            key = styleState(s.worst, false);
            text = status::levelName(s.worst) + u" · "_s + status::abnormalCountText(s.abnormal);
            if (s.stale > 0)
                text += u" · "_s + status::staleCountText(s.stale);
        } else if (s.stale > 0) {
            key = u"stale"_s;
            text = status::staleCountText(s.stale) + u" · "_s + tr("%n series", nullptr, s.series);
        } else {
            key = u"normal"_s;
            text = tr("normal · %n series", nullptr, s.series);
        }
        if (watch && (mark.active > 0 || mark.waiting > 0))
            text =
                tr("%n alarm(s)", nullptr, std::max(mark.active, mark.waiting)) +
                (mark.waiting > 0 ? u" · "_s + tr("%n unacknowledged", nullptr, mark.waiting) : QString()) +
                (s.abnormal > 0 ? u" · "_s + status::abnormalCountText(s.abnormal) : QString());
        worstOverall = std::max(worstOverall, s.worst);
        cell.status->setText(text);
        if (cell.frame->property("state").toString() != key) {
            cell.frame->setProperty("state", key);
            repolish(cell.frame);
            for (QWidget* child : cell.frame->findChildren<QWidget*>())
                repolish(child);
        }
    }
    if (anyBlinks && !m_blink->isActive())
        m_blink->start();
    if (!anyBlinks)
        m_blink->stop();
    showBlink();
}

QHash<QString, QString> GroupsTile::cellStates() const
{
    QHash<QString, QString> states;
    for (const Cell& cell : m_cells)
        states.insert(cell.group, cell.frame->property("state").toString());
    return states;
}

// ---------------------------------------------------------------------------- alerts

LiveTile* createTile(const WallTile& tile, const ViewContext& context, QWidget* parent)
{
    switch (tile.type) {
    case WallTile::Type::Chart:
        return new ChartTile(context, tile, parent);
    case WallTile::Type::Kpi:
        return new KpiTile(context, tile, parent);
    case WallTile::Type::Map:
        return new MapTile(context, tile, parent);
    case WallTile::Type::Groups:
        return new GroupsTile(context, parent);
    case WallTile::Type::Alerts:
        return new AlertsTile(context, parent);
    case WallTile::Type::Stat:
        return new StatTile(context, tile, parent);
    case WallTile::Type::Clock:
        break;
    }
    return new ClockTile(context, parent);
}

} // namespace cityops::ui
