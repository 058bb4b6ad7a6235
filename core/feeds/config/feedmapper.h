#pragma once

// What a feeds file's rules make of one observation a feed sent: the series it goes to
// (indicator and place) and the unit it is in, or why it cannot be ingested (quarantined
// with a reason code), or nothing (no rule maps it: not ingested, counted as unmapped).

#include "core/catalog/catalog.h"
#include "core/feeds/config/feedconfig.h"
#include "core/feeds/ngsi/ngsiv2.h"

#include <QHash>
#include <QString>

#include <vector>

namespace cityops::feeds {

struct FeedMapping
{
    enum class Kind
    {
        Mapped,
        Unmapped,
        Quarantined,
    };
    Kind kind = Kind::Unmapped;
    const Indicator* indicator = nullptr;
    const MapRule* rule = nullptr; // the rule that mapped it
    QString place;
    QString unit;   // UCUM: the unit the value was sent in
    QString reason; // when quarantined: a stable code ("unknown-indicator", "unit-mismatch"…)
    QString detail; // …and what a person reads

    QString series() const { return indicator->id + u'@' + place; }
};

// A feed's unit (UN/CEFACT "GQ" as NGSI sends it, UCUM "ug/m3", "ucum:Cel" or
// "http://unitsofmeasure.org/ucum.html#Cel" as SensorThings does) as a UCUM code; empty when
// CityOps does not know it.
QString ucumOfFeedUnit(const QString& code, const Catalog& catalog);

// The names a rule's templates read: the entity's ({entity}, {type}, the id's named groups),
// {attribute}, and the attribute's named groups, a later one before an earlier of the same name.
struct TemplateNames
{
    const QHash<QString, QString>* entity = nullptr;
    QString attribute;
    QHash<QString, QString> groups;
    const QString* find(QStringView name) const;
};

class FeedMapper
{
public:
    FeedMapper(const FeedConfig& feed, const Catalog& catalog);
    FeedMapping map(const FeedObservation& o) const;
    // Whether a rule takes this attribute of this entity (with no attribute: any of it), so
    // that an item the reader could not read is quarantined only when it would be ingested.
    bool maps(const QString& entity, const QString& type, const QString& attribute) const;
    // The catalog area of the feed's boundaries holding a point (longitude, latitude), valid on
    // the day of `timeMs` in the feed's zone and of `level` (empty: any); the feature's
    // property in `feature` when one holds it.
    const Area* areaAt(std::pair<double, double> lonLat, std::int64_t timeMs, const QString& level = {},
                       QString* feature = nullptr) const;

private:
    struct RuleMatch
    {
        TemplateNames names;
        QString indicator; // the indicator template
        QString unit;
    };
    // A rule whose type and id take an entity, with the names its id gave.
    struct EntityRule
    {
        const MapRule* rule = nullptr;
        QHash<QString, QString> names; // {entity}, {type}, {thing} and the id's named groups
    };
    const std::vector<EntityRule>& rulesFor(const QString& entity, const QString& type,
                                            const QString& thing) const;
    const MapRule* match(const QString& entity, const QString& type, const QString& attribute, RuleMatch& out,
                         const QString& thing = {}) const;
    QString ucumOf(const QString& code) const; // ucumOfFeedUnit, remembered
    FeedMapping resolve(const MapRule& rule, const QString& indicatorTemplate, const QString& unit,
                        const FeedObservation& o, const TemplateNames& names) const;
    QString placeOf(const MapRule& rule, const FeedObservation& o, const TemplateNames& names,
                    FeedMapping& out) const;
    QString areaOf(std::pair<double, double> lonLat, std::int64_t timeMs, const QString& level,
                   FeedMapping& out) const;

    const FeedConfig& m_feed;
    const Catalog& m_catalog;
    // The last entity's rules (a mapper is used from one thread).
    mutable struct
    {
        bool valid = false;
        QString entity, type, thing;
        std::vector<EntityRule> rules;
    } m_entity;
    mutable QHash<QString, QString> m_units;
};

} // namespace cityops::feeds
