#include "core/sim/scenario.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cityops::sim {

namespace {

struct ScenarioText
{
    Q_DECLARE_TR_FUNCTIONS(cityops::sim::Scenario)
};

std::optional<std::int64_t> parseOffset(const QString& text)
{
    static const QRegularExpression re(u"^\\+(\\d+(?:\\.\\d+)?)(min|h|d)$"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double n = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    const double ms = unit == u"min"_s ? 60'000.0 : unit == u"h"_s ? 3'600'000.0 : 86'400'000.0;
    return std::int64_t(std::llround(n * ms));
}

LocalizedText localized(const QJsonValue& v)
{
    const QJsonObject o = v.toObject();
    return {o.value(u"vi"_s).toString(), o.value(u"en"_s).toString()};
}

QStringList placesOf(const QJsonValue& v)
{
    QStringList out;
    if (v.isString() && v.toString() == u"all"_s)
        return out;
    for (const QJsonValue& p : v.toArray())
        out << p.toString();
    return out;
}

} // namespace

std::optional<double> ScenarioEvent::valueAt(std::int64_t offset) const
{
    if (offset < atMs || offset >= untilMs || profile.empty())
        return std::nullopt;
    if (profile.size() == 1)
        return profile.front();
    const double x = double(offset - atMs) / double(untilMs - atMs) * double(profile.size() - 1);
    const auto i = std::min(profile.size() - 2, std::size_t(x));
    const double f = x - double(i);
    return profile[i] * (1 - f) + profile[i + 1] * f;
}

QStringList Scenario::builtIn()
{
    QStringList names;
    for (const QString& f : QDir(u":/scenarios"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        names << QFileInfo(f).completeBaseName();
    return names;
}

Result<Scenario> Scenario::load(const QString& nameOrPath)
{
    const QString path =
        QFileInfo::exists(nameOrPath) ? nameOrPath : u":/scenarios/%1.json"_s.arg(nameOrPath);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound,
                     ScenarioText::tr("No such scenario (built in: %1)").arg(builtIn().join(u", "_s)),
                     nameOrPath};
    return parse(file.readAll(), QFileInfo(path).fileName());
}

Result<Scenario> Scenario::parse(const QByteArray& json, const QString& name)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error{ErrorCode::Parse, ScenarioText::tr("The scenario is not a JSON object"),
                     name + u": "_s + error.errorString()};
    const QJsonObject root = doc.object();
    QStringList problems;
    auto problem = [&](const QString& pointer, const QString& reason) {
        problems << u"%1: %2: %3"_s.arg(name, pointer, reason);
    };
    if (root.value(u"schemaVersion"_s).toInt() != 1)
        problem(u"/schemaVersion"_s, ScenarioText::tr("must be 1"));
    Scenario s;
    s.id = root.value(u"id"_s).toString();
    if (s.id.isEmpty())
        problem(u"/id"_s, ScenarioText::tr("required"));
    s.name = localized(root.value(u"name"_s));
    s.description = localized(root.value(u"description"_s));
    if (s.name.vi.isEmpty() || s.name.en.isEmpty())
        problem(u"/name"_s, ScenarioText::tr("needs vi and en"));
    const double hours = root.value(u"durationHours"_s).toDouble();
    if (!(hours > 0 && hours <= 24 * 31))
        problem(u"/durationHours"_s, ScenarioText::tr("must be more than 0 and at most 744"));
    s.durationMs = std::int64_t(hours * 3'600'000);

    static const QHash<QString, ScenarioEvent::Kind> kinds = {
        {u"rain"_s, ScenarioEvent::Kind::Rain},
        {u"wind"_s, ScenarioEvent::Kind::Wind},
        {u"traffic-incident"_s, ScenarioEvent::Kind::TrafficIncident},
        {u"pm25-episode"_s, ScenarioEvent::Kind::Pm25Episode},
        {u"backlog"_s, ScenarioEvent::Kind::Backlog},
        {u"vms-outage"_s, ScenarioEvent::Kind::VmsOutage},
    };
    const QJsonArray events = root.value(u"events"_s).toArray();
    if (events.isEmpty())
        problem(u"/events"_s, ScenarioText::tr("required: at least one event"));
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString pointer = u"/events/%1"_s.arg(i);
        const QJsonObject e = events.at(i).toObject();
        ScenarioEvent ev;
        const auto kind = kinds.constFind(e.value(u"kind"_s).toString());
        if (kind == kinds.cend())
            problem(
                pointer + u"/kind"_s,
                ScenarioText::tr("unknown kind (known: %1)").arg(QStringList(kinds.keys()).join(u", "_s)));
        else
            ev.kind = *kind;
        const auto at = parseOffset(e.value(u"at"_s).toString());
        const auto until = parseOffset(e.value(u"until"_s).toString());
        if (!at || !until || *until <= *at)
            problem(pointer, ScenarioText::tr("needs \"at\" and a later \"until\", as +90min, +6h or +2d"));
        else if (*until > s.durationMs)
            problem(pointer + u"/until"_s, ScenarioText::tr("ends after the scenario"));
        ev.atMs = at.value_or(0);
        ev.untilMs = until.value_or(0);
        ev.places = placesOf(e.value(u"places"_s));
        if (e.contains(u"value"_s))
            ev.profile = {e.value(u"value"_s).toDouble()};
        for (const QJsonValue& v : e.value(u"profile"_s).toArray())
            ev.profile.push_back(v.toDouble());
        if (ev.profile.empty())
            problem(pointer, ScenarioText::tr("needs \"value\" or \"profile\""));
        // Rain, wind and outages are amounts (0 or more); the other kinds multiply (more than 0).
        const bool factor =
            ev.kind == ScenarioEvent::Kind::Backlog || ev.kind == ScenarioEvent::Kind::Pm25Episode;
        for (const double v : ev.profile) {
            if (!std::isfinite(v) || v < 0 || (factor && v <= 0)) {
                problem(pointer, factor ? ScenarioText::tr("a factor must be more than 0")
                                        : ScenarioText::tr("a value must be 0 or more"));
                break;
            }
        }
        ev.note = localized(e.value(u"note"_s));
        s.events.push_back(ev);
    }
    const QJsonArray key = root.value(u"key"_s).toArray();
    if (key.isEmpty())
        problem(u"/key"_s, ScenarioText::tr("required: what a trainee should see, where and by when"));
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QString pointer = u"/key/%1"_s.arg(i);
        const QJsonObject k = key.at(i).toObject();
        ScenarioKeyItem item;
        item.indicator = k.value(u"indicator"_s).toString();
        item.places = placesOf(k.value(u"places"_s));
        if (k.contains(u"above"_s))
            item.above = k.value(u"above"_s).toDouble();
        if (k.contains(u"below"_s))
            item.below = k.value(u"below"_s).toDouble();
        const auto by = parseOffset(k.value(u"by"_s).toString());
        if (item.indicator.isEmpty() || (!item.above && !item.below) || !by)
            problem(pointer, ScenarioText::tr("needs indicator, above or below, and by"));
        item.byMs = by.value_or(0);
        item.alarm = k.value(u"alarm"_s).toString();
        item.note = localized(k.value(u"note"_s));
        s.key.push_back(item);
    }
    if (!problems.isEmpty())
        return Error{ErrorCode::Validation, ScenarioText::tr("The scenario is not valid"),
                     problems.join(u'\n')};
    return s;
}

} // namespace cityops::sim
