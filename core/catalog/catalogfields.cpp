// Reading catalog files: a file as one JSON object, its top level, and the typed keys of
// its objects, each problem reported with the JSON pointer it was found at.
#include "core/catalog/catalogparsing.h"
#include "core/common/timeutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cityops::catalogparsing {

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

Fields::~Fields()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_seen.contains(it.key()))
            m_context.report(pathOf(it.key()), CatalogLoader::tr("unknown key %1").arg(quoted(it.key())));
    }
}

QString Fields::string(const QString& key, Need need)
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

std::optional<double> Fields::number(const QString& key, Need need)
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

std::optional<int> Fields::integer(const QString& key, Need need, int minimum, int maximum)
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
                        .arg(catalogparsing::number(v)));
        return std::nullopt;
    }
    return static_cast<int>(v);
}

bool Fields::boolean(const QString& key, bool fallback)
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

std::optional<QJsonArray> Fields::array(const QString& key, Need need)
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

std::optional<QJsonObject> Fields::object(const QString& key, Need need)
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

QString Fields::choice(const QString& key, Need need, const QStringList& allowed)
{
    const QString value = string(key, need);
    if (!value.isEmpty() && !allowed.contains(value)) {
        report(key, CatalogLoader::tr("%1 must be one of %2, not %3")
                        .arg(quoted(key), allowed.join(u", "_s), quoted(value)));
        return {};
    }
    return value;
}

QString Fields::id(const QString& key)
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

LocalizedText Fields::names(const QString& prefix, Need need)
{
    return {string(prefix + u"Vi"_s, need), string(prefix + u"En"_s, need)};
}

QDate Fields::date(const QString& key, Need need)
{
    const QString text = string(key, need);
    if (text.isEmpty())
        return {};
    const auto parsed = parseDate(text);
    if (!parsed) {
        report(
            key,
            CatalogLoader::tr("%1 is not a date of the form YYYY-MM-DD: %2").arg(quoted(key), quoted(text)));
        return {};
    }
    return *parsed;
}

QJsonValue Fields::take(const QString& key, Need need)
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

void UniqueIds::add(const QString& id, const QString& path)
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

} // namespace cityops::catalogparsing
