#include "core/feeds/files/mapping.h"

#include "core/common/jsonproblems.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cityops::feeds::files {

namespace {

// Messages a person reads; lupdate files them under "cityops::feeds::files::Mapping".
struct MappingText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::files::Mapping)
};

using Problems = JsonProblems;

// A quality name from a mapping: the quality, kBad, or kUnknown.
constexpr int kBad = -1;
constexpr int kUnknown = -2;
int qualityNamed(const QString& text)
{
    if (text == u"good"_s)
        return int(store::Quality::Good);
    if (text == u"suspect"_s)
        return int(store::Quality::Suspect);
    if (text == u"estimated"_s)
        return int(store::Quality::Estimated);
    if (text == u"bad"_s)
        return kBad;
    return kUnknown;
}

std::optional<store::Quality> asQuality(int named)
{
    if (named < 0)
        return std::nullopt;
    return store::Quality(named);
}

// The helpers below read one section of a mapping each, in the order parse() calls them
// (which is the order problems are listed in), into `m`.

void readFormat(const QJsonObject& root, Problems& problems, Mapping& m)
{
    const QString format = problems.string(root, u"format"_s, QString(), true);
    if (format == u"csv"_s)
        m.format = FileFormat::Csv;
    else if (format == u"ndjson"_s)
        m.format = FileFormat::Ndjson;
    else if (!format.isEmpty())
        problems.add(u"/format"_s, MappingText::tr("must be \"csv\" or \"ndjson\", not \"%1\"").arg(format));

    if (root.contains(u"delimiter"_s)) {
        const QString d = problems.string(root, u"delimiter"_s, QString(), false);
        if (d.size() != 1 || d.at(0).unicode() > 127 || d == u"\""_s)
            problems.add(u"/delimiter"_s, MappingText::tr("must be one ASCII character other than a quote"));
        else
            m.delimiter = char(d.at(0).unicode());
    }
}

void readTimeZone(const QJsonObject& ts, Problems& problems, Mapping& m)
{
    m.timeZoneName = problems.string(ts, u"timeZone"_s, u"/timestamp"_s, true);
    if (m.timeZoneName.isEmpty())
        return;
    m.timeZone = timeZoneNamed(m.timeZoneName);
    if (!m.timeZone.isValid())
        problems.add(u"/timestamp/timeZone"_s,
                     MappingText::tr(
                         "unknown time zone \"%1\" (an IANA name such as Asia/Ho_Chi_Minh, UTC, or +07:00)")
                         .arg(m.timeZoneName));
}

void readTimestamp(const QJsonObject& root, Problems& problems, Mapping& m)
{
    const QJsonObject ts = root.value(u"timestamp"_s).toObject();
    if (!root.value(u"timestamp"_s).isObject()) {
        problems.add(u"/timestamp"_s,
                     MappingText::tr("required: an object with column, format and timeZone"));
        return;
    }
    problems.unknownKeys(ts, u"/timestamp"_s,
                         {u"column"_s, u"format"_s, u"timeZone"_s, u"ambiguous"_s, u"zoneSuffix"_s});
    m.timestampColumn = problems.string(ts, u"column"_s, u"/timestamp"_s, true);
    m.timestampFormatText = problems.string(ts, u"format"_s, u"/timestamp"_s, true);
    if (!m.timestampFormatText.isEmpty()) {
        QString why;
        auto f = TimestampFormat::make(m.timestampFormatText, &why);
        if (f)
            m.timestampFormat = *f;
        else
            problems.add(u"/timestamp/format"_s, why);
    }
    readTimeZone(ts, problems, m);
    const QString ambiguous = ts.value(u"ambiguous"_s).toString(u"earlier"_s);
    if (ambiguous == u"earlier"_s)
        m.ambiguous = AmbiguousTimePolicy::Earlier;
    else if (ambiguous == u"later"_s)
        m.ambiguous = AmbiguousTimePolicy::Later;
    else if (ambiguous == u"reject"_s)
        m.ambiguous = AmbiguousTimePolicy::Reject;
    else
        problems.add(u"/timestamp/ambiguous"_s, MappingText::tr("must be earlier, later or reject"));
    const QString suffix = ts.value(u"zoneSuffix"_s).toString(u"respect"_s);
    if (suffix == u"ignore"_s)
        m.ignoreZoneSuffix = true;
    else if (suffix != u"respect"_s)
        problems.add(u"/timestamp/zoneSuffix"_s, MappingText::tr("must be respect or ignore"));
}

// Missing values and what to do with a repeated timestamp.
void readMissingAndDuplicates(const QJsonObject& root, Problems& problems, Mapping& m)
{
    if (root.contains(u"naValues"_s)) {
        const QJsonValue na = root.value(u"naValues"_s);
        if (!na.isArray())
            problems.add(u"/naValues"_s, MappingText::tr("must be an array of strings"));
        for (const QJsonValue& v : na.toArray()) {
            if (!v.isString())
                problems.add(u"/naValues"_s, MappingText::tr("must be an array of strings"));
            else
                m.naValues << v.toString();
        }
    } else {
        m.naValues = {QString(), u"NA"_s, u"NaN"_s, u"null"_s};
    }

    const QString dup = root.value(u"duplicates"_s).toString(u"last"_s);
    if (const auto policy = store::duplicatePolicyNamed(dup))
        m.duplicates = *policy;
    else
        problems.add(u"/duplicates"_s,
                     MappingText::tr("must be first, last, mean or reject, not \"%1\"").arg(dup));
}

void readQuality(const QJsonObject& root, Problems& problems, Mapping& m)
{
    if (!root.contains(u"quality"_s))
        return;
    const QJsonObject q = root.value(u"quality"_s).toObject();
    problems.unknownKeys(q, u"/quality"_s, {u"column"_s, u"values"_s, u"other"_s});
    QualityMapping qm;
    qm.column = problems.string(q, u"column"_s, u"/quality"_s, true);
    const QJsonObject values = q.value(u"values"_s).toObject();
    if (values.isEmpty())
        problems.add(u"/quality/values"_s,
                     MappingText::tr("required: source flag → good, suspect, estimated or bad"));
    for (auto it = values.begin(); it != values.end(); ++it) {
        const int named = qualityNamed(it.value().toString());
        if (named == kUnknown)
            problems.add(u"/quality/values/"_s + it.key(),
                         MappingText::tr("must be good, suspect, estimated or bad"));
        else
            qm.values.insert(it.key(), asQuality(named));
    }
    const int other = qualityNamed(q.value(u"other"_s).toString(u"suspect"_s));
    if (other == kUnknown) {
        problems.add(u"/quality/other"_s, MappingText::tr("must be good, suspect, estimated or bad"));
    } else {
        qm.other = asQuality(other);
        qm.otherIsBad = other == kBad;
    }
    m.quality = qm;
}

// The series' unit, period and plausible range come from its indicator in the catalog.
void applyIndicator(const QJsonObject& o, const QString& pointer, const Indicator& indicator,
                    Problems& problems, SeriesMapping& s)
{
    s.indicatorUnit = indicator.unit;
    s.plausible = indicator.plausible;
    s.periodSeconds = indicator.periodSeconds;
    const QString target = o.value(u"convertTo"_s).toString(indicator.unit);
    if (target != indicator.unit)
        problems.add(
            pointer + u"/convertTo"_s,
            MappingText::tr("indicator %1 is kept in %2, not %3").arg(s.indicator, indicator.unit, target));
    if (!s.unit.isEmpty()) {
        const auto conversion = findUnitConversion(s.unit, indicator.unit);
        if (!conversion)
            problems.add(pointer + u"/unit"_s, MappingText::tr("no conversion from %1 to %2, the unit of %3")
                                                   .arg(s.unit, indicator.unit, s.indicator));
        else
            s.conversion = *conversion;
    }
}

SeriesMapping readSeriesEntry(const QJsonObject& o, const QString& pointer, const Catalog& catalog,
                              Problems& problems)
{
    problems.unknownKeys(o, pointer,
                         {u"column"_s, u"indicator"_s, u"station"_s, u"area"_s, u"place"_s, u"placeColumn"_s,
                          u"unit"_s, u"convertTo"_s});
    SeriesMapping s;
    s.column = problems.string(o, u"column"_s, pointer, true);
    s.indicator = problems.string(o, u"indicator"_s, pointer, true);
    int places = 0;
    for (const QString& key : {u"station"_s, u"area"_s, u"place"_s}) {
        if (o.contains(key)) {
            s.place = problems.string(o, key, pointer, true);
            ++places;
        }
    }
    if (o.contains(u"placeColumn"_s)) {
        s.placeColumn = problems.string(o, u"placeColumn"_s, pointer, true);
        ++places;
    }
    if (places != 1)
        problems.add(pointer, MappingText::tr("needs exactly one of station, area, place or placeColumn"));
    s.unit = problems.string(o, u"unit"_s, pointer, true);
    const Indicator* indicator = s.indicator.isEmpty() ? nullptr : catalog.indicator(s.indicator);
    if (!s.indicator.isEmpty() && !indicator)
        problems.add(pointer + u"/indicator"_s, MappingText::tr("unknown indicator \"%1\"").arg(s.indicator));
    if (indicator)
        applyIndicator(o, pointer, *indicator, problems, s);
    return s;
}

void readSeries(const QJsonObject& root, const Catalog& catalog, Problems& problems, Mapping& m)
{
    const QJsonValue seriesValue = root.value(u"series"_s);
    if (!seriesValue.isArray() || seriesValue.toArray().isEmpty())
        problems.add(u"/series"_s, MappingText::tr("required: a non-empty array"));
    const QJsonArray seriesArray = seriesValue.toArray();
    for (qsizetype i = 0; i < seriesArray.size(); ++i) {
        const QString pointer = u"/series/%1"_s.arg(i);
        const SeriesMapping s = readSeriesEntry(seriesArray.at(i).toObject(), pointer, catalog, problems);
        for (const SeriesMapping& other : std::as_const(m.series)) {
            if (other.column == s.column && other.indicator == s.indicator && other.place == s.place &&
                other.placeColumn == s.placeColumn)
                problems.add(pointer, MappingText::tr("repeats an earlier series"));
        }
        m.series.append(s);
    }
}

} // namespace

Result<Mapping> Mapping::load(const QString& path, const Catalog& catalog)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, MappingText::tr("Cannot read the mapping file"),
                     path + u": "_s + file.errorString()};
    if (file.size() > 4 * 1024 * 1024)
        return Error{ErrorCode::Validation, MappingText::tr("The mapping file is too large to be a mapping"),
                     path};
    return parse(file.readAll(), QFileInfo(path).fileName(), catalog);
}

Result<Mapping> Mapping::parse(const QByteArray& json, const QString& name, const Catalog& catalog)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{ErrorCode::Parse, MappingText::tr("The mapping is not valid JSON"),
                     u"%1: offset %2: %3"_s.arg(name).arg(parseError.offset).arg(parseError.errorString())};
    if (!doc.isObject())
        return Error{ErrorCode::Validation, MappingText::tr("The mapping must be a JSON object"), name};

    Mapping m;
    m.name = name;
    m.sourceText = json;
    Problems problems(name);
    const QJsonObject root = doc.object();
    problems.unknownKeys(root, QString(),
                         {u"format"_s, u"delimiter"_s, u"timestamp"_s, u"naValues"_s, u"duplicates"_s,
                          u"quality"_s, u"series"_s, u"note"_s});
    readFormat(root, problems, m);
    readTimestamp(root, problems, m);
    readMissingAndDuplicates(root, problems, m);
    readQuality(root, problems, m);
    readSeries(root, catalog, problems, m);
    m.note = root.value(u"note"_s).toString();

    if (!problems.empty())
        return Error{ErrorCode::Validation, MappingText::tr("The mapping is not valid"), problems.text()};
    return m;
}

} // namespace cityops::feeds::files
