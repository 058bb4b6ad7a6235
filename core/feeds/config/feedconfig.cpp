#include "core/feeds/config/feedconfig.h"

#include "core/catalog/unitconversion.h"
#include "core/common/civiltime.h"
#include "core/common/jsonproblems.h"
#include "core/feeds/config/folderconfig.h"
#include "core/feeds/http/sensorthingsfetch.h"
#include "core/geo/geojson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cityops::feeds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::FeedConfig)
};

const QStringList kPlaceholdersAlways = {u"entity"_s, u"type"_s, u"attribute"_s};

// The {names} a template uses.
QStringList placeholders(const QString& templ)
{
    static const QRegularExpression named(u"\\{([A-Za-z_][A-Za-z0-9_]*)\\}"_s);
    QStringList out;
    for (auto it = named.globalMatch(templ); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

class RuleReader
{
public:
    RuleReader(JsonProblems& problems, const Catalog& catalog)
        : m_problems(problems)
        , m_catalog(catalog)
    {}

    std::optional<MapRule> read(const QJsonValue& value, const QString& pointer, FeedProtocol protocol);

private:
    std::optional<QRegularExpression> pattern(const QJsonObject& o, const QString& key,
                                              const QString& pointer);
    void attributes(const QJsonObject& o, MapRule& rule);
    void place(const QJsonObject& o, MapRule& rule);
    void checkTemplate(const QString& templ, const QString& pointer);
    void checkIndicator(const QString& indicator, const QString& unit, const QString& pointer);

    JsonProblems& m_problems;
    const Catalog& m_catalog;
    QStringList m_names; // placeholders the rule's patterns offer
};

std::optional<QRegularExpression> RuleReader::pattern(const QJsonObject& o, const QString& key,
                                                      const QString& pointer)
{
    const QString text = m_problems.string(o, key, pointer, false);
    if (text.isEmpty())
        return std::nullopt;
    QRegularExpression re(text);
    if (!re.isValid()) {
        m_problems.add(pointer + u'/' + key, Text::tr("not a valid regular expression: %1 at %2")
                                                 .arg(re.errorString())
                                                 .arg(re.patternErrorOffset()));
        return std::nullopt;
    }
    for (const QString& name : re.namedCaptureGroups())
        if (!name.isEmpty())
            m_names << name;
    return re;
}

void RuleReader::checkTemplate(const QString& templ, const QString& pointer)
{
    for (const QString& name : placeholders(templ)) {
        if (!m_names.contains(name) && !kPlaceholdersAlways.contains(name))
            m_problems.add(pointer,
                           Text::tr("{%1} is not a named group of the rule's id or attribute pattern "
                                    "(nor entity, type or attribute)")
                               .arg(name));
    }
}

// A fixed indicator must be in the catalog, and the unit given for it convertible to its own.
void RuleReader::checkIndicator(const QString& indicator, const QString& unit, const QString& pointer)
{
    if (indicator.isEmpty())
        return;
    if (indicator.contains(u'{')) {
        checkTemplate(indicator, pointer);
        return;
    }
    const Indicator* known = m_catalog.indicator(indicator);
    if (!known) {
        m_problems.add(pointer, Text::tr("unknown indicator \"%1\"").arg(indicator));
        return;
    }
    if (!unit.isEmpty() && !findUnitConversion(unit, known->unit))
        m_problems.add(
            pointer,
            Text::tr("no conversion from %1 to %2, the unit of %3").arg(unit, known->unit, indicator));
}

void RuleReader::attributes(const QJsonObject& o, MapRule& rule)
{
    const QString pointer = rule.pointer + u"/attributes"_s;
    const QJsonObject map = o.value(u"attributes"_s).toObject();
    if (!o.value(u"attributes"_s).isObject() || map.isEmpty()) {
        m_problems.add(pointer, Text::tr("must be an object: attribute → indicator"));
        return;
    }
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString at = pointer + u'/' + it.key();
        AttributeMap a{it.key(), {}, {}};
        if (it->isString()) {
            a.indicator = it->toString();
        } else if (it->isObject()) {
            const QJsonObject spec = it->toObject();
            m_problems.unknownKeys(spec, at, {u"indicator"_s, u"unit"_s});
            a.indicator = m_problems.string(spec, u"indicator"_s, at, true);
            a.unit = m_problems.string(spec, u"unit"_s, at, false);
        } else {
            m_problems.add(at, Text::tr("must be an indicator id or {\"indicator\", \"unit\"}"));
            continue;
        }
        checkIndicator(a.indicator, a.unit, it->isString() ? at : at + u"/indicator"_s);
        rule.attributes << a;
    }
}

void RuleReader::place(const QJsonObject& o, MapRule& rule)
{
    const QString pointer = rule.pointer + u"/place"_s;
    const QJsonValue v = o.value(u"place"_s);
    if (v.isString() && !v.toString().isEmpty()) {
        rule.place = v.toString();
        checkTemplate(rule.place, pointer);
        return;
    }
    const QJsonObject spec = v.toObject();
    if (v.isObject() && spec.size() == 1 && spec.value(u"areaContaining"_s).isObject()) {
        const QString at = pointer + u"/areaContaining"_s;
        const QJsonObject containing = spec.value(u"areaContaining"_s).toObject();
        m_problems.unknownKeys(containing, at, {u"level"_s});
        AreaContaining a{m_problems.string(containing, u"level"_s, at, false)};
        const bool known = std::any_of(m_catalog.areas.cbegin(), m_catalog.areas.cend(),
                                       [&](const Area& area) { return area.level == a.level; });
        if (!a.level.isEmpty() && !known)
            m_problems.add(at + u"/level"_s, Text::tr("no catalog area is of level \"%1\"").arg(a.level));
        rule.containing = a;
        return;
    }
    const QJsonObject nearest = spec.value(u"nearestStation"_s).toObject();
    if (!v.isObject() || spec.size() != 1 || !spec.value(u"nearestStation"_s).isObject()) {
        m_problems.add(pointer, Text::tr("required: a template such as \"{station}\", "
                                         "{\"nearestStation\": {\"withinMeters\": 500}} or "
                                         "{\"areaContaining\": {\"level\": \"district\"}}"));
        return;
    }
    const QString at = pointer + u"/nearestStation"_s;
    m_problems.unknownKeys(nearest, at, {u"withinMeters"_s, u"kind"_s});
    NearestStation n{nearest.value(u"withinMeters"_s).toDouble(-1),
                     m_problems.string(nearest, u"kind"_s, at, false)};
    if (!(n.withinMeters > 0 && n.withinMeters <= 50'000))
        m_problems.add(at + u"/withinMeters"_s, Text::tr("required: a distance from 1 to 50,000 metres"));
    if (!n.kind.isEmpty() && !m_catalog.stationKind(n.kind))
        m_problems.add(at + u"/kind"_s, Text::tr("unknown station kind \"%1\"").arg(n.kind));
    rule.nearest = n;
}

std::optional<MapRule> RuleReader::read(const QJsonValue& value, const QString& pointer,
                                        FeedProtocol protocol)
{
    if (!value.isObject()) {
        m_problems.add(pointer, Text::tr("must be an object"));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    m_problems.unknownKeys(o, pointer,
                           {u"type"_s, u"id"_s, u"attribute"_s, u"indicator"_s, u"unit"_s, u"attributes"_s,
                            u"place"_s, u"kind"_s, u"note"_s});
    MapRule rule;
    rule.pointer = pointer;
    m_names.clear();
    if (protocol == FeedProtocol::SensorThings)
        m_names << u"thing"_s; // the Datastream's Thing
    rule.type = m_problems.string(o, u"type"_s, pointer, false);
    rule.id = pattern(o, u"id"_s, pointer);
    rule.attribute = pattern(o, u"attribute"_s, pointer);
    if (o.contains(u"attributes"_s) == o.contains(u"indicator"_s)) {
        m_problems.add(pointer,
                       Text::tr("needs either \"attributes\" (attribute → indicator) or \"indicator\""));
    } else if (o.contains(u"attributes"_s)) {
        if (o.contains(u"attribute"_s) || o.contains(u"unit"_s))
            m_problems.add(
                pointer,
                Text::tr("\"attribute\" and \"unit\" go with \"indicator\", not with \"attributes\""));
        attributes(o, rule);
    } else {
        rule.indicator = m_problems.string(o, u"indicator"_s, pointer, true);
        rule.unit = m_problems.string(o, u"unit"_s, pointer, false);
        checkIndicator(rule.indicator, rule.unit, pointer + u"/indicator"_s);
    }
    if (protocol == FeedProtocol::SensorThings && !rule.type.isEmpty() && rule.type != u"Datastream"_s)
        m_problems.add(pointer + u"/type"_s, Text::tr("a SensorThings feed's items are of type Datastream"));
    place(o, rule);
    rule.kind = m_problems.string(o, u"kind"_s, pointer, false);
    if (protocol == FeedProtocol::Mqtt && (rule.nearest || rule.containing))
        m_problems.add(pointer + u"/place"_s,
                       Text::tr("an MQTT message has no location: its place is a template (from the topic)"));
    return rule;
}

const QStringList kFeedKeys = {u"id"_s,
                               u"name"_s,
                               u"protocol"_s,
                               u"url"_s,
                               u"service"_s,
                               u"servicePath"_s,
                               u"type"_s,
                               u"purpose"_s,
                               u"zone"_s,
                               u"pollSeconds"_s,
                               u"timeoutSeconds"_s,
                               u"pageSize"_s,
                               u"maxMegabytes"_s,
                               u"duplicates"_s,
                               u"numericText"_s,
                               u"map"_s,
                               u"note"_s,
                               u"incremental"_s,
                               u"lookbackSeconds"_s,
                               u"catchUpPages"_s,
                               u"catchUpHours"_s,
                               u"keepsHours"_s,
                               u"caFile"_s,
                               u"credential"_s,
                               u"context"_s,
                               u"topics"_s,
                               u"payload"_s,
                               u"timeField"_s,
                               u"username"_s,
                               u"path"_s,
                               u"mapping"_s,
                               u"files"_s,
                               u"boundaries"_s};

void readProtocol(const QJsonObject& o, JsonProblems& problems, FeedConfig& f)
{
    const QString protocol = problems.string(o, u"protocol"_s, f.pointer, true);
    if (protocol == u"ngsi-v2"_s)
        f.protocol = FeedProtocol::NgsiV2;
    else if (protocol == u"sensorthings"_s)
        f.protocol = FeedProtocol::SensorThings;
    else if (protocol == u"ngsi-ld"_s)
        f.protocol = FeedProtocol::NgsiLd;
    else if (protocol == u"mqtt"_s)
        f.protocol = FeedProtocol::Mqtt;
    else if (protocol == u"folder"_s)
        f.protocol = FeedProtocol::Folder;
    else if (!protocol.isEmpty())
        problems.add(
            f.pointer + u"/protocol"_s,
            Text::tr("must be ngsi-v2, ngsi-ld, sensorthings, mqtt or folder, not \"%1\"").arg(protocol));
    if (f.protocol == FeedProtocol::Folder)
        return; // (a path, not a URL: readFolder)
    const QString url = problems.string(o, u"url"_s, f.pointer, true);
    f.url = QUrl(url);
    const bool mqtt = f.protocol == FeedProtocol::Mqtt;
    const QStringList schemes =
        mqtt ? QStringList{u"mqtt"_s, u"mqtts"_s} : QStringList{u"http"_s, u"https"_s};
    if (!url.isEmpty() && (!f.url.isValid() || !schemes.contains(f.url.scheme()) || f.url.host().isEmpty()))
        problems.add(f.pointer + u"/url"_s, mqtt ? Text::tr("not an mqtt:// or mqtts:// URL: %1").arg(url)
                                                 : Text::tr("not an http(s) URL: %1").arg(url));
    if (mqtt && !f.url.path().isEmpty() && f.url.path() != u"/"_s)
        problems.add(f.pointer + u"/url"_s, Text::tr("an MQTT broker's URL has no path: the topics say "
                                                     "what is read (\"topics\")"));
    if (!f.url.userInfo().isEmpty())
        problems.add(f.pointer + u"/url"_s,
                     Text::tr("holds a user name or password: credentials never go in the feeds file"));
    f.service = problems.string(o, u"service"_s, f.pointer, false);
    f.servicePath = problems.string(o, u"servicePath"_s, f.pointer, false);
    f.type = problems.string(o, u"type"_s, f.pointer, false);
    if (!f.servicePath.isEmpty() && !f.servicePath.startsWith(u'/'))
        problems.add(f.pointer + u"/servicePath"_s, Text::tr("must start with /"));
    if (f.protocol == FeedProtocol::SensorThings || f.protocol == FeedProtocol::Mqtt) {
        for (const QString& key : {u"service"_s, u"servicePath"_s, u"type"_s}) {
            if (o.contains(key) && (key != u"type"_s || f.protocol == FeedProtocol::SensorThings))
                problems.add(f.pointer + u'/' + key, Text::tr("only for NGSI feeds"));
        }
    }
    if (f.protocol == FeedProtocol::NgsiLd && o.contains(u"servicePath"_s))
        problems.add(f.pointer + u"/servicePath"_s,
                     Text::tr("NGSI-LD has no service path: a tenant is its \"service\""));
    f.context = problems.string(o, u"context"_s, f.pointer, false);
    if (!f.context.isEmpty() && f.protocol != FeedProtocol::NgsiLd)
        problems.add(f.pointer + u"/context"_s, Text::tr("only for ngsi-ld feeds"));
    else if (const QUrl context(f.context);
             !f.context.isEmpty() &&
             (!context.isValid() || context.scheme().isEmpty() || context.host().isEmpty()))
        problems.add(f.pointer + u"/context"_s, Text::tr("not a URL: %1").arg(f.context));
}

// A topic filter as MQTT has them: '+' a whole level, '#' the whole last level.
bool validTopicFilter(const QString& filter)
{
    const QStringList levels = filter.split(u'/');
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QString& level = levels.at(i);
        if ((level.contains(u'+') && level != u"+"_s) || (level.contains(u'#') && level != u"#"_s) ||
            (level == u"#"_s && i + 1 != levels.size()))
            return false;
    }
    return !filter.isEmpty() && filter.toUtf8().size() < 65'536;
}

// What an MQTT feed subscribes to and how its messages read; the keys only it has.
void readMqtt(const QJsonObject& o, JsonProblems& problems, FeedConfig& f)
{
    const QStringList own = {u"topics"_s, u"payload"_s, u"timeField"_s, u"username"_s};
    if (f.protocol != FeedProtocol::Mqtt) {
        for (const QString& key : own) {
            if (o.contains(key))
                problems.add(f.pointer + u'/' + key, Text::tr("only for mqtt feeds"));
        }
        return;
    }
    for (const QString& key : {u"incremental"_s, u"context"_s, u"pageSize"_s}) {
        if (o.contains(key))
            problems.add(f.pointer + u'/' + key,
                         Text::tr("not for mqtt feeds: the broker sends each message as it comes"));
    }
    const QJsonValue topics = o.value(u"topics"_s);
    for (const QJsonValue& t : topics.toArray()) {
        if (t.isString() && validTopicFilter(t.toString()))
            f.topics << t.toString();
        else
            problems.add(f.pointer + u"/topics"_s,
                         Text::tr("%1 is not a topic filter (levels separated by /, + a whole level, # "
                                  "the whole last one)")
                             .arg(t.isString() ? u'"' + t.toString() + u'"' : Text::tr("a non-text")));
    }
    if (!topics.isArray() || topics.toArray().isEmpty())
        problems.add(f.pointer + u"/topics"_s, Text::tr("required: a non-empty array of topic filters"));
    const QString payload = o.value(u"payload"_s).toString(u"json"_s);
    if (payload == u"ultralight"_s)
        f.payload = MqttPayload::UltraLight;
    else if (payload != u"json"_s)
        problems.add(f.pointer + u"/payload"_s, Text::tr("must be json or ultralight"));
    if (o.contains(u"timeField"_s))
        f.timeField = problems.string(o, u"timeField"_s, f.pointer, true);
    f.username = problems.string(o, u"username"_s, f.pointer, false);
}

void readIncremental(const QJsonObject& o, JsonProblems& problems, FeedConfig& f)
{
    f.lookbackSeconds = problems.integer(o, u"lookbackSeconds"_s, f.pointer, 0, 7 * 86'400, 3600);
    f.catchUpPages = problems.integer(o, u"catchUpPages"_s, f.pointer, 1, 10'000, 20);
    f.keepsHours = problems.integer(o, u"keepsHours"_s, f.pointer, 1, 100 * 365 * 24, 0);
    f.catchUpHours = problems.integer(o, u"catchUpHours"_s, f.pointer, 1, 366 * 24, 24);
    if (o.contains(u"catchUpPages"_s) && f.protocol != FeedProtocol::SensorThings)
        problems.add(f.pointer + u"/catchUpPages"_s,
                     Text::tr("only for sensorthings feeds (read incrementally from the service root)"));
    if (o.contains(u"catchUpHours"_s) && f.protocol != FeedProtocol::NgsiLd)
        problems.add(f.pointer + u"/catchUpHours"_s,
                     Text::tr("only for ngsi-ld feeds (the temporal API, read in steps of so many hours)"));
    if (o.contains(u"keepsHours"_s) && f.protocol != FeedProtocol::SensorThings &&
        f.protocol != FeedProtocol::NgsiLd)
        problems.add(f.pointer + u"/keepsHours"_s,
                     Text::tr("only for sensorthings and ngsi-ld feeds (read incrementally)"));
    if (!o.contains(u"incremental"_s) || f.protocol == FeedProtocol::Mqtt ||
        f.protocol == FeedProtocol::Folder)
        return;
    f.incremental = problems.string(o, u"incremental"_s, f.pointer, false);
    const QString at = f.pointer + u"/incremental"_s;
    if (f.protocol == FeedProtocol::NgsiV2 && f.incremental != u"dateObserved"_s &&
        f.incremental != u"dateModified"_s)
        problems.add(at, Text::tr("an NGSI-v2 feed polls incrementally by dateObserved or dateModified"));
    if (f.protocol == FeedProtocol::NgsiLd && f.incremental != u"observedAt"_s)
        problems.add(at, Text::tr("an NGSI-LD feed polls incrementally by observedAt (the temporal API)"));
    if (f.protocol == FeedProtocol::SensorThings && f.incremental != u"phenomenonTime"_s)
        problems.add(at, Text::tr("a SensorThings feed polls incrementally by phenomenonTime"));
    if (f.protocol == FeedProtocol::SensorThings && f.url.isValid() && !isSensorThingsRoot(f.url))
        problems.add(at, Text::tr("only from the service root (…/v1.1): a collection URL is read as given"));
}

// The private CA: a PEM file (relative to the feeds file) with at least one certificate.
void readCa(const QJsonObject& o, JsonProblems& problems, FeedConfig& f, const QString& configPath)
{
    const QString given = problems.string(o, u"caFile"_s, f.pointer, false);
    if (given.isEmpty())
        return;
    f.caFile = QDir(QFileInfo(configPath).absolutePath()).absoluteFilePath(given);
    QFile file(f.caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.add(f.pointer + u"/caFile"_s,
                     Text::tr("cannot read %1: %2").arg(f.caFile, file.errorString()));
        return;
    }
    f.caPem = file.read(1 << 20);
    if (QSslCertificate::fromData(f.caPem, QSsl::Pem).isEmpty())
        problems.add(f.pointer + u"/caFile"_s, Text::tr("%1 holds no PEM certificate").arg(f.caFile));
}

// Where the feed's secret is: a keychain entry, an environment variable, a file (relative to
// the feeds file); sent only over https, or to this machine.
void readCredential(const QJsonObject& o, JsonProblems& problems, FeedConfig& f, const QString& configPath)
{
    if (!o.contains(u"credential"_s))
        return;
    const QString at = f.pointer + u"/credential"_s;
    const QJsonObject c = o.value(u"credential"_s).toObject();
    problems.unknownKeys(c, at, {u"header"_s, u"prefix"_s, u"keychain"_s, u"env"_s, u"file"_s});
    Credential& cred = f.credential;
    const bool mqtt = f.protocol == FeedProtocol::Mqtt;
    for (const QString& key : {u"header"_s, u"prefix"_s}) {
        if (mqtt && c.contains(key))
            problems.add(at + u'/' + key, Text::tr("an MQTT feed's credential is the password of its "
                                                   "\"username\": no header"));
    }
    if (mqtt && f.username.isEmpty())
        problems.add(at, Text::tr("an MQTT password goes with a \"username\""));
    if (c.contains(u"header"_s))
        cred.header = problems.string(c, u"header"_s, at, false);
    static const QRegularExpression token(u"^[A-Za-z0-9-]+$"_s);
    if (!token.match(cred.header).hasMatch())
        problems.add(at + u"/header"_s, Text::tr("must be an HTTP header name"));
    cred.prefix = c.value(u"prefix"_s).toString();
    cred.keychain = problems.string(c, u"keychain"_s, at, false);
    cred.env = problems.string(c, u"env"_s, at, false);
    if (const QString file = problems.string(c, u"file"_s, at, false); !file.isEmpty())
        cred.file = QDir(QFileInfo(configPath).absolutePath()).absoluteFilePath(file);
    if (!cred.isSet())
        problems.add(at, Text::tr("names no keychain entry, environment variable or file"));
    const QString host = f.url.host();
    if ((f.url.scheme() == u"http"_s || f.url.scheme() == u"mqtt"_s) && host != u"127.0.0.1"_s &&
        host != u"localhost"_s && host != u"::1"_s)
        problems.add(at, Text::tr("a credential is sent only over TLS (https, mqtts) or to this machine"));
}

void readSettings(const QJsonObject& o, JsonProblems& problems, FeedConfig& f)
{
    f.name = problems.string(o, u"name"_s, f.pointer, false);
    f.purpose = o.value(u"purpose"_s).toString(u"live"_s);
    if (f.purpose != u"live"_s && f.purpose != u"demo"_s)
        problems.add(f.pointer + u"/purpose"_s, Text::tr("must be live or demo"));
    if (o.contains(u"zone"_s)) {
        const QString zone = problems.string(o, u"zone"_s, f.pointer, false);
        f.zone = timeZoneNamed(zone);
        if (!f.zone.isValid())
            problems.add(
                f.pointer + u"/zone"_s,
                Text::tr("unknown time zone \"%1\" (an IANA name such as Asia/Ho_Chi_Minh, UTC, or +07:00)")
                    .arg(zone));
    }
    f.pollSeconds = problems.integer(o, u"pollSeconds"_s, f.pointer, 5, 86'400, 60);
    f.timeoutSeconds = problems.integer(o, u"timeoutSeconds"_s, f.pointer, 1, 600, 30);
    f.pageSize = problems.integer(o, u"pageSize"_s, f.pointer, 1, 1000, 1000);
    f.maxMegabytes = problems.integer(o, u"maxMegabytes"_s, f.pointer, 1, 4096, 64);
    const QString dup = o.value(u"duplicates"_s).toString(u"last"_s);
    if (const auto policy = store::duplicatePolicyNamed(dup))
        f.duplicates = *policy;
    else
        problems.add(f.pointer + u"/duplicates"_s, Text::tr("must be first, last, mean or reject"));
    readIncremental(o, problems, f);
    const QJsonValue numeric = o.value(u"numericText"_s);
    for (const QJsonValue& v : numeric.toArray()) {
        if (v.isString())
            f.numericText.insert(v.toString());
        else
            problems.add(f.pointer + u"/numericText"_s, Text::tr("must be an array of attribute names"));
    }
    if (!numeric.isUndefined() && !numeric.isArray())
        problems.add(f.pointer + u"/numericText"_s, Text::tr("must be an array of attribute names"));
}

// Areas by their shapes: a GeoJSON file (relative to the feeds file) whose features' `property`
// names catalog areas (by id or GSO code).
void readBoundaries(const QJsonObject& o, JsonProblems& problems, FeedConfig& f, const QString& configPath,
                    const Catalog& catalog)
{
    if (!o.contains(u"boundaries"_s))
        return;
    const QString at = f.pointer + u"/boundaries"_s;
    const QJsonObject spec = o.value(u"boundaries"_s).toObject();
    if (!o.value(u"boundaries"_s).isObject()) {
        problems.add(at, Text::tr("must be {\"file\": \"….geojson\", \"property\": \"gso_code\"}"));
        return;
    }
    problems.unknownKeys(spec, at, {u"file"_s, u"property"_s});
    const QString file = problems.string(spec, u"file"_s, at, true);
    Boundaries b{QDir(QFileInfo(configPath).absolutePath()).absoluteFilePath(file),
                 problems.string(spec, u"property"_s, at, true),
                 {}};
    if (file.isEmpty() || b.property.isEmpty())
        return;
    auto layer = geo::Layer::load(b.file);
    if (!layer) {
        problems.add(at + u"/file"_s, layer.error().toString());
        return;
    }
    if (layer->features.isEmpty())
        problems.add(at + u"/file"_s,
                     Text::tr("%1 has no areas (Polygon or MultiPolygon features)").arg(b.file));
    for (qsizetype i = 0; i < layer->features.size(); ++i) {
        const QString value = layer->features[i].property(b.property);
        const bool known = std::any_of(catalog.areas.cbegin(), catalog.areas.cend(), [&](const Area& a) {
            return !value.isEmpty() && (a.id == value || a.gsoCode == value);
        });
        if (!known)
            problems.add(at + u"/property"_s,
                         Text::tr("feature %1 of %2: %3 \"%4\" is no catalog area's id or GSO code")
                             .arg(i)
                             .arg(QFileInfo(b.file).fileName(), b.property, value));
    }
    b.layer = std::make_shared<const geo::Layer>(std::move(*layer));
    f.boundaries = std::move(b);
}

std::optional<FeedConfig> readFeed(const QJsonValue& value, const QString& pointer, JsonProblems& problems,
                                   const Catalog& catalog, const QString& configPath)
{
    if (!value.isObject()) {
        problems.add(pointer, Text::tr("must be an object"));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    problems.unknownKeys(o, pointer, kFeedKeys);
    FeedConfig f;
    f.pointer = pointer;
    f.id = problems.string(o, u"id"_s, pointer, true);
    static const QRegularExpression idForm(u"^[a-z0-9][a-z0-9-]*$"_s);
    if (!f.id.isEmpty() && !idForm.match(f.id).hasMatch())
        problems.add(pointer + u"/id"_s, Text::tr("must be lower-case letters, digits and hyphens"));
    readProtocol(o, problems, f);
    readMqtt(o, problems, f);
    readSettings(o, problems, f);
    if (f.protocol == FeedProtocol::Folder) { // (its mapping file maps what it reads)
        readFolder(o, problems, f, configPath, catalog);
        return f;
    }
    readCa(o, problems, f, configPath);
    readCredential(o, problems, f, configPath);
    const QJsonArray map = o.value(u"map"_s).toArray();
    if (map.isEmpty())
        problems.add(pointer + u"/map"_s, Text::tr("required: a non-empty array of rules"));
    RuleReader rules(problems, catalog);
    for (qsizetype i = 0; i < map.size(); ++i) {
        if (auto rule = rules.read(map.at(i), pointer + u"/map/"_s + QString::number(i), f.protocol))
            f.map << *rule;
    }
    readBoundaries(o, problems, f, configPath, catalog);
    for (const MapRule& rule : f.map) {
        if (rule.containing && !o.contains(u"boundaries"_s))
            problems.add(rule.pointer + u"/place"_s,
                         Text::tr("places by the area containing the item: the feed needs \"boundaries\""));
    }
    return f;
}

} // namespace

QString feedProtocolName(FeedProtocol protocol)
{
    switch (protocol) {
    case FeedProtocol::NgsiV2:
        return u"ngsi-v2"_s;
    case FeedProtocol::NgsiLd:
        return u"ngsi-ld"_s;
    case FeedProtocol::Mqtt:
        return u"mqtt"_s;
    case FeedProtocol::Folder:
        return u"folder"_s;
    case FeedProtocol::SensorThings:
        break;
    }
    return u"sensorthings"_s;
}

const FeedConfig* FeedsConfig::feed(const QString& id) const
{
    for (const FeedConfig& f : feeds) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

Result<FeedsConfig> FeedsConfig::parse(const QByteArray& json, const QString& name, const Catalog& catalog)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    JsonProblems problems(name);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        problems.add(QString(),
                     error.error != QJsonParseError::NoError
                         ? Text::tr("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset)
                         : Text::tr("must be an object with \"feeds\""));
        return Error{ErrorCode::Validation, Text::tr("The feeds file is not valid"), problems.text()};
    }
    const QJsonObject root = doc.object();
    problems.unknownKeys(root, QString(), {u"feeds"_s, u"note"_s});
    FeedsConfig config;
    config.name = name;
    config.sourceText = json;
    const QJsonArray feeds = root.value(u"feeds"_s).toArray();
    if (feeds.isEmpty())
        problems.add(u"/feeds"_s, Text::tr("required: a non-empty array of feeds"));
    for (qsizetype i = 0; i < feeds.size(); ++i) {
        const QString pointer = u"/feeds/"_s + QString::number(i);
        auto feed = readFeed(feeds.at(i), pointer, problems, catalog, name);
        if (!feed)
            continue;
        if (!feed->id.isEmpty() && config.feed(feed->id))
            problems.add(pointer + u"/id"_s, Text::tr("\"%1\" names an earlier feed too").arg(feed->id));
        config.feeds << *feed;
    }
    if (!problems.empty())
        return Error{ErrorCode::Validation, Text::tr("The feeds file is not valid"), problems.text()};
    return config;
}

Result<FeedsConfig> FeedsConfig::load(const QString& path, const Catalog& catalog)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, Text::tr("Cannot read the feeds file"),
                     path + u": "_s + file.errorString()};
    return parse(file.readAll(), path, catalog);
}

} // namespace cityops::feeds
