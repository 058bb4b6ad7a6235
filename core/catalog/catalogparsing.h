#pragma once

// The pieces CatalogLoader is built from, shared by its three source files:
// catalogfields.cpp (reading a file and the keys of its objects), catalogreaders.cpp (one
// reader per catalog file) and catalogreferences.cpp (the checks across files).
// Private to core/catalog: the namespace keeps these short names out of cityops.

#include "core/catalog/catalog.h"
#include "core/catalog/catalogloader.h"
#include "core/catalog/statservices.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace cityops::catalogparsing {

inline const QString kUnitsFile = QStringLiteral("units.json");
inline const QString kGroupsFile = QStringLiteral("groups.json");
inline const QString kIndicatorsFile = QStringLiteral("indicators.json");
inline const QString kAreasFile = QStringLiteral("areas.json");
inline const QString kStationsFile = QStringLiteral("stations.json");
inline const QString kServicesFile = QStringLiteral("services.json");
inline const QString kRulesFile = QStringLiteral("rules.json");
inline const QString kCalendarFile = QStringLiteral("calendar.json");

QString quoted(const QString& text);
// `key` escaped as one JSON Pointer token (RFC 6901: "~" → "~0", "/" → "~1").
QString pointerToken(const QString& key);
// A number as problems show it: up to 12 significant digits.
QString number(double value);

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
    ~Fields();

    const QString& path() const { return m_path; }
    QString pathOf(const QString& key) const { return m_path + QStringLiteral("/") + pointerToken(key); }
    void report(const QString& key, const QString& reason)
    {
        m_context.report(key.isEmpty() ? m_path : pathOf(key), reason);
    }
    // Reports at "<path>/<key>/<index>": an element of an array-valued key.
    void reportItem(const QString& key, qsizetype index, const QString& reason)
    {
        m_context.report(pathOf(key) + QStringLiteral("/") + QString::number(index), reason);
    }
    bool has(const QString& key) const { return m_object.contains(key); }

    QString string(const QString& key, Need need);
    // The value as it is (a key that may be of several types), marked as read.
    QJsonValue value(const QString& key, Need need) { return take(key, need); }
    std::optional<double> number(const QString& key, Need need);
    std::optional<int> integer(const QString& key, Need need, int minimum, int maximum);
    bool boolean(const QString& key, bool fallback);
    std::optional<QJsonArray> array(const QString& key, Need need);
    std::optional<QJsonObject> object(const QString& key, Need need);
    // One of `allowed`, or empty after reporting.
    QString choice(const QString& key, Need need, const QStringList& allowed);
    // A stable identifier: lower-case ASCII letters, digits, '.', '_' and '-'.
    QString id(const QString& key = QStringLiteral("id"));
    LocalizedText names(const QString& prefix, Need need);
    // A date "YYYY-MM-DD"; null when absent or invalid (invalid is reported).
    QDate date(const QString& key, Need need);

private:
    QJsonValue take(const QString& key, Need need);

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
    void add(const QString& id, const QString& path);

private:
    FileContext& m_context;
    QHash<QString, QString> m_firstPath;
};

// Reads a whole file as a JSON object, or reports why it cannot.
std::optional<QJsonObject> readJsonObject(FileContext& context, const QString& filePath);

// The top level of every catalog file: {"schemaVersion": 1, "<list>": [...], ...}.
// Returns the requested lists (empty when invalid) after checking the version.
QList<QJsonArray> readTopLevel(FileContext& context, const QJsonObject& root, const QStringList& listKeys);

// Calls `read(fields, path)` for each element of `array` that is an object.
template <typename ReadElement>
void forEachObject(FileContext& context, const QJsonArray& array, const QString& listPath, ReadElement read)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = listPath + QStringLiteral("/") + QString::number(i);
        if (!array.at(i).isObject()) {
            context.report(path, CatalogLoader::tr("each element must be an object"));
            continue;
        }
        Fields fields(context, array.at(i).toObject(), path);
        read(fields, path);
    }
}

std::optional<ValueRange> readRange(Fields& parent, const QString& key, const QString& lowKey,
                                    const QString& highKey, Need need, FileContext& context);
QString outsideRange(double value, const ValueRange& plausible);
void checkPlausible(Fields& fields, const QString& key, double value, const ValueRange& plausible,
                    bool havePlausible);

// ---- one reader per file (catalogreaders.cpp) --------------------------------------------

void readUnits(FileContext& context, const QJsonObject& root, Catalog& catalog);
void readGroups(FileContext& context, const QJsonObject& root, Catalog& catalog);
void readIndicators(FileContext& context, const QJsonObject& root, Catalog& catalog);
void readAreas(FileContext& context, const QJsonObject& root, Catalog& catalog);
void readStations(FileContext& context, const QJsonObject& root, Catalog& catalog);
// services.json: the statistics services, each checked against its kind (statservicereader.cpp).
void readStatServices(FileContext& context, const QJsonObject& root, QList<StatService>& into);
// rules.json: the early-warning rules, each checked against its kind (warningrulereader.cpp).
void readCalendar(FileContext& context, const QJsonObject& root, Catalog& catalog);
void readWarningRules(FileContext& context, const QJsonObject& root, QList<WarningRule>& into);

// Shared by the services' and the rules' readers (statservicereader.cpp): one parameter of
// its declared type; "places" as a scope ("all", "city", "areas", "stations") or a list of ids.
void readParameter(Fields& params, const StatParameter& spec);
void readPlaces(Fields& f, QString& scope, QStringList& named);
// Why a place scope does not fit the indicator's dimension, or empty.
QString scopeMisfit(const QString& scope, const Indicator& indicator);

// ---- references between files (catalogreferences.cpp) -------------------------------------

// Checks references between files. A reference into a file that could not be read is
// not checked: "unknown group" for each of 86 indicators would bury the one real
// problem (groups.json is broken) under noise.
void checkReferences(const Catalog& catalog, const QString& directory, const QSet<QString>& unreadable,
                     QList<CatalogProblem>& problems);
// The statistics services against the groups, indicators and places they name.
void checkStatServices(const Catalog& catalog, const QString& directory, const QSet<QString>& unreadable,
                       QList<CatalogProblem>& problems);
// The warning rules against the groups, indicators and places they name.
void checkWarningRules(const Catalog& catalog, const QString& directory, const QSet<QString>& unreadable,
                       QList<CatalogProblem>& problems);

} // namespace cityops::catalogparsing
