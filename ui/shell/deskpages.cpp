#include "ui/shell/deskpages.h"

#include "core/catalog/catalog.h"
#include "core/common/clock.h"
#include "core/common/timeutil.h"
#include "core/live/livedata.h"
#include "ui/charts/timeserieschart.h"
#include "ui/map/citymap.h"
#include "ui/map/mapview.h"
#include "ui/shell/statspage.h"
#include "ui/theme/theme.h"
#include "ui/wall/walltiles.h"
#include "ui/widgets/comparisonbars.h"
#include "ui/widgets/grouptile.h"
#include "ui/widgets/kpicard.h"
#include "ui/widgets/viewcontext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cityops::ui {

// ---------------------------------------------------------------------------- indicator

IndicatorPage::IndicatorPage(const ViewContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto* head = new QHBoxLayout;
    auto* texts = new QVBoxLayout;
    m_name = new QLabel(this);
    m_name->setObjectName(u"appTitle"_s);
    m_name->setWordWrap(true);
    m_value = new QLabel(this);
    m_value->setObjectName(u"tileValue"_s);
    m_detail = new QLabel(this);
    m_detail->setObjectName(u"tileDetail"_s);
    m_detail->setWordWrap(true);
    texts->addWidget(m_name);
    texts->addWidget(m_value);
    texts->addWidget(m_detail);
    head->addLayout(texts, 3);
    m_kpiHolder = new QWidget(this);
    auto* kpiLayout = new QVBoxLayout(m_kpiHolder);
    kpiLayout->setContentsMargins(0, 0, 0, 0);
    head->addWidget(m_kpiHolder, 2);
    layout->addLayout(head);

    auto* ranges = new QHBoxLayout;
    const QList<QPair<QString, int>> spans = {{tr("6 h"), 6},           {tr("24 h"), 24},
                                              {tr("7 days"), 24 * 7},   {tr("30 days"), 24 * 30},
                                              {tr("1 year"), 24 * 365}, {tr("5 years"), 24 * 365 * 5}};
    for (const auto& [label, hours] : spans) {
        auto* button = new QPushButton(label, this);
        button->setCheckable(true);
        button->setAutoExclusive(true);
        const int h = hours;
        connect(button, &QPushButton::clicked, this, [this, h] { showLast(h); });
        ranges->addWidget(button);
        m_rangeButtons << button;
    }
    auto* hint = new QLabel(tr("wheel: zoom · drag: move through time"), this);
    hint->setObjectName(u"tileDetail"_s);
    ranges->addSpacing(12);
    ranges->addWidget(hint);
    ranges->addStretch(1);
    layout->addLayout(ranges);

    m_chart = new TimeSeriesChart(this);
    m_chart->applyTheme(*m_context.theme);
    m_chart->setInteractive(true);
    // Zoomed or panned past what is loaded: the older history is fetched (archive or demo).
    connect(m_chart, &TimeSeriesChart::rangeChanged, this, &IndicatorPage::requestHistory);
    // A zoom or a pan by hand stops the chart from following "now"; a range button resumes it.
    connect(m_chart, &TimeSeriesChart::rangeChanged, this, [this] { m_followNow = false; });
    m_chart->setMinimumHeight(200);
    layout->addWidget(m_chart, 3);

    m_barsTitle = new QLabel(this);
    m_barsTitle->setObjectName(u"sectionTitle"_s);
    layout->addWidget(m_barsTitle);
    m_bars = new ComparisonBars(*m_context.theme, this);
    layout->addWidget(m_bars, 2);
    connect(m_bars, &ComparisonBars::barClicked, this, [this](const QString& key) {
        if (m_context.catalog().area(key))
            emit placeClicked(key);
    });
}

void IndicatorPage::showIndicator(const QString& indicatorId, const QString& area)
{
    const Catalog& catalog = m_context.catalog();
    const Indicator* indicator = catalog.indicator(indicatorId);
    if (!indicator)
        return;
    const bool changed = indicatorId != m_indicator;
    m_indicator = indicatorId;
    m_area = area;
    if (changed) {
        m_chart->setValueBounds(indicator->plausible.low, indicator->plausible.high);
        delete m_kpi;
        m_kpi = nullptr;
        if (indicator->isKpi()) {
            m_kpi = new KpiCard(catalog, *indicator, m_context.language, m_kpiHolder);
            m_kpiHolder->layout()->addWidget(m_kpi);
        }
        m_kpiHolder->setVisible(m_kpi != nullptr);
        // A span that suits the indicator: a day for minute data, years for yearly KPIs.
        const int period = indicator->periodSeconds;
        const int hours = period <= 900     ? 24
                          : period <= 3600  ? 24 * 7
                          : period <= 86400 ? 24 * 30
                                            : 24 * 365 * 5;
        for (QPushButton* b : m_rangeButtons)
            b->setChecked(false);
        const std::int64_t now = m_context.data->clock().nowMs();
        m_chart->setRange(now - std::int64_t(hours) * 3'600'000, now + 1);
        m_followNow = true;
    }
    bindSeries();
    refresh();
}

bool IndicatorPage::bindSeries()
{
    // The series the chart shows: the district's own, its first station, or the city's.
    const Catalog& catalog = m_context.catalog();
    const Indicator* indicator = catalog.indicator(m_indicator);
    m_place.clear();
    std::optional<live::SeriesRef> chosen;
    for (const live::SeriesRef& ref : m_context.data->seriesOf(m_indicator)) {
        const Station* station = m_context.data->station(ref.place);
        const bool inArea = m_area.isEmpty() || indicator->dimension == Dimension::City ||
                            ref.place == m_area || (station && station->area == m_area);
        if (inArea) {
            chosen = ref;
            break;
        }
    }
    m_bound = chosen.has_value();
    if (!chosen) {
        m_chart->setSeries(nullptr, 0, QString());
        return false;
    }
    m_place = chosen->place;
    m_chart->setSeries(&m_context.data->store(), chosen->id, QString());
    requestHistory();
    return true;
}

void IndicatorPage::showLast(int hours)
{
    const std::int64_t span = std::int64_t(hours) * 3'600'000 + 1;
    const std::int64_t end = rangeEnd(span);
    m_chart->setRange(end - span, end);
    m_followNow = true;
    requestHistory();
}

// Where a range of `span` that follows "now" ends: now, or just after the last reading when
// that lies before the range — old data opens on the data, not on an empty "now".
std::int64_t IndicatorPage::rangeEnd(std::int64_t span) const
{
    const std::int64_t now = m_context.data->clock().nowMs();
    const auto series = m_context.data->find(m_indicator, m_place);
    const auto latest = series ? m_context.data->state(*series).latest : std::nullopt;
    return latest && latest->t < now + 1 - span ? latest->t + 1 : now + 1;
}

void IndicatorPage::requestHistory()
{
    if (const auto ref = m_context.data->find(m_indicator, m_place))
        m_context.data->requestHistory(*ref, m_chart->from());
}

void IndicatorPage::refresh()
{
    const Catalog& catalog = m_context.catalog();
    const Indicator* indicator = catalog.indicator(m_indicator);
    if (!indicator)
        return;
    // Data that arrived after the page was opened (the archive's history at start-up).
    if (!m_bound)
        bindSeries();
    const auto series = m_context.data->find(m_indicator, m_place);
    if (m_followNow) {
        const std::int64_t span = m_chart->to() - m_chart->from();
        const std::int64_t end = rangeEnd(span);
        if (m_chart->to() != end)
            m_chart->setRange(end - span, end);
    }
    const QString where = m_place.isEmpty() ? tr("no series here") : m_context.placeName(m_place);
    m_name->setText(indicator->name.in(m_context.language) + u" · "_s + where);

    QString valueLine = u"—"_s;
    QString state;
    if (series) {
        const status::SeriesState s = m_context.data->state(*series);
        if (s.latest) {
            const QDateTime local = toZone(s.latest->t, defaultDisplayZone());
            valueLine = m_context.valueText(*indicator, s.latest->v) + u"  ·  "_s +
                        QLocale().toString(local, u"HH:mm dd/MM/yyyy"_s);
            if (s.stale)
                valueLine += u"  ·  "_s + tr("STALE %1").arg(status::ageText(s.ageMs));
            else if (s.level > status::Level::Normal)
                valueLine += u"  ·  "_s + status::levelName(s.level).toUpper();
            state = s.stale ? u"normal"_s : styleState(s.level, false);
            if (m_kpi) {
                const auto before = m_context.data->valueBefore(
                    *series, std::max<std::int64_t>(series->periodMs, 86'400'000));
                m_kpi->setLive(s.latest->v, before, QLocale().toString(local, u"MM/yyyy"_s), s.stale);
            }
        }
    }
    m_value->setText(valueLine);
    m_value->setProperty("state", state);
    m_value->style()->unpolish(m_value);
    m_value->style()->polish(m_value);

    QStringList detail;
    const QLocale locale;
    if (!indicator->thresholds.isEmpty()) {
        QStringList steps;
        for (double t : indicator->thresholds)
            steps << locale.toString(t, 'f', indicator->decimals);
        detail << tr("thresholds %1 %2").arg(steps.join(u" · "_s), m_context.unitText(*indicator));
    }
    if (indicator->normalBand)
        detail << tr("normal %1–%2 %3")
                      .arg(locale.toString(indicator->normalBand->low, 'f', indicator->decimals),
                           locale.toString(indicator->normalBand->high, 'f', indicator->decimals),
                           m_context.unitText(*indicator));
    detail << tr("update period: %1").arg(periodText(indicator->periodSeconds));
    m_detail->setText(detail.join(u"  ·  "_s));

    // The comparison: districts for an area indicator, stations for a station indicator,
    // the city against the national figure and the targets for a city KPI.
    QList<ComparisonBars::Bar> bars;
    QString barsTitle;
    for (const live::SeriesRef& ref : m_context.data->seriesOf(m_indicator)) {
        if (indicator->dimension == Dimension::City)
            break;
        const Station* station = m_context.data->station(ref.place);
        if (station && !m_area.isEmpty() && station->area != m_area)
            continue;
        const status::SeriesState s = m_context.data->state(ref);
        if (!s.latest)
            continue;
        bars << ComparisonBars::Bar{ref.place,   m_context.placeName(ref.place),
                                    s.latest->v, m_context.valueText(*indicator, s.latest->v),
                                    s.level,     s.stale};
    }
    if (indicator->dimension == Dimension::Area) {
        barsTitle = tr("Districts compared (latest values; click a district to filter)");
        // Hoàng Sa publishes nothing: it is listed as "no data", never as zero.
        for (const Area& area : catalog.areas) {
            if (area.noData && area.level == u"district"_s)
                barsTitle += u" · "_s + tr("%1: no data").arg(area.name.in(m_context.language));
        }
    } else if (indicator->dimension == Dimension::Station) {
        barsTitle = m_area.isEmpty() ? tr("Stations compared (latest values)")
                                     : tr("Stations in %1 (latest values)").arg(m_context.placeName(m_area));
    } else {
        barsTitle = tr("Da Nang against the national figure and the targets");
        if (series) {
            const status::SeriesState s = m_context.data->state(*series);
            if (s.latest)
                bars << ComparisonBars::Bar{u"danang"_s, m_context.placeName(u"danang"_s),
                                            s.latest->v, m_context.valueText(*indicator, s.latest->v),
                                            s.level,     s.stale};
        } else if (indicator->reported) {
            bars << ComparisonBars::Bar{u"danang"_s,
                                        m_context.placeName(u"danang"_s),
                                        indicator->reported->value,
                                        m_context.valueText(*indicator, indicator->reported->value),
                                        status::Level::Normal,
                                        false};
        }
        if (indicator->national && indicator->national->value)
            bars << ComparisonBars::Bar{u"national"_s,
                                        tr("national"),
                                        *indicator->national->value,
                                        m_context.valueText(*indicator, *indicator->national->value),
                                        status::Level::Normal,
                                        false};
        for (const Target& target : indicator->targets) {
            if (target.value)
                bars << ComparisonBars::Bar{
                    u"target"_s,           tr("target %1").arg(target.year),
                    *target.value,         m_context.valueText(*indicator, *target.value),
                    status::Level::Normal, false};
        }
        if (bars.size() <= 1)
            barsTitle = tr("One city-wide value: nothing to compare");
    }
    m_barsTitle->setText(barsTitle);
    m_bars->setBars(bars, m_area.isEmpty() ? m_place : m_area);
    m_chart->requestRefresh();
}

QString IndicatorPage::headline() const
{
    return m_name->text() + u" | "_s + m_value->text();
}

// ---------------------------------------------------------------------------- group

GroupPage::GroupPage(const ViewContext& context, const QString& groupId, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_group(groupId)
{
    const Catalog& catalog = context.catalog();
    for (const Indicator* indicator : catalog.indicatorsOfGroup(groupId)) {
        if (m_mapIndicator.isEmpty() && indicator->dimension == Dimension::Area)
            m_mapIndicator = indicator->id;
        if (m_markerIndicator.isEmpty() && indicator->dimension == Dimension::Station)
            m_markerIndicator = indicator->id;
    }

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout;
    m_filter = new QLabel(left);
    m_filter->setObjectName(u"sectionTitle"_s);
    m_clear = new QPushButton(tr("Whole city"), left);
    connect(m_clear, &QPushButton::clicked, this, [this] { selectArea(QString()); });
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_clear);
    leftLayout->addLayout(filterRow);
    m_map = createCityMap(context, left);
    m_map->setMinimumWidth(320);
    leftLayout->addWidget(m_map, 3);
    m_list = new QListWidget(left);
    m_list->setObjectName(u"indicatorList"_s);
    m_list->setWordWrap(true); // long station names wrap instead of scrolling sideways
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftLayout->addWidget(m_list, 2);
    splitter->addWidget(left);

    // The right side: the selected indicator, or the group's statistics services.
    m_tabs = new QTabWidget(splitter);
    m_detail = new IndicatorPage(context, m_tabs);
    m_stats = new StatsPage(context, groupId, m_tabs);
    m_tabs->addTab(m_detail, tr("Indicators"));
    m_tabs->addTab(m_stats, tr("Statistics (%1)").arg(m_stats->cards().size()));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    connect(m_map, &MapView::areaClicked, this, [this](const QString& key) {
        // The map names areas by GSO code; the catalog by id.
        for (const Area& area : m_context.catalog().areas) {
            if (area.gsoCode == key && area.level == u"district"_s) {
                selectArea(area.id == m_area ? QString() : area.id);
                return;
            }
        }
    });
    connect(m_detail, &IndicatorPage::placeClicked, this, &GroupPage::selectArea);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            selectIndicator(m_list->item(row)->data(Qt::UserRole).toString());
    });

    const auto indicators = catalog.indicatorsOfGroup(groupId);
    for (const Indicator* indicator : indicators) {
        auto* item = new QListWidgetItem(indicator->name.in(context.language), m_list);
        item->setData(Qt::UserRole, indicator->id);
    }
    selectArea(QString());
    if (!indicators.isEmpty())
        m_list->setCurrentRow(0);
}

void GroupPage::showStatistics()
{
    m_tabs->setCurrentWidget(m_stats);
}

void GroupPage::selectArea(const QString& areaId)
{
    m_area = areaId;
    m_stats->setArea(areaId);
    const Area* area = m_context.catalog().area(areaId);
    m_map->setSelectedArea(area ? area->gsoCode : QString());
    m_filter->setText(area ? tr("District: %1").arg(area->name.in(m_context.language)) : tr("Whole city"));
    m_clear->setEnabled(area != nullptr);
    if (!m_detail->indicatorId().isEmpty())
        m_detail->showIndicator(m_detail->indicatorId(), m_area);
    refreshList();
}

void GroupPage::selectIndicator(const QString& indicatorId)
{
    m_detail->showIndicator(indicatorId, m_area);
    m_tabs->setCurrentWidget(m_detail);
}

bool GroupPage::showIndicatorRow(const QString& indicatorId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == indicatorId) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString GroupPage::filterText() const
{
    return m_filter->text();
}

void GroupPage::refresh()
{
    refreshMap();
    refreshList();
    m_detail->refresh();
}

void GroupPage::refreshMap()
{
    showLiveValues(*m_map, m_context, m_mapIndicator, m_markerIndicator);
}

void GroupPage::refreshList()
{
    const Catalog& catalog = m_context.catalog();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const Indicator* indicator = catalog.indicator(item->data(Qt::UserRole).toString());
        QString text = indicator->name.in(m_context.language);
        // The place that matters most: the worst level, the worst value among equals.
        const auto shown = m_context.data->worstPlace(indicator->id, m_area);
        const status::Level worst = shown ? shown->worst : status::Level::NoData;
        const bool stale = shown && shown->anyStale;
        if (shown) {
            QString value = m_context.valueText(*indicator, shown->value);
            if (indicator->dimension != Dimension::City) {
                const QString place = m_context.placeName(shown->series.place);
                value += shown->places > 1 ? (indicator->badDirection == BadDirection::Down
                                                  ? tr(" (%1, lowest)").arg(place)
                                                  : tr(" (%1, highest)").arg(place))
                                           : u" ("_s + place + u')';
            }
            text += u"  —  "_s + value;
        }
        if (worst > status::Level::Normal)
            text += u"  ·  "_s + status::levelName(worst);
        if (stale)
            text += u"  ·  "_s + tr("stale");
        item->setText(text);
        item->setForeground(worst > status::Level::Normal ? m_context.theme->levelColour(worst)
                                                          : m_context.theme->text);
    }
}

QStringList GroupPage::indicatorRows() const
{
    QStringList rows;
    for (int row = 0; row < m_list->count(); ++row)
        rows << m_list->item(row)->text();
    return rows;
}

} // namespace cityops::ui
