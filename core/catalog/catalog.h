#pragma once

#include "core/catalog/workingcalendar.h"
#include "core/common/language.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cityops {

// Which way a value becomes a problem.
enum class BadDirection
{
    Up,   // higher is worse (flood depth, PM2.5, overdue dossiers)
    Down, // lower is worse (share of procedures online, dissolved oxygen)
    Both, // outside a normal band is worse (pH 6.5–8.5)
    None, // neither: a count to watch, not to judge (vessels at sea)
};

// What one series of an indicator is about.
enum class Dimension
{
    City,    // one value for the whole city
    Area,    // one value per administrative area (district, commune)
    Station, // one value per station of a given kind
};

QString badDirectionName(BadDirection direction);
QString dimensionName(Dimension dimension);

struct Unit
{
    QString code;          // stable code used in data and mappings, UCUM-like: "ug/m3", "Cel", "%"
    LocalizedText display; // shown next to a value: "µg/m³", "°C", "xe/15 phút" / "veh/15 min"
    LocalizedText name;    // "microgam trên mét khối" / "micrograms per cubic metre"
    QString cefactCode;    // UN/CEFACT code used by NGSI feeds ("GQ"), empty if none
};

struct Group
{
    QString id;
    LocalizedText name;
    LocalizedText description;
    int order = 0; // position on the overview, 1-based
};

struct ValueRange
{
    double low = 0;
    double high = 0;
    bool contains(double v) const { return v >= low && v <= high; }
};

// A goal for an indicator: a value ("70 % by 2024"), a band ("35–40 % by 2030") or, where
// the source gives no figure, only words ("almost all procedures by end 2024").
struct Target
{
    std::optional<double> value;
    std::optional<ValueRange> band;
    int year = 0;
    LocalizedText note;
    QString source;
};

// The national figure to compare with: a value (48 %) or a ratio ("3x the national average").
struct Benchmark
{
    std::optional<double> value;
    std::optional<double> ratio; // this city's value divided by the national one
    LocalizedText note;
    QString source;
};

// A figure an official source published for this indicator, with its date.
struct ReportedValue
{
    double value = 0;
    QString asOf;                       // "2024-07", "2023", "2024-04-24"
    std::optional<double> changePoints; // change in percentage points vs the previous report
    bool approximate = false;           // "≈ 50 %", "gần 50 %"
    LocalizedText note;
    QString source;
};

struct Indicator
{
    QString id;
    QString group;
    LocalizedText name;
    QString unit; // code into Catalog::units
    int periodSeconds = 0;
    Dimension dimension = Dimension::City;
    QString stationKind; // for Dimension::Station: which stations carry it
    BadDirection badDirection = BadDirection::Up;
    std::optional<ValueRange> normalBand; // required for BadDirection::Both
    ValueRange plausible;                 // values outside are impossible: quarantined
    QList<double> thresholds;             // alarm levels, ascending (flood depth 30/50/100 cm)
    int decimals = 0;
    QList<Target> targets;
    std::optional<Benchmark> national;
    std::optional<ReportedValue> reported;

    bool isKpi() const { return reported.has_value() || !targets.isEmpty(); }
};

struct Area
{
    QString id;
    QString gsoCode; // General Statistics Office code: "48" city, "492" Hải Châu
    LocalizedText name;
    QString level;  // "city", "district", "commune", "special-zone"
    QString parent; // id of the enclosing area, empty for the top level
    QDate validFrom;
    QDate validTo;                     // null: still valid
    bool noData = false;               // a real unit that publishes no data (Hoàng Sa): "no data", never 0
    std::optional<QList<double>> bbox; // [west, south, east, north] in degrees

    bool isValidOn(const QDate& day) const
    {
        return day >= validFrom && (validTo.isNull() || day <= validTo);
    }
};

struct StationKind
{
    QString id;
    LocalizedText name;
};

struct Station
{
    QString id;
    QString kind; // id into Catalog::stationKinds
    LocalizedText name;
    QString area;
    double longitude = 0;
    double latitude = 0;
    bool fromFeed = false; // not in the catalog: a sensor a feed described (store/feedstations.h)
    bool located = true;   // …which may not have said where it is
};

// A statistics or comparison service (services.json): one of the kinds the statistics
// engine implements (core/stats), on indicators, places and a window, with parameters.
// The kinds and their parameters are listed in core/catalog/statservices.h.
struct StatService
{
    QString id;
    QString group;
    LocalizedText name;
    LocalizedText formula; // what it computes, in plain words
    QString kind;
    QStringList indicators;
    // Where: "all" (every place the indicator has; the default), "city", "areas",
    // "stations", or the places named in `places`.
    QString placesScope = QStringLiteral("all");
    QStringList places;
    // When: "last 24h", "last 7d", "today", "this week|month|quarter|year", "last full
    // day|week|month|quarter|year", "all" — or a fixed range of local days [from, to).
    QString window = QStringLiteral("all");
    QDate windowFrom;
    QDate windowTo;
    QJsonObject parameters;
};

// An early-warning rule (rules.json): one of the kinds the warning engine implements
// (core/warnings), on an indicator at places, with a severity, parameters and the message an
// operator reads. The kinds and their parameters are listed in core/catalog/warningrules.h.
struct WarningRule
{
    QString id;
    QString group;
    LocalizedText name;
    QString kind;
    QString severity = QStringLiteral("medium"); // "low", "medium" or "high"
    QStringList indicators;
    QString placesScope = QStringLiteral("all"); // as a statistics service's
    QStringList places;
    QJsonObject parameters;
    // "Ngập {value} {unit} tại {place} — vượt ngưỡng {threshold} {unit}": see warningrules.h.
    LocalizedText message;
    // The rules whose alarm at a place supersedes this one's there (state-based suppression:
    // a flood's depth alarm makes its tower's rise alarm a symptom, not news).
    QStringList suppressedBy;
};

// The loaded, validated catalog. Immutable once loaded; share it as
// std::shared_ptr<const Catalog>. Lookups return nullptr for unknown ids.
class Catalog
{
public:
    QList<Unit> units;
    QList<Group> groups; // sorted by `order`
    QList<Indicator> indicators;
    QList<Area> areas;
    QList<StationKind> stationKinds;
    QList<Station> stations;
    QList<StatService> statServices;
    QList<WarningRule> warningRules;
    WorkingCalendar calendar; // working days, for deadlines

    // Rebuilds the id indexes; the loader calls it once the lists are final.
    void buildIndex();

    const Unit* unit(const QString& code) const;
    const Group* group(const QString& id) const;
    const Indicator* indicator(const QString& id) const;
    const StatService* statService(const QString& id) const;
    const WarningRule* warningRule(const QString& id) const;
    // The KPIs that count this IOC's own services ("Dịch vụ thống kê, so sánh", "…cảnh báo
    // sớm"): the catalog's real count, not a published figure. nullopt for any other.
    std::optional<int> ownCount(const QString& indicatorId) const;
    const Area* area(const QString& id) const;
    const StationKind* stationKind(const QString& id) const;
    const Station* station(const QString& id) const;

    QList<const Indicator*> indicatorsOfGroup(const QString& groupId) const;
    // Indicators with a published figure or a target, in catalog order: the KPI cards.
    QList<const Indicator*> kpis() const;
    QList<const Area*> areasValidOn(const QDate& day) const;

private:
    QHash<QString, qsizetype> m_unitIndex;
    QHash<QString, qsizetype> m_groupIndex;
    QHash<QString, qsizetype> m_indicatorIndex;
    QHash<QString, qsizetype> m_areaIndex;
    QHash<QString, qsizetype> m_stationKindIndex;
    QHash<QString, qsizetype> m_stationIndex;
    QHash<QString, qsizetype> m_statServiceIndex;
    QHash<QString, qsizetype> m_warningRuleIndex;
};

} // namespace cityops
