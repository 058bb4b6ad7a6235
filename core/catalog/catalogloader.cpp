#include "core/catalog/catalogloader.h"

#include "core/common/timeutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cityops {

QString CatalogProblem::toString() const
{
    return file + u": "_s + (path.isEmpty() ? u"/"_s : path) + u": "_s + reason;
}

QString CatalogLoader::embeddedDirectory()
{
    return u":/catalog"_s;
}

namespace {

const QString kUnitsFile = u"units.json"_s;
const QString kGroupsFile = u"groups.json"_s;
const QString kIndicatorsFile = u"indicators.json"_s;
const QString kAreasFile = u"areas.json"_s;
const QString kStationsFile = u"stations.json"_s;
const QString kServicesFile = u"services.json"_s;
const QString kRulesFile = u"rules.json"_s;

QString quoted(const QString& text)
{
    return u"'"_s + text + u"'"_s;
}

QString pointerToken(const QString& key)
{
    QString escaped = key;
    escaped.replace(u"~"_s, u"~0"_s);
    escaped.replace(u"/"_s, u"~1"_s);
    return escaped;
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

// Collects the problems of one file.
class FileContext
{
public:
    FileContext(QString file, QList<CatalogProblem>& problems)
        : m_file(std::move(file))
        , m_problems(problems)
    {}
    void report(const QString& path, const QString& reason) { m_problems.append({m_file, path, reason}); }
    const QString& file() const { return m_file; }

private:
    QString m_file;
    QList<CatalogProblem>& m_problems;
};

enum class Need
{
    Required,
    Optional
};

// Reads the keys of one JSON object, reporting missing keys, wrong types and — when
// done — every key that nobody asked for (a typo such as "unti" must not pass silently).
class Fields
{
public:
    Fields(FileContext& context, const QJsonObject& object, QString path)
        : m_context(context)
        , m_object(object)
        , m_path(std::move(path))
    {}
    Fields(const Fields&) = delete;
    Fields& operator=(const Fields&) = delete;
    ~Fields()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_seen.contains(it.key()))
                m_context.report(pathOf(it.key()), CatalogLoader::tr("unknown key %1").arg(quoted(it.key())));
        }
    }

    const QString& path() const { return m_path; }
    QString pathOf(const QString& key) const { return m_path + u"/"_s + pointerToken(key); }
    void report(const QString& key, const QString& reason)
    {
        m_context.report(key.isEmpty() ? m_path : pathOf(key), reason);
    }
    // Reports at "<path>/<key>/<index>": an element of an array-valued key.
    void reportItem(const QString& key, qsizetype index, const QString& reason)
    {
        m_context.report(pathOf(key) + u"/"_s + QString::number(index), reason);
    }
    bool has(const QString& key) const { return m_object.contains(key); }

    QString string(const QString& key, Need need)
    {
        const QJsonValue value = take(key, need);
        if (value.isUndefined())
            return {};
        if (!value.isString()) {
            report(key, CatalogLoader::tr("%1 must be a string").arg(quoted(key)));
            return {};
        }
        const QString text = value.toString().trimmed();
        if (text.isEmpty() && need == Need::Required)
            report(key, CatalogLoader::tr("%1 must not be empty").arg(quoted(key)));
        return text;
    }

    std::optional<double> number(const QString& key, Need need)
    {
        const QJsonValue value = take(key, need);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isDouble()) {
            report(key, CatalogLoader::tr("%1 must be a number").arg(quoted(key)));
            return std::nullopt;
        }
        return value.toDouble();
    }

    std::optional<int> integer(const QString& key, Need need, int minimum, int maximum)
    {
        const QJsonValue value = take(key, need);
        if (value.isUndefined())
            return std::nullopt;
        const double v = value.toDouble(std::nan(""));
        if (!value.isDouble() || std::floor(v) != v) {
            report(key, CatalogLoader::tr("%1 must be a whole number").arg(quoted(key)));
            return std::nullopt;
        }
        if (v < minimum || v > maximum) {
            report(key, CatalogLoader::tr("%1 must be between %2 and %3, not %4")
                            .arg(quoted(key))
                            .arg(minimum)
                            .arg(maximum)
                            .arg(cityops::number(v)));
            return std::nullopt;
        }
        return static_cast<int>(v);
    }

    bool boolean(const QString& key, bool fallback)
    {
        const QJsonValue value = take(key, Need::Optional);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool()) {
            report(key, CatalogLoader::tr("%1 must be true or false").arg(quoted(key)));
            return fallback;
        }
        return value.toBool();
    }

    std::optional<QJsonArray> array(const QString& key, Need need)
    {
        const QJsonValue value = take(key, need);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isArray()) {
            report(key, CatalogLoader::tr("%1 must be an array").arg(quoted(key)));
            return std::nullopt;
        }
        return value.toArray();
    }

    std::optional<QJsonObject> object(const QString& key, Need need)
    {
        const QJsonValue value = take(key, need);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isObject()) {
            report(key, CatalogLoader::tr("%1 must be an object").arg(quoted(key)));
            return std::nullopt;
        }
        return value.toObject();
    }

    // One of `allowed`, or empty after reporting.
    QString choice(const QString& key, Need need, const QStringList& allowed)
    {
        const QString value = string(key, need);
        if (!value.isEmpty() && !allowed.contains(value)) {
            report(key, CatalogLoader::tr("%1 must be one of %2, not %3")
                            .arg(quoted(key), allowed.join(u", "_s), quoted(value)));
            return {};
        }
        return value;
    }

    // A stable identifier: lower-case ASCII letters, digits, '.', '_' and '-'.
    QString id(const QString& key = u"id"_s)
    {
        static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9._-]*$"_s);
        const QString value = string(key, Need::Required);
        if (!value.isEmpty() && !pattern.match(value).hasMatch()) {
            report(key, CatalogLoader::tr("%1 %2 may only hold lower-case letters, digits, '.', '_' and '-'")
                            .arg(quoted(key), quoted(value)));
            return {};
        }
        return value;
    }

    LocalizedText names(const QString& prefix, Need need)
    {
        return {string(prefix + u"Vi"_s, need), string(prefix + u"En"_s, need)};
    }

    // A date "YYYY-MM-DD"; null when absent or invalid (invalid is reported).
    QDate date(const QString& key, Need need)
    {
        const QString text = string(key, need);
        if (text.isEmpty())
            return {};
        const auto parsed = parseDate(text);
        if (!parsed) {
            report(key, CatalogLoader::tr("%1 is not a date of the form YYYY-MM-DD: %2")
                            .arg(quoted(key), quoted(text)));
            return {};
        }
        return *parsed;
    }

private:
    QJsonValue take(const QString& key, Need need)
    {
        m_seen.insert(key);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (need == Need::Required)
                m_context.report(m_path, CatalogLoader::tr("missing required key %1").arg(quoted(key)));
            return QJsonValue(QJsonValue::Undefined);
        }
        return value;
    }

    FileContext& m_context;
    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_seen;
};

// Reports ids seen twice in one list.
class UniqueIds
{
public:
    explicit UniqueIds(FileContext& context)
        : m_context(context)
    {}
    void add(const QString& id, const QString& path)
    {
        if (id.isEmpty())
            return;
        const auto it = m_firstPath.constFind(id);
        if (it != m_firstPath.constEnd()) {
            m_context.report(path,
                             CatalogLoader::tr("duplicate id %1 (first defined at %2)").arg(quoted(id), *it));
            return;
        }
        m_firstPath.insert(id, path);
    }

private:
    FileContext& m_context;
    QHash<QString, QString> m_firstPath;
};

// Reads a whole file as a JSON object, or reports why it cannot.
std::optional<QJsonObject> readJsonObject(FileContext& context, const QString& filePath)
{
    QFile file(filePath);
    if (!file.exists()) {
        context.report({}, CatalogLoader::tr("file is missing"));
        return std::nullopt;
    }
    if (file.size() > CatalogLoader::kMaximumFileBytes) {
        context.report(
            {}, CatalogLoader::tr("file is larger than %1 bytes").arg(CatalogLoader::kMaximumFileBytes));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        context.report({}, CatalogLoader::tr("cannot read file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        context.report({}, CatalogLoader::tr("not valid JSON: %1 at line %2, column %3")
                               .arg(error.errorString())
                               .arg(line)
                               .arg(column));
        return std::nullopt;
    }
    if (!document.isObject()) {
        context.report({}, CatalogLoader::tr("the top level must be a JSON object"));
        return std::nullopt;
    }
    return document.object();
}

// The top level of every catalog file: {"schemaVersion": 1, "<list>": [...], ...}.
// Returns the requested lists (empty when invalid) after checking the version.
QList<QJsonArray> readTopLevel(FileContext& context, const QJsonObject& root, const QStringList& listKeys)
{
    Fields top(context, root, QString());
    const auto version = top.integer(u"schemaVersion"_s, Need::Required, 1, 1000000);
    if (version && *version != CatalogLoader::kSchemaVersion) {
        top.report(u"schemaVersion"_s,
                   CatalogLoader::tr("schema version %1 is not supported (this build reads %2)")
                       .arg(*version)
                       .arg(CatalogLoader::kSchemaVersion));
    }
    QList<QJsonArray> lists;
    for (const QString& key : listKeys)
        lists.append(top.array(key, Need::Required).value_or(QJsonArray()));
    return lists;
}

// Calls `read(fields, path)` for each element of `array` that is an object.
template <typename ReadElement>
void forEachObject(FileContext& context, const QJsonArray& array, const QString& listPath, ReadElement read)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = listPath + u"/"_s + QString::number(i);
        if (!array.at(i).isObject()) {
            context.report(path, CatalogLoader::tr("each element must be an object"));
            continue;
        }
        Fields fields(context, array.at(i).toObject(), path);
        read(fields, path);
    }
}

std::optional<ValueRange> readRange(Fields& parent, const QString& key, const QString& lowKey,
                                    const QString& highKey, Need need, FileContext& context)
{
    const auto object = parent.object(key, need);
    if (!object)
        return std::nullopt;
    Fields fields(context, *object, parent.pathOf(key));
    const auto low = fields.number(lowKey, Need::Required);
    const auto high = fields.number(highKey, Need::Required);
    if (!low || !high)
        return std::nullopt;
    if (!(*low < *high)) {
        fields.report({}, CatalogLoader::tr("%1 (%2) must be less than %3 (%4)")
                              .arg(quoted(lowKey), number(*low), quoted(highKey), number(*high)));
        return std::nullopt;
    }
    return ValueRange{*low, *high};
}

QString outsideRange(double value, const ValueRange& plausible)
{
    return CatalogLoader::tr("%1 is outside the plausible range %2 to %3")
        .arg(number(value), number(plausible.low), number(plausible.high));
}

void checkPlausible(Fields& fields, const QString& key, double value, const ValueRange& plausible,
                    bool havePlausible)
{
    if (havePlausible && !plausible.contains(value))
        fields.report(key, outsideRange(value, plausible));
}

// ---- one reader per file ---------------------------------------------------------------

void readUnits(FileContext& context, const QJsonObject& root, Catalog& catalog)
{
    const auto lists = readTopLevel(context, root, {u"units"_s});
    UniqueIds ids(context);
    forEachObject(context, lists.at(0), u"/units"_s, [&](Fields& f, const QString& path) {
        Unit unit;
        unit.code = f.string(u"code"_s, Need::Required);
        ids.add(unit.code, path);
        unit.display.vi = f.string(u"display"_s, Need::Optional);
        unit.display.en = f.string(u"displayEn"_s, Need::Optional);
        if (unit.display.vi.isEmpty())
            f.report({}, CatalogLoader::tr("unit %1 has no display form ('display')").arg(quoted(unit.code)));
        unit.name = f.names(u"name"_s, Need::Required);
        unit.cefactCode = f.string(u"cefact"_s, Need::Optional);
        catalog.units.append(unit);
    });
}

void readGroups(FileContext& context, const QJsonObject& root, Catalog& catalog)
{
    const auto lists = readTopLevel(context, root, {u"groups"_s});
    UniqueIds ids(context);
    QHash<int, QString> orders;
    forEachObject(context, lists.at(0), u"/groups"_s, [&](Fields& f, const QString& path) {
        Group group;
        group.id = f.id();
        ids.add(group.id, path);
        group.name = f.names(u"name"_s, Need::Required);
        group.description = f.names(u"description"_s, Need::Optional);
        group.order = f.integer(u"order"_s, Need::Required, 1, 1000).value_or(0);
        if (group.order > 0 && orders.contains(group.order)) {
            f.report(u"order"_s, CatalogLoader::tr("order %1 is already used by group %2")
                                     .arg(group.order)
                                     .arg(quoted(orders.value(group.order))));
        }
        orders.insert(group.order, group.id);
        catalog.groups.append(group);
    });
}

void readAreas(FileContext& context, const QJsonObject& root, Catalog& catalog)
{
    const auto lists = readTopLevel(context, root, {u"areas"_s});
    UniqueIds ids(context);
    forEachObject(context, lists.at(0), u"/areas"_s, [&](Fields& f, const QString& path) {
        Area area;
        area.id = f.id();
        ids.add(area.id, path);
        area.gsoCode = f.string(u"gsoCode"_s, Need::Required);
        static const QRegularExpression digits(u"^[0-9]{2,5}$"_s);
        if (!area.gsoCode.isEmpty() && !digits.match(area.gsoCode).hasMatch())
            f.report(u"gsoCode"_s,
                     CatalogLoader::tr("GSO code %1 must be 2 to 5 digits").arg(quoted(area.gsoCode)));
        area.name = f.names(u"name"_s, Need::Required);
        area.level =
            f.choice(u"level"_s, Need::Required, {u"city"_s, u"district"_s, u"commune"_s, u"special-zone"_s});
        area.parent = f.string(u"parent"_s, Need::Optional);
        area.validFrom = f.date(u"validFrom"_s, Need::Required);
        area.validTo = f.date(u"validTo"_s, Need::Optional);
        if (area.validFrom.isValid() && area.validTo.isValid() && area.validTo < area.validFrom)
            f.report(u"validTo"_s, CatalogLoader::tr("'validTo' is before 'validFrom'"));
        area.noData = f.boolean(u"noData"_s, false);
        if (const auto bbox = f.array(u"bbox"_s, Need::Optional)) {
            QList<double> box;
            for (const QJsonValue& v : *bbox)
                box.append(v.toDouble(std::nan("")));
            const bool shaped = box.size() == 4 && std::all_of(box.cbegin(), box.cend(),
                                                               [](double v) { return std::isfinite(v); });
            if (!shaped || !(box[0] < box[2] && box[1] < box[3]) || box[0] < -180 || box[2] > 180 ||
                box[1] < -90 || box[3] > 90) {
                f.report(u"bbox"_s,
                         CatalogLoader::tr("'bbox' must be [west, south, east, north] in degrees"));
            } else {
                area.bbox = box;
            }
        }
        catalog.areas.append(area);
    });
}

void readStations(FileContext& context, const QJsonObject& root, Catalog& catalog)
{
    const auto lists = readTopLevel(context, root, {u"stationKinds"_s, u"stations"_s});
    UniqueIds kindIds(context);
    forEachObject(context, lists.at(0), u"/stationKinds"_s, [&](Fields& f, const QString& path) {
        StationKind kind;
        kind.id = f.id();
        kindIds.add(kind.id, path);
        kind.name = f.names(u"name"_s, Need::Required);
        catalog.stationKinds.append(kind);
    });
    UniqueIds ids(context);
    forEachObject(context, lists.at(1), u"/stations"_s, [&](Fields& f, const QString& path) {
        Station station;
        station.id = f.id();
        ids.add(station.id, path);
        station.kind = f.string(u"kind"_s, Need::Required);
        station.name = f.names(u"name"_s, Need::Required);
        station.area = f.string(u"area"_s, Need::Required);
        const auto lon = f.number(u"lon"_s, Need::Required);
        const auto lat = f.number(u"lat"_s, Need::Required);
        if (lon && (*lon < -180 || *lon > 180))
            f.report(u"lon"_s,
                     CatalogLoader::tr("longitude %1 is not between -180 and 180").arg(number(*lon)));
        if (lat && (*lat < -90 || *lat > 90))
            f.report(u"lat"_s, CatalogLoader::tr("latitude %1 is not between -90 and 90").arg(number(*lat)));
        station.longitude = lon.value_or(std::nan(""));
        station.latitude = lat.value_or(std::nan(""));
        catalog.stations.append(station);
    });
}

void readIndicators(FileContext& context, const QJsonObject& root, Catalog& catalog)
{
    const auto lists = readTopLevel(context, root, {u"indicators"_s});
    UniqueIds ids(context);
    forEachObject(context, lists.at(0), u"/indicators"_s, [&](Fields& f, const QString& path) {
        Indicator indicator;
        indicator.id = f.id();
        ids.add(indicator.id, path);
        indicator.group = f.string(u"group"_s, Need::Required);
        indicator.name = f.names(u"name"_s, Need::Required);
        indicator.unit = f.string(u"unit"_s, Need::Required);
        indicator.periodSeconds = f.integer(u"periodSeconds"_s, Need::Required, 1, 400 * 86400).value_or(0);

        const QString dimension =
            f.choice(u"dimension"_s, Need::Required, {u"city"_s, u"area"_s, u"station"_s});
        indicator.dimension = dimension == u"area"_s      ? Dimension::Area
                              : dimension == u"station"_s ? Dimension::Station
                                                          : Dimension::City;
        indicator.stationKind = f.string(u"stationKind"_s, Need::Optional);
        if (dimension == u"station"_s && indicator.stationKind.isEmpty())
            f.report({}, CatalogLoader::tr("'stationKind' is required when 'dimension' is 'station'"));
        if (!dimension.isEmpty() && dimension != u"station"_s && !indicator.stationKind.isEmpty())
            f.report(u"stationKind"_s,
                     CatalogLoader::tr("'stationKind' is only allowed when 'dimension' is 'station'"));

        const QString bad =
            f.choice(u"badDirection"_s, Need::Required, {u"up"_s, u"down"_s, u"both"_s, u"none"_s});
        indicator.badDirection = bad == u"down"_s   ? BadDirection::Down
                                 : bad == u"both"_s ? BadDirection::Both
                                 : bad == u"none"_s ? BadDirection::None
                                                    : BadDirection::Up;
        indicator.normalBand = readRange(f, u"normalBand"_s, u"low"_s, u"high"_s, Need::Optional, context);
        if (bad == u"both"_s && !indicator.normalBand && !f.has(u"normalBand"_s))
            f.report({}, CatalogLoader::tr("'badDirection' 'both' needs a 'normalBand'"));

        const auto plausible = readRange(f, u"range"_s, u"min"_s, u"max"_s, Need::Required, context);
        indicator.plausible = plausible.value_or(ValueRange{});
        indicator.decimals = f.integer(u"decimals"_s, Need::Optional, 0, 6).value_or(0);

        if (const auto thresholds = f.array(u"thresholds"_s, Need::Optional)) {
            for (qsizetype i = 0; i < thresholds->size(); ++i) {
                const QJsonValue v = thresholds->at(i);
                const QString key = u"thresholds"_s;
                if (!v.isDouble()) {
                    f.reportItem(key, i, CatalogLoader::tr("a threshold must be a number"));
                    continue;
                }
                if (!indicator.thresholds.isEmpty() && v.toDouble() <= indicator.thresholds.last())
                    f.reportItem(key, i, CatalogLoader::tr("thresholds must be in ascending order"));
                if (plausible && !indicator.plausible.contains(v.toDouble()))
                    f.reportItem(key, i, outsideRange(v.toDouble(), indicator.plausible));
                indicator.thresholds.append(v.toDouble());
            }
        }

        if (const auto targets = f.array(u"targets"_s, Need::Optional)) {
            forEachObject(context, *targets, f.pathOf(u"targets"_s), [&](Fields& t, const QString&) {
                Target target;
                target.value = t.number(u"value"_s, Need::Optional);
                if (target.value)
                    checkPlausible(t, u"value"_s, *target.value, indicator.plausible, plausible.has_value());
                target.band = readRange(t, u"band"_s, u"low"_s, u"high"_s, Need::Optional, context);
                target.year = t.integer(u"year"_s, Need::Required, 1990, 2100).value_or(0);
                target.note = t.names(u"note"_s, Need::Optional);
                target.source = t.string(u"source"_s, Need::Required);
                if (target.value && t.has(u"band"_s))
                    t.report({}, CatalogLoader::tr("a target has either 'value' or 'band', not both"));
                if (!target.value && !t.has(u"band"_s) && target.note.isEmpty())
                    t.report({}, CatalogLoader::tr("a target needs 'value', 'band' or a note"));
                indicator.targets.append(target);
            });
        }

        if (const auto national = f.object(u"national"_s, Need::Optional)) {
            Fields n(context, *national, f.pathOf(u"national"_s));
            Benchmark benchmark;
            benchmark.value = n.number(u"value"_s, Need::Optional);
            if (benchmark.value)
                checkPlausible(n, u"value"_s, *benchmark.value, indicator.plausible, plausible.has_value());
            benchmark.ratio = n.number(u"ratio"_s, Need::Optional);
            if (benchmark.ratio && !(*benchmark.ratio > 0))
                n.report(u"ratio"_s, CatalogLoader::tr("'ratio' must be greater than 0"));
            if (!benchmark.value && !benchmark.ratio && !n.has(u"ratio"_s))
                n.report({}, CatalogLoader::tr("a national benchmark needs 'value' or 'ratio'"));
            benchmark.note = n.names(u"note"_s, Need::Optional);
            benchmark.source = n.string(u"source"_s, Need::Required);
            indicator.national = benchmark;
        }

        if (const auto reported = f.object(u"reported"_s, Need::Optional)) {
            Fields r(context, *reported, f.pathOf(u"reported"_s));
            ReportedValue value;
            const auto v = r.number(u"value"_s, Need::Required);
            if (v)
                checkPlausible(r, u"value"_s, *v, indicator.plausible, plausible.has_value());
            value.value = v.value_or(0);
            value.asOf = r.string(u"asOf"_s, Need::Required);
            static const QRegularExpression asOfPattern(u"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"_s);
            if (!value.asOf.isEmpty() && !asOfPattern.match(value.asOf).hasMatch())
                r.report(u"asOf"_s, CatalogLoader::tr("'asOf' must be YYYY, YYYY-MM or YYYY-MM-DD"));
            value.changePoints = r.number(u"changePoints"_s, Need::Optional);
            value.approximate = r.boolean(u"approximate"_s, false);
            value.note = r.names(u"note"_s, Need::Optional);
            value.source = r.string(u"source"_s, Need::Required);
            indicator.reported = value;
        }
        catalog.indicators.append(indicator);
    });
}

void readServices(FileContext& context, const QJsonObject& root, const QString& listKey,
                  QList<ServiceDefinition>& into)
{
    const auto lists = readTopLevel(context, root, {listKey});
    UniqueIds ids(context);
    forEachObject(context, lists.at(0), u"/"_s + listKey, [&](Fields& f, const QString& path) {
        ServiceDefinition service;
        service.id = f.id();
        ids.add(service.id, path);
        service.name = f.names(u"name"_s, Need::Required);
        service.kind = f.id(u"kind"_s);
        if (const auto indicators = f.array(u"indicators"_s, Need::Required)) {
            for (qsizetype i = 0; i < indicators->size(); ++i) {
                if (!indicators->at(i).isString())
                    f.reportItem(u"indicators"_s, i, CatalogLoader::tr("an indicator id must be a string"));
                else
                    service.indicators.append(indicators->at(i).toString());
            }
        }
        service.parameters = f.object(u"parameters"_s, Need::Optional).value_or(QJsonObject());
        into.append(service);
    });
}

// ---- references between files -----------------------------------------------------------

// The element's JSON pointer inside its file, for cross-file problems.
QString elementPath(const QString& list, qsizetype index, const QString& key)
{
    return u"/"_s + list + u"/"_s + QString::number(index) + (key.isEmpty() ? QString() : u"/"_s + key);
}

// Checks references between files. A reference into a file that could not be read is
// not checked: "unknown group" for each of 86 indicators would bury the one real
// problem (groups.json is broken) under noise.
void checkReferences(const Catalog& catalog, const QString& directory, const QSet<QString>& unreadable,
                     QList<CatalogProblem>& problems)
{
    const auto at = [&](const QString& file) {
        return QDir(directory).filePath(file);
    };
    const bool groupsKnown = !unreadable.contains(kGroupsFile);
    const bool unitsKnown = !unreadable.contains(kUnitsFile);
    const bool areasKnown = !unreadable.contains(kAreasFile);
    const bool kindsKnown = !unreadable.contains(kStationsFile);
    const bool indicatorsKnown = !unreadable.contains(kIndicatorsFile);

    for (qsizetype i = 0; i < catalog.indicators.size(); ++i) {
        const Indicator& indicator = catalog.indicators.at(i);
        if (groupsKnown && !indicator.group.isEmpty() && !catalog.group(indicator.group)) {
            problems.append({at(kIndicatorsFile), elementPath(u"indicators"_s, i, u"group"_s),
                             CatalogLoader::tr("unknown group %1 (indicator %2)")
                                 .arg(quoted(indicator.group), quoted(indicator.id))});
        }
        if (unitsKnown && !indicator.unit.isEmpty() && !catalog.unit(indicator.unit)) {
            problems.append({at(kIndicatorsFile), elementPath(u"indicators"_s, i, u"unit"_s),
                             CatalogLoader::tr("unknown unit %1 (indicator %2)")
                                 .arg(quoted(indicator.unit), quoted(indicator.id))});
        }
        if (kindsKnown && !indicator.stationKind.isEmpty() && !catalog.stationKind(indicator.stationKind)) {
            problems.append({at(kIndicatorsFile), elementPath(u"indicators"_s, i, u"stationKind"_s),
                             CatalogLoader::tr("unknown station kind %1 (indicator %2)")
                                 .arg(quoted(indicator.stationKind), quoted(indicator.id))});
        }
    }

    for (qsizetype i = 0; i < catalog.areas.size(); ++i) {
        const Area& area = catalog.areas.at(i);
        if (area.parent.isEmpty())
            continue;
        const Area* parent = catalog.area(area.parent);
        if (!parent) {
            problems.append({at(kAreasFile), elementPath(u"areas"_s, i, u"parent"_s),
                             CatalogLoader::tr("unknown parent area %1 (area %2)")
                                 .arg(quoted(area.parent), quoted(area.id))});
            continue;
        }
        // Walk up: a cycle would make every "which city is this in" question loop forever.
        QSet<QString> seen{area.id};
        for (const Area* up = parent; up; up = up->parent.isEmpty() ? nullptr : catalog.area(up->parent)) {
            if (seen.contains(up->id)) {
                problems.append(
                    {at(kAreasFile), elementPath(u"areas"_s, i, u"parent"_s),
                     CatalogLoader::tr("the parent chain of area %1 loops").arg(quoted(area.id))});
                break;
            }
            seen.insert(up->id);
        }
    }

    // The same GSO code may be reused over time, never by two areas valid on the same day.
    for (qsizetype i = 0; i < catalog.areas.size(); ++i) {
        const Area& a = catalog.areas.at(i);
        for (qsizetype j = 0; j < i; ++j) {
            const Area& b = catalog.areas.at(j);
            if (a.gsoCode.isEmpty() || a.gsoCode != b.gsoCode || !a.validFrom.isValid() ||
                !b.validFrom.isValid())
                continue;
            const QDate aEnd = a.validTo.isValid() ? a.validTo : QDate(9999, 12, 31);
            const QDate bEnd = b.validTo.isValid() ? b.validTo : QDate(9999, 12, 31);
            if (a.validFrom <= bEnd && b.validFrom <= aEnd) {
                problems.append(
                    {at(kAreasFile), elementPath(u"areas"_s, i, u"gsoCode"_s),
                     CatalogLoader::tr("GSO code %1 is also used by area %2 over an overlapping period")
                         .arg(quoted(a.gsoCode), quoted(b.id))});
            }
        }
    }

    for (qsizetype i = 0; i < catalog.stations.size(); ++i) {
        const Station& station = catalog.stations.at(i);
        if (!station.kind.isEmpty() && !catalog.stationKind(station.kind)) {
            problems.append({at(kStationsFile), elementPath(u"stations"_s, i, u"kind"_s),
                             CatalogLoader::tr("unknown station kind %1 (station %2)")
                                 .arg(quoted(station.kind), quoted(station.id))});
        }
        const Area* area = station.area.isEmpty() ? nullptr : catalog.area(station.area);
        if (areasKnown && !station.area.isEmpty() && !area) {
            problems.append({at(kStationsFile), elementPath(u"stations"_s, i, u"area"_s),
                             CatalogLoader::tr("unknown area %1 (station %2)")
                                 .arg(quoted(station.area), quoted(station.id))});
        }
        // The nearest enclosing area with a bounding box must contain the station.
        int depth = 0;
        for (const Area* up = area; up && depth < 32; up = catalog.area(up->parent), ++depth) {
            if (!up->bbox)
                continue;
            const QList<double>& box = *up->bbox;
            if (std::isfinite(station.longitude) && std::isfinite(station.latitude) &&
                !(station.longitude >= box[0] && station.longitude <= box[2] && station.latitude >= box[1] &&
                  station.latitude <= box[3])) {
                problems.append(
                    {at(kStationsFile), elementPath(u"stations"_s, i, QString()),
                     CatalogLoader::tr("station %1 at (%2, %3) lies outside the bounding box of area %4")
                         .arg(quoted(station.id), number(station.longitude), number(station.latitude),
                              quoted(up->id))});
            }
            break;
        }
    }

    const auto checkServiceIndicators = [&](const QList<ServiceDefinition>& services, const QString& file,
                                            const QString& list) {
        for (qsizetype i = 0; i < services.size(); ++i) {
            for (qsizetype k = 0; k < services.at(i).indicators.size(); ++k) {
                const QString& id = services.at(i).indicators.at(k);
                if (indicatorsKnown && !catalog.indicator(id)) {
                    problems.append({at(file), elementPath(list, i, u"indicators/"_s + QString::number(k)),
                                     CatalogLoader::tr("unknown indicator %1").arg(quoted(id))});
                }
            }
        }
    };
    checkServiceIndicators(catalog.statServices, kServicesFile, u"statServices"_s);
    checkServiceIndicators(catalog.warningRules, kRulesFile, u"warningRules"_s);
}

} // namespace

QStringList CatalogLoader::fileNames()
{
    return {kUnitsFile, kGroupsFile, kIndicatorsFile, kAreasFile, kStationsFile, kServicesFile, kRulesFile};
}

Result<Catalog> CatalogLoader::load(const QString& directory, QList<CatalogProblem>* problemsOut)
{
    QList<CatalogProblem> problems;
    Catalog catalog;

    const QDir dir(directory);
    if (!dir.exists()) {
        problems.append({directory, QString(), tr("catalog directory does not exist")});
    } else {
        // A stray file is most often a misspelt one ("indicator.json"): say so.
        const QStringList expected = fileNames();
        const QStringList present = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        for (const QString& name : present) {
            if (!expected.contains(name))
                problems.append(
                    {dir.filePath(name), QString(),
                     tr("unexpected file: a catalog consists of %1").arg(expected.join(u", "_s))});
        }

        using Reader = void (*)(FileContext&, const QJsonObject&, Catalog&);
        const QList<std::pair<QString, Reader>> readers = {
            {kUnitsFile, readUnits},
            {kGroupsFile, readGroups},
            {kIndicatorsFile, readIndicators},
            {kAreasFile, readAreas},
            {kStationsFile, readStations},
            {kServicesFile,
             [](FileContext& c, const QJsonObject& o, Catalog& cat) {
                 readServices(c, o, u"statServices"_s, cat.statServices);
             }},
            {kRulesFile,
             [](FileContext& c, const QJsonObject& o, Catalog& cat) {
                 readServices(c, o, u"warningRules"_s, cat.warningRules);
             }},
        };
        QSet<QString> unreadable;
        for (const auto& [name, read] : readers) {
            FileContext context(dir.filePath(name), problems);
            if (const auto root = readJsonObject(context, context.file()))
                read(context, *root, catalog);
            else
                unreadable.insert(name);
        }
        catalog.buildIndex();
        checkReferences(catalog, directory, unreadable, problems);
    }

    if (problemsOut)
        *problemsOut = problems;
    if (!problems.isEmpty()) {
        QStringList lines;
        lines.reserve(problems.size());
        for (const CatalogProblem& problem : problems)
            lines.append(problem.toString());
        return Error{ErrorCode::Validation,
                     tr("The catalog in %1 has %n problem(s)", nullptr, int(problems.size())).arg(directory),
                     lines.join(u'\n')};
    }
    return catalog;
}

} // namespace cityops
