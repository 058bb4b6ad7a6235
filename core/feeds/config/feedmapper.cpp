#include "core/feeds/config/feedmapper.h"

#include "core/catalog/unitconversion.h"
#include "core/geo/geojson.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cityops::feeds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::FeedMapper)
};

// UN/CEFACT codes of units the catalog converts from but does not list itself.
const QHash<QString, QString>& extraCefact()
{
    static const QHash<QString, QString> codes{
        {u"KEL"_s, u"K"_s},    {u"FAH"_s, u"[degF]"_s}, {u"KNT"_s, u"[kn_i]"_s}, {u"INH"_s, u"[in_i]"_s},
        {u"GP"_s, u"mg/m3"_s}, {u"A97"_s, u"hPa"_s},    {u"KPA"_s, u"kPa"_s},    {u"C62"_s, u"1"_s},
        {u"MMT"_s, u"mm"_s},   {u"CMT"_s, u"cm"_s},     {u"MTR"_s, u"m"_s},      {u"MTS"_s, u"m/s"_s},
        {u"CEL"_s, u"Cel"_s},  {u"P1"_s, u"%"_s},       {u"KMH"_s, u"km/h"_s},   {u"GQ"_s, u"ug/m3"_s},
    };
    return codes;
}

// `templ` with each {name} replaced by its value; an unknown {name} stays as written. One
// pass (a feed's rules run for every value it sends).
QString substitute(const QString& templ, const TemplateNames& names)
{
    qsizetype open = templ.indexOf(u'{');
    if (open < 0)
        return templ;
    QString out;
    out.reserve(templ.size() + 32);
    qsizetype from = 0;
    while (open >= 0) {
        const qsizetype close = templ.indexOf(u'}', open + 1);
        if (close < 0)
            break;
        const QString* value = names.find(templ.sliced(open + 1, close - open - 1));
        out += QStringView(templ).sliced(from, (value ? open : close + 1) - from);
        if (value)
            out += *value;
        from = close + 1;
        open = templ.indexOf(u'{', from);
    }
    out += QStringView(templ).sliced(from);
    return out;
}

double metresBetween(double lon1, double lat1, double lon2, double lat2)
{
    constexpr double kRadius = 6'371'008.8, kRad = M_PI / 180;
    const double dLat = (lat2 - lat1) * kRad, dLon = (lon2 - lon1) * kRad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kRadius * std::asin(std::min(1.0, std::sqrt(a)));
}

void addGroups(const QRegularExpressionMatch& m, const QRegularExpression& re, QHash<QString, QString>& names)
{
    for (const QString& name : re.namedCaptureGroups()) {
        if (!name.isEmpty())
            names.insert(name, m.captured(name));
    }
}

} // namespace

const QString* TemplateNames::find(QStringView view) const
{
    const QString name = view.toString();
    if (const auto it = groups.constFind(name); it != groups.cend())
        return &*it;
    if (entity) {
        if (const auto it = entity->constFind(name); it != entity->cend())
            return &*it; // (an id's group named "attribute" is read before the attribute)
    }
    return name == u"attribute" ? &attribute : nullptr;
}

QString ucumOfFeedUnit(const QString& code, const Catalog& catalog)
{
    QString c = code.trimmed();
    if (const qsizetype hash = c.lastIndexOf(u'#'); hash >= 0 && c.contains(u"ucum"_s, Qt::CaseInsensitive))
        c = c.mid(hash + 1);
    else if (c.startsWith(u"ucum:"_s, Qt::CaseInsensitive))
        c = c.mid(5);
    if (c.isEmpty())
        return {};
    for (const Unit& u : catalog.units) {
        if (u.cefactCode == c)
            return u.code;
    }
    if (const auto it = extraCefact().constFind(c); it != extraCefact().cend())
        return *it;
    if (catalog.unit(c))
        return c;
    for (const UnitConversion& k : knownUnitConversions()) {
        if (k.from == c || k.to == c)
            return c;
    }
    return {};
}

FeedMapper::FeedMapper(const FeedConfig& feed, const Catalog& catalog)
    : m_feed(feed)
    , m_catalog(catalog)
{}

const std::vector<FeedMapper::EntityRule>& FeedMapper::rulesFor(const QString& entity, const QString& type,
                                                                const QString& thing) const
{
    // The attributes of one entity come together: its rules are matched once for all of them.
    if (m_entity.valid && m_entity.entity == entity && m_entity.type == type && m_entity.thing == thing)
        return m_entity.rules;
    m_entity.valid = true;
    m_entity.entity = entity;
    m_entity.type = type;
    m_entity.thing = thing;
    m_entity.rules.clear();
    for (const MapRule& rule : m_feed.map) {
        if (!rule.type.isEmpty() && rule.type != type)
            continue;
        EntityRule r{&rule, {{u"entity"_s, entity}, {u"type"_s, type}}};
        if (!thing.isEmpty())
            r.names.insert(u"thing"_s, thing);
        if (rule.id) {
            const auto m = rule.id->match(entity);
            if (!m.hasMatch())
                continue;
            addGroups(m, *rule.id, r.names);
        }
        m_entity.rules.push_back(std::move(r));
    }
    return m_entity.rules;
}

const MapRule* FeedMapper::match(const QString& entity, const QString& type, const QString& attribute,
                                 RuleMatch& out, const QString& thing) const
{
    for (const EntityRule& r : rulesFor(entity, type, thing)) {
        const MapRule& rule = *r.rule;
        out.names = {&r.names, attribute, {}};
        if (attribute.isEmpty()) // a whole entity: the rules for its type and id
            return &rule;
        if (!rule.attributes.isEmpty()) {
            for (const AttributeMap& a : rule.attributes) {
                if (a.attribute == attribute) {
                    out.indicator = a.indicator;
                    out.unit = a.unit;
                    return &rule;
                }
            }
            continue;
        }
        if (rule.attribute) {
            const auto m = rule.attribute->match(attribute);
            if (!m.hasMatch())
                continue;
            addGroups(m, *rule.attribute, out.names.groups);
        }
        out.indicator = rule.indicator;
        out.unit = rule.unit;
        return &rule;
    }
    return nullptr;
}

FeedMapping FeedMapper::map(const FeedObservation& o) const
{
    RuleMatch m;
    const MapRule* rule = match(o.entity, o.type, o.attribute, m, o.thing);
    return rule ? resolve(*rule, m.indicator, m.unit, o, m.names) : FeedMapping{};
}

bool FeedMapper::maps(const QString& entity, const QString& type, const QString& attribute) const
{
    RuleMatch m;
    return match(entity, type, attribute, m) != nullptr;
}

QString FeedMapper::ucumOf(const QString& code) const
{
    auto it = m_units.constFind(code);
    if (it == m_units.cend())
        it = m_units.insert(code, ucumOfFeedUnit(code, m_catalog));
    return *it;
}

FeedMapping FeedMapper::resolve(const MapRule& rule, const QString& indicatorTemplate, const QString& unit,
                                const FeedObservation& o, const TemplateNames& names) const
{
    FeedMapping out;
    out.kind = FeedMapping::Kind::Quarantined;
    out.rule = &rule;
    const QString id = substitute(indicatorTemplate, names);
    out.indicator = m_catalog.indicator(id);
    if (!out.indicator) {
        out.reason = u"unknown-indicator"_s;
        out.detail = Text::tr("%1 maps it to %2, which is not in the catalog").arg(rule.pointer, id);
        return out;
    }
    out.place = placeOf(rule, o, names, out);
    if (out.place.isEmpty())
        return out;
    out.unit = o.unitCode.isEmpty() ? (unit.isEmpty() ? out.indicator->unit : unit) : ucumOf(o.unitCode);
    if (out.unit.isEmpty()) {
        out.reason = u"unknown-unit"_s;
        out.detail = Text::tr("the feed's unit %1 is not one CityOps knows").arg(o.unitCode);
        return out;
    }
    if (!findUnitConversion(out.unit, out.indicator->unit)) {
        out.reason = u"unit-mismatch"_s;
        out.detail = Text::tr("sent in %1; %2 is in %3, and there is no conversion")
                         .arg(out.unit, out.indicator->id, out.indicator->unit);
        return out;
    }
    out.kind = FeedMapping::Kind::Mapped;
    return out;
}

const Area* FeedMapper::areaAt(std::pair<double, double> lonLat, std::int64_t timeMs, const QString& level,
                               QString* feature) const
{
    if (!m_feed.boundaries || !m_feed.boundaries->layer)
        return nullptr;
    const geo::Feature* f = m_feed.boundaries->layer->featureAt(QPointF(lonLat.first, lonLat.second));
    if (!f)
        return nullptr;
    const QString key = f->property(m_feed.boundaries->property);
    if (feature)
        *feature = key;
    const QDate day = QDateTime::fromMSecsSinceEpoch(timeMs, m_feed.zone).date();
    for (const Area& a : m_catalog.areas) {
        if ((a.id == key || a.gsoCode == key) && a.isValidOn(day) && (level.isEmpty() || a.level == level))
            return &a;
    }
    return nullptr;
}

QString FeedMapper::areaOf(std::pair<double, double> lonLat, std::int64_t timeMs, const QString& level,
                           FeedMapping& out) const
{
    QString feature;
    if (const Area* a = areaAt(lonLat, timeMs, level, &feature))
        return a->id;
    out.reason = u"no-area-containing"_s;
    const QString where = u"%1, %2"_s.arg(lonLat.second, 0, 'f', 5).arg(lonLat.first, 0, 'f', 5);
    out.detail =
        feature.isEmpty()
            ? Text::tr("%1 is in none of the areas of %2").arg(where, m_feed.boundaries->file)
            : Text::tr("%1 is in %2 \"%3\", which is no catalog area%4 valid on %5")
                  .arg(where, m_feed.boundaries->property, feature,
                       level.isEmpty() ? QString() : u" ("_s + level + u')',
                       QDateTime::fromMSecsSinceEpoch(timeMs, m_feed.zone).date().toString(Qt::ISODate));
    return {};
}

QString FeedMapper::placeOf(const MapRule& rule, const FeedObservation& o, const TemplateNames& names,
                            FeedMapping& out) const
{
    if (!rule.nearest && !rule.containing) {
        if (o.thing.isEmpty() && rule.place.contains(u"{thing}"_s)) {
            out.reason = u"no-thing"_s;
            out.detail =
                Text::tr("the server gave no Thing for this Datastream, and %1 names the place by it")
                    .arg(rule.pointer);
            return {};
        }
        const QString place = substitute(rule.place, names).trimmed();
        if (place.isEmpty()) {
            out.reason = u"missing-place"_s;
            out.detail = Text::tr("%1 names no place for this entity").arg(rule.pointer);
        }
        return place;
    }
    if (!o.location) {
        out.reason = u"no-location"_s;
        out.detail = rule.containing
                         ? Text::tr("the entity has no location, and %1 places it by the area containing it")
                               .arg(rule.pointer)
                         : Text::tr("the entity has no location, and %1 places it by the nearest station")
                               .arg(rule.pointer);
        return {};
    }
    if (rule.containing)
        return areaOf(*o.location, o.time, rule.containing->level, out);
    const Station* best = nullptr;
    double bestMetres = rule.nearest->withinMeters;
    for (const Station& s : m_catalog.stations) {
        if (!rule.nearest->kind.isEmpty() && s.kind != rule.nearest->kind)
            continue;
        const double d = metresBetween(o.location->first, o.location->second, s.longitude, s.latitude);
        if (d <= bestMetres) {
            bestMetres = d;
            best = &s;
        }
    }
    if (!best) {
        out.reason = u"no-station-near"_s;
        out.detail = Text::tr("no station within %1 m of %2, %3")
                         .arg(rule.nearest->withinMeters)
                         .arg(o.location->second, 0, 'f', 5)
                         .arg(o.location->first, 0, 'f', 5);
        return {};
    }
    return best->id;
}

} // namespace cityops::feeds
