#include "core/feeds/files/fileingest.h"

#include "core/feeds/files/csvrecord.h"
#include "core/store/observationwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <string>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace cityops::feeds::files {

namespace {

// Messages a person reads; lupdate files them under "cityops::feeds::files::FileIngest".
struct IngestText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::files::FileIngest)
};

QString formatValue(double v)
{
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return QString::fromLatin1(buf, r.ptr - buf);
}

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The columns a mapping reads: the time first, then the quality flag and each series'
// value and place columns, each once ("needed" indexes).
struct Columns
{
    QStringList needed;
    int quality = -1;
    std::vector<int> value;       // per mapped series
    std::vector<int> place;       // per mapped series; -1 for a fixed place
    std::vector<int> csvColumnOf; // needed index → CSV column
    std::size_t csvColumns = 0;

    explicit Columns(const Mapping& mapping)
        : needed{mapping.timestampColumn}
    {
        if (mapping.quality)
            quality = need(mapping.quality->column);
        for (const SeriesMapping& s : mapping.series) {
            value.push_back(need(s.column));
            place.push_back(s.placeColumn.isEmpty() ? -1 : need(s.placeColumn));
        }
        csvColumnOf.assign(std::size_t(needed.size()), -1);
    }
    int need(const QString& name)
    {
        const qsizetype at = needed.indexOf(name);
        if (at >= 0)
            return int(at);
        needed << name;
        return int(needed.size() - 1);
    }
};

// One file read through a mapping into an ObservationWriter: the file's own checks
// (format, header, times, missing values, quality flags, places) here; conversion,
// ranges, duplicates, quarantine and the archive in the writer.
class FileReader
{
public:
    FileReader(const QString& path, const Mapping& mapping, const Catalog& catalog,
               const IngestOptions& options)
        : m_path(path)
        , m_source(QFileInfo(path).fileName())
        , m_mapping(mapping)
        , m_catalog(catalog)
        , m_options(options)
        , m_columns(mapping)
        , m_zone(mapping.timeZone)
        , m_fields(std::size_t(m_columns.needed.size()))
        , m_present(std::size_t(m_columns.needed.size()))
        , m_ndjsonValues(std::size_t(m_columns.needed.size()))
        , m_fixedSeries(std::size_t(mapping.series.size()), -1)
        , m_missing(std::size_t(mapping.series.size()), 0)
    {
        m_clock.start();
        m_summary.file = path;
        for (const QString& na : mapping.naValues)
            m_naValues.push_back(na.toUtf8());
        for (const SeriesMapping& sm : mapping.series) {
            m_keyPrefix.push_back(sm.indicator.toStdString() + '\x1f');
            m_fixedPlace.push_back(sm.place.toStdString());
        }
    }

    Result<IngestSummary> run(const store::ArchiveLocation& location);

private:
    Result<void> open();
    Result<void> readHeader();
    void startWriter(const store::ArchiveLocation& location);
    void readRows();
    bool splitRecord(std::int64_t lineNo, std::string_view line);
    std::optional<std::int64_t> readTime(std::int64_t lineNo, std::string_view line);
    void readValues(std::int64_t lineNo, std::string_view line, std::int64_t t);
    std::optional<int> seriesOf(qsizetype s, std::int64_t lineNo, std::string_view line);
    bool isMissing(std::string_view s) const;
    void quarantine(std::int64_t line, const QString& column, const QString& reason, const QString& detail,
                    std::string_view raw, qint64 observations)
    {
        m_writer->quarantine(line, column, reason, detail, raw, observations);
    }
    Result<IngestSummary> finish();

    const QString m_path;
    const QString m_source;
    const Mapping& m_mapping;
    const Catalog& m_catalog;
    const IngestOptions& m_options;
    QElapsedTimer m_clock;
    IngestSummary m_summary;
    QFile m_file;
    const char* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_pos = 0;
    std::int64_t m_lineNo = 0;
    Columns m_columns;
    ZoneResolver m_zone;
    std::vector<std::string_view> m_fields; // by needed index, for the current record
    std::vector<bool> m_present;
    std::vector<std::string> m_ndjsonValues;
    std::vector<std::string_view> m_csvFields;
    std::string m_scratch;
    std::vector<QByteArray> m_naValues;
    std::unique_ptr<store::ObservationWriter> m_writer;
    std::vector<int> m_channel;                    // per mapped series
    std::unordered_map<std::string, int> m_series; // "indicator\x1fplace" → writer series
    std::vector<std::string> m_keyPrefix;          // "indicator\x1f" per mapped series
    std::vector<std::string> m_fixedPlace;         // the place of a series without a place column
    std::vector<int> m_fixedSeries;
    std::string m_keyBuffer;
    std::vector<qint64> m_missing; // per mapped series
    QSet<QString> m_unknownPlaces;
};

// The file: readable, not empty, not binary.
Result<void> FileReader::open()
{
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, IngestText::tr("Cannot read the file"),
                     m_path + u": "_s + m_file.errorString()};
    const qint64 size = m_file.size();
    if (size == 0)
        return Error{ErrorCode::Validation, IngestText::tr("The file is empty"), m_path};
    const uchar* mapped = m_file.map(0, size);
    if (!mapped)
        return Error{ErrorCode::Io, IngestText::tr("Cannot read the file"),
                     m_path + u": "_s + m_file.errorString()};
    m_data = reinterpret_cast<const char*>(mapped);
    m_size = std::size_t(size);
    if (std::memchr(m_data, 0, std::min<std::size_t>(m_size, 1 << 16)))
        return Error{ErrorCode::Validation, IngestText::tr("This is a binary file, not CSV or NDJSON text"),
                     m_path};
    if (m_size >= 3 && std::memcmp(m_data, "\xEF\xBB\xBF", 3) == 0)
        m_pos = 3; // UTF-8 byte-order mark
    return {};
}

// The header (CSV): every mapped column must be there. Then at least one data row.
Result<void> FileReader::readHeader()
{
    if (m_mapping.format == FileFormat::Csv) {
        const std::size_t end = recordEnd(m_data, m_size, m_pos);
        if (qsizetype(end - m_pos) > m_options.maxLineBytes)
            return Error{
                ErrorCode::Validation,
                IngestText::tr("The first line is longer than %1 bytes: this is not a CSV file with a header")
                    .arg(m_options.maxLineBytes),
                m_path};
        m_lineNo = 1;
        if (!splitCsv(std::string_view(m_data + m_pos, end - m_pos), m_mapping.delimiter, m_csvFields,
                      m_scratch))
            return Error{ErrorCode::Parse, IngestText::tr("The header line is not valid CSV"), m_path};
        QStringList names;
        for (std::string_view f : m_csvFields)
            names << text(trimmed(f));
        m_columns.csvColumns = m_csvFields.size();
        QStringList missingColumns;
        for (qsizetype i = 0; i < m_columns.needed.size(); ++i) {
            const qsizetype at = names.indexOf(m_columns.needed.at(i));
            if (at < 0)
                missingColumns << m_columns.needed.at(i);
            m_columns.csvColumnOf[std::size_t(i)] = int(at);
        }
        if (!missingColumns.isEmpty())
            return Error{ErrorCode::Validation,
                         IngestText::tr("The mapping names columns the file does not have"),
                         IngestText::tr("%1: %2 (the file has: %3)")
                             .arg(m_path, missingColumns.join(u", "_s), names.join(u", "_s))};
        m_pos = end < m_size ? end + 1 : m_size;
    }
    std::size_t probe = m_pos;
    while (probe < m_size && (m_data[probe] == '\n' || m_data[probe] == '\r' || m_data[probe] == ' '))
        ++probe;
    if (probe >= m_size)
        return Error{ErrorCode::Validation, IngestText::tr("The file has no data rows"), m_path};
    return {};
}

void FileReader::startWriter(const store::ArchiveLocation& location)
{
    store::ObservationWriter::Options o;
    o.archive = location;
    o.run.source = m_source;
    o.run.mapping = QString::fromUtf8(m_mapping.sourceText);
    // The digest identifies the file for quarantine entries (idempotent re-runs), computed
    // on the writer thread while parsing starts. BLAKE2b-256: four times faster than SHA-256 here.
    o.run.digest = [content = QByteArrayView(m_data, qsizetype(m_size))] {
        QCryptographicHash hash(QCryptographicHash::Blake2b_256);
        hash.addData(content);
        return QString::fromLatin1(hash.result().toHex());
    };
    o.duplicates = m_mapping.duplicates;
    o.batchObservations = m_options.batchObservations;
    o.firstLine = m_lineNo + 1;
    o.onCommitted = m_options.onCommitted;
    m_writer = std::make_unique<store::ObservationWriter>(std::move(o));
    for (const SeriesMapping& sm : m_mapping.series)
        m_channel.push_back(m_writer->addChannel(
            {sm.column, sm.indicator, sm.unit, sm.indicatorUnit, sm.conversion, sm.plausible}));
}

bool FileReader::isMissing(std::string_view s) const
{
    s = trimmed(s);
    for (const QByteArray& na : m_naValues) {
        if (s.size() == std::size_t(na.size()) && std::memcmp(s.data(), na.constData(), s.size()) == 0)
            return true;
    }
    return false;
}

// The fields of one record by needed index; false (and quarantined) when it cannot be split.
bool FileReader::splitRecord(std::int64_t lineNo, std::string_view line)
{
    const auto nSeries = qint64(m_mapping.series.size());
    if (m_mapping.format == FileFormat::Csv) {
        if (!splitCsv(line, m_mapping.delimiter, m_csvFields, m_scratch)) {
            quarantine(lineNo, QString(), u"malformed-csv"_s, IngestText::tr("unbalanced quotes"), line,
                       nSeries);
            return false;
        }
        if (m_csvFields.size() != m_columns.csvColumns) {
            quarantine(lineNo, QString(), u"wrong-column-count"_s,
                       IngestText::tr("%1 fields; the header has %2")
                           .arg(m_csvFields.size())
                           .arg(m_columns.csvColumns),
                       line, nSeries);
            return false;
        }
        for (std::size_t i = 0; i < m_fields.size(); ++i) {
            m_fields[i] = m_csvFields[std::size_t(m_columns.csvColumnOf[i])];
            m_present[i] = true;
        }
        return true;
    }
    QJsonParseError err{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), qsizetype(line.size())), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        quarantine(lineNo, QString(), u"malformed-json"_s,
                   err.error != QJsonParseError::NoError ? err.errorString()
                                                         : IngestText::tr("not a JSON object"),
                   line, nSeries);
        return false;
    }
    const QJsonObject o = doc.object();
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        const QJsonValue v = o.value(m_columns.needed.at(qsizetype(i)));
        m_present[i] = !v.isUndefined();
        if (v.isDouble())
            m_ndjsonValues[i] = formatValue(v.toDouble()).toStdString();
        else if (v.isString())
            m_ndjsonValues[i] = v.toString().toStdString();
        else if (v.isNull() || v.isUndefined())
            m_ndjsonValues[i] = "null";
        else
            m_ndjsonValues[i] =
                QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                    .toJson(QJsonDocument::Compact)
                    .toStdString();
        m_fields[i] = m_ndjsonValues[i];
    }
    return true;
}

// The row's instant in UTC ms, by the mapping's format, zone and policies; nullopt (and
// quarantined) when there is none.
std::optional<std::int64_t> FileReader::readTime(std::int64_t lineNo, std::string_view line)
{
    const auto nSeries = qint64(m_mapping.series.size());
    const std::string_view tsText = m_fields[0];
    const auto parsed = m_mapping.timestampFormat.parse(tsText);
    if (!parsed) {
        quarantine(
            lineNo, m_mapping.timestampColumn, u"unparseable-time"_s,
            IngestText::tr("\"%1\" does not match %2").arg(text(tsText), m_mapping.timestampFormatText), line,
            nSeries);
        return std::nullopt;
    }
    std::int64_t t;
    if (parsed->offsetSeconds && (!m_mapping.ignoreZoneSuffix || m_mapping.timestampFormat.isEpoch())) {
        t = parsed->civilMs - std::int64_t(*parsed->offsetSeconds) * 1000;
    } else {
        const LocalTimeResolution r = m_zone.resolve(parsed->civilMs);
        if (r.candidates == 0) {
            quarantine(lineNo, m_mapping.timestampColumn, u"nonexistent-local-time"_s,
                       IngestText::tr("%1 does not exist in %2 (clocks jumped forward)")
                           .arg(text(tsText), m_mapping.timeZoneName),
                       line, nSeries);
            return std::nullopt;
        }
        if (r.candidates == 2) {
            if (m_mapping.ambiguous == AmbiguousTimePolicy::Reject) {
                quarantine(lineNo, m_mapping.timestampColumn, u"ambiguous-local-time"_s,
                           IngestText::tr("%1 happens twice in %2 (clocks went back)")
                               .arg(text(tsText), m_mapping.timeZoneName),
                           line, nSeries);
                return std::nullopt;
            }
            ++m_summary.ambiguousTimes;
        }
        t = m_mapping.ambiguous == AmbiguousTimePolicy::Later ? r.later : r.earlier;
    }
    if (m_options.nowMs > 0 && t > m_options.nowMs + m_options.futureToleranceMs) {
        quarantine(lineNo, m_mapping.timestampColumn, u"future-time"_s,
                   IngestText::tr("%1 is in the future").arg(text(tsText)), line, nSeries);
        return std::nullopt;
    }
    return t;
}

// The writer's series for mapped series `s` on this row: a fixed place is resolved once,
// a place column on every row; nullopt (and quarantined) when the row names no place.
std::optional<int> FileReader::seriesOf(qsizetype s, std::int64_t lineNo, std::string_view line)
{
    const SeriesMapping& sm = m_mapping.series.at(s);
    const int placeField = m_columns.place[std::size_t(s)];
    if (placeField < 0 && m_fixedSeries[std::size_t(s)] >= 0)
        return m_fixedSeries[std::size_t(s)];
    const std::string_view place = placeField < 0 ? std::string_view(m_fixedPlace[std::size_t(s)])
                                                  : trimmed(m_fields[std::size_t(placeField)]);
    if (place.empty()) {
        quarantine(lineNo, sm.placeColumn, u"missing-place"_s, IngestText::tr("no place named on this row"),
                   line, 1);
        return std::nullopt;
    }
    m_keyBuffer.assign(m_keyPrefix[std::size_t(s)]);
    m_keyBuffer.append(place);
    auto it = m_series.find(m_keyBuffer);
    if (it == m_series.end()) {
        const QString placeName = text(place);
        it = m_series.emplace(m_keyBuffer, m_writer->addSeries({sm.indicator, placeName}, sm.indicatorUnit))
                 .first;
        if (!m_catalog.station(placeName) && !m_catalog.area(placeName))
            m_unknownPlaces.insert(placeName);
    }
    if (placeField < 0)
        m_fixedSeries[std::size_t(s)] = it->second;
    return it->second;
}

// The row's source quality flag, then each mapped value: missing, unparseable, flagged
// bad, or handed to the writer.
void FileReader::readValues(std::int64_t lineNo, std::string_view line, std::int64_t t)
{
    std::optional<store::Quality> quality = store::Quality::Good;
    QString flag;
    if (m_columns.quality >= 0) {
        flag = text(trimmed(m_fields[std::size_t(m_columns.quality)]));
        const auto it = m_mapping.quality->values.constFind(flag);
        quality = it != m_mapping.quality->values.cend() ? *it : m_mapping.quality->other;
    }
    for (qsizetype s = 0; s < m_mapping.series.size(); ++s) {
        const SeriesMapping& sm = m_mapping.series.at(s);
        const std::size_t vi = std::size_t(m_columns.value[std::size_t(s)]);
        const std::string_view value = m_fields[vi];
        if (!m_present[vi] || isMissing(value) || value == "null") {
            ++m_summary.missing;
            ++m_missing[std::size_t(s)];
            continue;
        }
        const auto number = parseNumber(value);
        if (!number) {
            quarantine(lineNo, sm.column, u"unparseable-value"_s,
                       IngestText::tr("\"%1\" is not a number").arg(text(value)), line, 1);
            continue;
        }
        if (!quality) {
            quarantine(
                lineNo, sm.column, u"source-flag-bad"_s,
                IngestText::tr("value %1 flagged \"%2\" by the source").arg(formatValue(*number), flag), line,
                1);
            continue;
        }
        // Converted and checked first, the place after: an implausible value is quarantined
        // as such, and never creates a series.
        const int channel = m_channel[std::size_t(s)];
        const auto accepted = m_writer->accept(channel, *number, lineNo, line);
        if (!accepted)
            continue;
        if (const auto series = seriesOf(s, lineNo, line))
            m_writer->stage(channel, *series, t, *accepted, *quality, lineNo);
    }
}

void FileReader::readRows()
{
    const auto nSeries = qint64(m_mapping.series.size());
    QElapsedTimer progressClock;
    progressClock.start();
    while (m_pos < m_size) {
        const std::size_t end = m_mapping.format == FileFormat::Csv ? recordEnd(m_data, m_size, m_pos) : [&] {
            const void* nl = std::memchr(m_data + m_pos, '\n', m_size - m_pos);
            return nl ? std::size_t(static_cast<const char*>(nl) - m_data) : m_size;
        }();
        const std::int64_t lineNo = ++m_lineNo;
        std::string_view line(m_data + m_pos, end - m_pos);
        m_pos = end < m_size ? end + 1 : m_size;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (trimmed(line).empty())
            continue; // blank lines are not rows
        ++m_summary.rows;
        m_summary.observations += nSeries;
        if (qsizetype(line.size()) > m_options.maxLineBytes) {
            quarantine(
                lineNo, QString(), u"line-too-long"_s,
                IngestText::tr("%1 bytes; the limit is %2").arg(line.size()).arg(m_options.maxLineBytes),
                line, nSeries);
            continue;
        }
        if (!splitRecord(lineNo, line))
            continue;
        const auto t = readTime(lineNo, line);
        if (!t)
            continue;
        readValues(lineNo, line, *t);
        // A batch is handed over after a row that gave values, never after one rejected
        // whole: the line ranges reported as committed stay those of the rows written.
        if (!m_writer->flushIfFull(lineNo))
            break;
        if (m_options.onProgress && (m_summary.rows & 0x3FFF) == 0 && progressClock.elapsed() >= 200) {
            progressClock.restart();
            m_options.onProgress(
                {qint64(m_pos), qint64(m_size), m_summary.rows, double(m_clock.nsecsElapsed()) / 1e9});
        }
    }
}

// Closes the run with the summary as far as reading knows it; the writer adds the
// archive's counts.
Result<IngestSummary> FileReader::finish()
{
    for (qsizetype s = 0; s < m_mapping.series.size(); ++s) {
        if (m_missing[std::size_t(s)] > 0)
            m_summary.missingByColumn[m_mapping.series.at(s).column] += m_missing[std::size_t(s)];
    }
    m_summary.unknownPlaces = QStringList(m_unknownPlaces.begin(), m_unknownPlaces.end());
    m_summary.unknownPlaces.sort();
    auto totals = m_writer->finish(m_lineNo, [this](const store::WriterCounts& counts) {
        m_summary.accepted = counts.accepted;
        m_summary.duplicates = counts.duplicates;
        m_summary.quarantined = counts.quarantined;
        m_summary.reasons = counts.reasons;
        m_summary.conversions = counts.conversions;
        m_summary.seconds = double(m_clock.nsecsElapsed()) / 1e9;
        return QJsonDocument::fromJson(m_summary.toJson().toUtf8()).object();
    });
    if (!totals)
        return totals.error();
    m_summary.run = m_writer->runId();
    m_summary.digest = m_writer->digest();
    m_summary.inserted = qint64(totals->inserted);
    m_summary.unchanged = qint64(totals->unchanged);
    m_summary.replaced = qint64(totals->replaced);
    m_summary.kept = qint64(totals->kept);
    m_summary.batches = m_writer->batches();
    m_summary.seconds = double(m_clock.nsecsElapsed()) / 1e9;
    if (m_options.onProgress)
        m_options.onProgress({qint64(m_size), qint64(m_size), m_summary.rows, m_summary.seconds});
    return m_summary;
}

Result<IngestSummary> FileReader::run(const store::ArchiveLocation& location)
{
    if (auto r = open(); !r)
        return r.error();
    if (auto r = readHeader(); !r)
        return r.error();
    startWriter(location);
    readRows();
    return finish();
}

} // namespace

QString IngestSummary::toJson() const
{
    QJsonObject o;
    o[u"file"_s] = file;
    o[u"digest"_s] = digest;
    o[u"run"_s] = qint64(run);
    o[u"rows"_s] = rows;
    o[u"observations"_s] = observations;
    o[u"accepted"_s] = accepted;
    o[u"inserted"_s] = inserted;
    o[u"unchanged"_s] = unchanged;
    o[u"replaced"_s] = replaced;
    o[u"kept"_s] = kept;
    o[u"duplicates"_s] = duplicates;
    o[u"quarantined"_s] = quarantined;
    o[u"missing"_s] = missing;
    o[u"ambiguousTimes"_s] = ambiguousTimes;
    o[u"batches"_s] = batches;
    o[u"seconds"_s] = seconds;
    o[u"rowsPerSecond"_s] = seconds > 0 ? double(rows) / seconds : 0.0;
    QJsonObject reasonsObject;
    for (auto it = reasons.begin(); it != reasons.end(); ++it)
        reasonsObject[it.key()] = it.value();
    o[u"reasons"_s] = reasonsObject;
    QJsonObject conv;
    for (auto it = conversions.begin(); it != conversions.end(); ++it)
        conv[it.key()] = it.value();
    o[u"conversions"_s] = conv;
    QJsonObject miss;
    for (auto it = missingByColumn.begin(); it != missingByColumn.end(); ++it)
        miss[it.key()] = it.value();
    o[u"missingByColumn"_s] = miss;
    o[u"unknownPlaces"_s] = QJsonArray::fromStringList(unknownPlaces);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString quarantineReasonName(const QString& code)
{
    static const std::pair<const char16_t*, const char*> names[] = {
        {u"unparseable-time", QT_TRANSLATE_NOOP("cityops::feeds::files::FileIngest", "time not understood")},
        {u"nonexistent-local-time",
         QT_TRANSLATE_NOOP("cityops::feeds::files::FileIngest", "local time that does not exist")},
        {u"ambiguous-local-time",
         QT_TRANSLATE_NOOP("cityops::feeds::files::FileIngest", "local time that happened twice")},
        {u"future-time", QT_TRANSLATE_NOOP("cityops::feeds::files::FileIngest", "time in the future")},
        {u"unparseable-value", QT_TRANSLATE_NOOP("cityops::feeds::files::FileIngest", "value not a number")},
        {u"out-of-range",
         QT_TRANSLATE_NOOP("cityops::feeds::files::FileIngest", "outside the plausible range")},
        {u"source-flag-bad",
         QT_TRANSLATE_NOOP("cityops::feeds::files::FileIngest", "flagged bad by the source")},
        {u"conflicting-duplicate",
         QT_TRANSLATE_NOOP("cityops::feeds::files::FileIngest", "disagreeing duplicates")},
        {u"wrong-column-count",
         QT_TRANSLATE_NOOP("cityops::feeds::files::FileIngest", "wrong number of columns")},
        {u"malformed-csv", QT_TRANSLATE_NOOP("cityops::feeds::files::FileIngest", "malformed CSV")},
        {u"malformed-json", QT_TRANSLATE_NOOP("cityops::feeds::files::FileIngest", "malformed JSON")},
        {u"missing-place", QT_TRANSLATE_NOOP("cityops::feeds::files::FileIngest", "no place named")},
        {u"line-too-long", QT_TRANSLATE_NOOP("cityops::feeds::files::FileIngest", "line too long")},
    };
    for (const auto& [key, name] : names) {
        if (code == QStringView(key))
            return IngestText::tr(name);
    }
    return code;
}

Result<IngestSummary> ingestFile(const QString& path, const Mapping& mapping, const Catalog& catalog,
                                 const store::ArchiveLocation& location, const IngestOptions& options)
{
    return FileReader(path, mapping, catalog, options).run(location);
}

} // namespace cityops::feeds::files
