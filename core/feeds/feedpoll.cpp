#include "core/feeds/feedpoll.h"

#include "core/catalog/unitconversion.h"
#include "core/common/timeutil.h"
#include "core/feeds/files/dropfolder.h"
#include "core/feeds/http/httpget.h"
#include "core/feeds/http/ngsildfetch.h"
#include "core/feeds/http/ngsiv2fetch.h"
#include "core/feeds/http/sensorthingsfetch.h"
#include "core/store/observationwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <limits>

using namespace Qt::StringLiterals;

namespace cityops::feeds {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::feeds::FeedPoll)
};

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A line number for a quarantine entry that is the same every time the same item is polled:
// the archive keeps one entry per (digest, line, column).
std::int64_t itemKey(const QString& entity, const QString& attribute, std::int64_t t, const QString& reason)
{
    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    hash.addData((entity + u'\n' + attribute + u'\n' + QString::number(t) + u'\n' + reason).toUtf8());
    const QByteArray d = hash.result();
    std::int64_t key = 0;
    for (int i = 0; i < 6; ++i)
        key = (key << 8) | std::uint8_t(d[i]);
    return key + 1;
}

// The feed's items into the writer: channels per (indicator, unit sent), series per
// (indicator, place), created as items need them.
class FeedWriter
{
public:
    FeedWriter(const FeedConfig& feed, const Catalog& catalog, store::ObservationWriter& writer,
               const PollOptions& options)
        : m_mapper(feed, catalog)
        , m_feed(feed)
        , m_catalog(catalog)
        , m_writer(writer)
        , m_options(options)
    {}

    void observation(const FeedObservation& o, std::int64_t index, FeedPollSummary& summary);
    void rejection(const FeedRejection& r, FeedPollSummary& summary);

private:
    void quarantine(const FeedObservation& o, const QString& reason, const QString& detail)
    {
        m_writer.quarantine(itemKey(o.entity, o.attribute, o.time, reason), o.attribute, reason, detail,
                            compact(probeLine(o, nullptr)).toStdString(), 1);
    }
    int channelOf(const FeedMapping& m);
    int seriesOf(const FeedMapping& m, const FeedObservation& o, FeedPollSummary& summary);

    // Where an item goes: its mapping, the writer's channel (indicator and unit) and series.
    struct Target
    {
        FeedMapping mapping;
        int channel = -1;
        int series = -1; // made as its first value is accepted
    };
    // The target of an item, or none when it is not mapped or quarantined (both counted).
    Target* targetOf(const FeedObservation& o, FeedPollSummary& summary);
    // The last item's target, when its rule places it by a template: the same entity, type,
    // attribute, unit and Thing go the same way, and a back-fill (the temporal API, a
    // Datastream's Observations) sends an attribute's instances together.
    struct
    {
        bool valid = false;
        QString entity, type, attribute, unit, thing;
        Target target;
    } m_last;
    Target m_fresh; // the target of an item placed by its location (not kept)
    void noteStation(const FeedMapping& m, const FeedObservation& o, FeedPollSummary& summary) const;

    FeedMapper m_mapper;
    const FeedConfig& m_feed;
    const Catalog& m_catalog;
    store::ObservationWriter& m_writer;
    const PollOptions& m_options;
    QHash<QString, int> m_channels;
    QHash<QString, int> m_series;
};

int FeedWriter::channelOf(const FeedMapping& m)
{
    const QString key = m.indicator->id + u'\n' + m.unit;
    if (const auto it = m_channels.constFind(key); it != m_channels.cend())
        return *it;
    const UnitConversion conversion = *findUnitConversion(m.unit, m.indicator->unit);
    const int channel = m_writer.addChannel(
        {m.indicator->id, m.indicator->id, m.unit, m.indicator->unit, conversion, m.indicator->plausible});
    m_channels.insert(key, channel);
    return channel;
}

// A place that is neither a catalog station nor an area: a sensor the catalog does not list,
// described as the feed gives it (its first item of the poll that has a location says where).
void FeedWriter::noteStation(const FeedMapping& m, const FeedObservation& o, FeedPollSummary& summary) const
{
    if (m_catalog.station(m.place) || m_catalog.area(m.place))
        return;
    const auto it = summary.stations.constFind(m.place);
    if (it != summary.stations.cend() && (it->location || !o.location))
        return;
    store::FeedStation s{m.place, o.name.isEmpty() ? o.entity : o.name,
                         m.rule && !m.rule->kind.isEmpty() ? m.rule->kind : o.type, m_feed.id};
    s.location = o.location;
    if (o.location) {
        if (const Area* area = m_mapper.areaAt(*o.location, o.time))
            s.area = area->id;
    }
    summary.stations.insert(m.place, s);
}

int FeedWriter::seriesOf(const FeedMapping& m, const FeedObservation& o, FeedPollSummary& summary)
{
    const QString key = m.series();
    if (const auto it = m_series.constFind(key); it != m_series.cend())
        return *it;
    summary.series.insert(key);
    noteStation(m, o, summary);
    const int series = m_writer.addSeries({m.indicator->id, m.place}, m.indicator->unit);
    m_series.insert(key, series);
    return series;
}

FeedWriter::Target* FeedWriter::targetOf(const FeedObservation& o, FeedPollSummary& summary)
{
    if (m_last.valid && o.attribute == m_last.attribute && o.entity == m_last.entity &&
        o.type == m_last.type && o.unitCode == m_last.unit && o.thing == m_last.thing)
        return &m_last.target;
    FeedMapping m = m_mapper.map(o);
    if (m.kind == FeedMapping::Kind::Unmapped) {
        ++summary.unmapped;
        return nullptr;
    }
    if (m.kind == FeedMapping::Kind::Quarantined) {
        quarantine(o, m.reason, m.detail);
        return nullptr;
    }
    const int channel = channelOf(m);
    if (m.rule && (m.rule->nearest || m.rule->containing)) { // (by its location and day)
        m_fresh = {std::move(m), channel, -1};
        return &m_fresh;
    }
    m_last.valid = true;
    m_last.entity = o.entity;
    m_last.type = o.type;
    m_last.attribute = o.attribute;
    m_last.unit = o.unitCode;
    m_last.thing = o.thing;
    m_last.target = {std::move(m), channel, -1};
    return &m_last.target;
}

void FeedWriter::observation(const FeedObservation& o, std::int64_t index, FeedPollSummary& summary)
{
    Target* target = targetOf(o, summary);
    if (!target)
        return;
    if (m_options.nowMs > 0 && o.time > m_options.nowMs + m_options.futureToleranceMs) {
        quarantine(o, u"future-time"_s, Text::tr("%1 is in the future").arg(toIsoUtc(o.time)));
        return;
    }
    std::string raw; // made only for a value quarantined
    const auto named = [&] {
        raw = compact(probeLine(o, &target->mapping)).toStdString();
        return std::pair(itemKey(o.entity, o.attribute, o.time, u"out-of-range"_s), std::string_view(raw));
    };
    if (const auto v = m_writer.acceptNamed(target->channel, o.value, named)) {
        if (target->series < 0)
            target->series = seriesOf(target->mapping, o, summary);
        m_writer.stage(target->channel, target->series, o.time, *v, store::Quality::Good, index);
    }
}

void FeedWriter::rejection(const FeedRejection& r, FeedPollSummary& summary)
{
    if (!m_mapper.maps(r.entity, r.type, r.attribute)) { // what no rule takes is not missed
        ++summary.unmapped;
        return;
    }
    const QJsonObject raw{{u"entity"_s, r.entity}, {u"type"_s, r.type}, {u"attribute"_s, r.attribute}};
    m_writer.quarantine(itemKey(r.entity, r.attribute, 0, r.reason), r.attribute, u"unreadable-item"_s,
                        r.reason, compact(raw).toStdString(), 1);
}

} // namespace

QJsonObject FeedPollSummary::toJson() const
{
    return {{u"feed"_s, feed},
            {u"fetched"_s, fetched},
            {u"accepted"_s, accepted},
            {u"quarantined"_s, quarantined},
            {u"errors"_s, QJsonArray::fromStringList(errors)}};
}

void FeedPollSummary::add(const FeedPollSummary& later)
{
    fetched += later.fetched;
    accepted += later.accepted;
    quarantined += later.quarantined;
    unmapped += later.unmapped;
    duplicates += later.duplicates;
    inserted += later.inserted;
    seconds += later.seconds;
    errors << later.errors;
    series.unite(later.series);
    for (auto it = later.reasons.begin(); it != later.reasons.end(); ++it)
        reasons[it.key()] += *it;
    for (const store::FeedStation& s : later.stations) {
        if (const auto it = stations.constFind(s.id); it == stations.cend() || s.location)
            stations.insert(s.id, s);
    }
}

QJsonObject probeLine(const FeedObservation& o, const FeedMapping* mapping)
{
    const bool mapped = mapping && mapping->kind == FeedMapping::Kind::Mapped;
    return {{u"entity"_s, o.entity},
            {u"type"_s, o.type},
            {u"attribute"_s, o.attribute},
            {u"series"_s, mapped ? QJsonValue(mapping->series()) : QJsonValue()},
            {u"time"_s, toIsoUtc(o.time)},
            {u"value"_s, o.value},
            {u"unit"_s, o.unitCode.isEmpty() ? QJsonValue() : QJsonValue(o.unitCode)}};
}

bool isDemoCityBroker(const FeedConfig& feed)
{
    if (feed.protocol != FeedProtocol::NgsiV2)
        return false;
    QUrl url = feed.url;
    QString path = url.path();
    if (path.endsWith(u"/v2/entities"_s))
        path.chop(12);
    url.setPath((path.endsWith(u'/') ? path.chopped(1) : path) + u"/version"_s);
    url.setQuery(QString());
    QNetworkAccessManager manager;
    const auto answer = httpGet(manager, {url, {}, std::min(feed.timeoutSeconds, 5) * 1000, 1 << 20});
    return answer && answer->status == 200 && answer->body.contains("CityOps demo city");
}

namespace {

// How far back a SensorThings server that keeps `keepsHours` can be read, asked at the first
// poll and after a failed one (an outage): ten minutes inside it, as its edge moves on.
Result<std::optional<std::int64_t>> oldestKept(const FeedConfig& feed, const SensorThingsQuery& query,
                                               const FeedState* state)
{
    if (feed.keepsHours <= 0 || !state || !state->checkKept)
        return std::optional<std::int64_t>();
    auto newest = sensorThingsNewest(query, feed.zone);
    if (!newest)
        return newest.error();
    if (!*newest)
        return std::optional<std::int64_t>();
    return std::optional(**newest - std::int64_t(feed.keepsHours) * 3'600'000 + 600'000);
}

// Observations from the service root (or the collection the URL names); incremental: at
// most catchUpPages of what is newer than `sinceMs`, oldest first.
Result<FeedFetch> fetchSensorThingsFeed(const FeedConfig& feed, const HttpAccess& access,
                                        const FeedState* state, std::optional<std::int64_t> sinceMs)
{
    SensorThingsQuery query{feed.url, feed.pageSize, std::int64_t(feed.maxMegabytes) << 20,
                            feed.timeoutSeconds * 1000};
    query.access = access;
    if (state && !feed.incremental.isEmpty()) // (a probe reads to the end)
        query.observationPages = feed.catchUpPages;
    if (state && !state->partial) // (catching up, the next step is not the page asked before)
        query.conditional = {state->etag, state->lastModified};
    std::optional<std::pair<std::int64_t, std::int64_t>> lost;
    if (sinceMs) {
        auto oldest = oldestKept(feed, query, state);
        if (!oldest)
            return oldest.error();
        if (*oldest && *sinceMs < **oldest) { // (not asked for further back than it reaches)
            if (*state->newest < **oldest)
                lost = std::pair(*state->newest, **oldest);
            sinceMs = **oldest;
        }
        query.filter = u"phenomenonTime gt "_s + toIsoUtc(*sinceMs);
    }
    auto got = fetchSensorThings(query, feed.zone);
    if (!got)
        return got.error();
    FeedFetch fetched{std::move(got->items), got->pages, got->unchanged, got->validators};
    fetched.more = got->more;
    fetched.lost = lost;
    return fetched;
}

// The entities' latest values; incremental: every instance since the newest time held (less
// the lookback; catching up, from where the last step ended) from the temporal API, so that an
// outage leaves no gap: at most catchUpHours a poll, and not from further back than the broker
// keeps (keepsHours back from now: what it no longer has is reported lost). "Now" is the
// broker's: its clock as its answers' Date says, asked first at the first poll and after a
// failed one when it keeps only keepsHours (a broker whose clock is off would otherwise be
// asked for what it no longer has, or its last hours lost).
Result<FeedFetch> fetchNgsiLdFeed(const FeedConfig& feed, const HttpAccess& access, const FeedState* state)
{
    NgsiLdQuery query{feed.url, feed.type, feed.service, feed.context};
    query.pageSize = feed.pageSize;
    query.maxBytes = std::int64_t(feed.maxMegabytes) << 20;
    query.timeoutMs = feed.timeoutSeconds * 1000;
    query.access = access;
    FeedFetch fetched;
    if (state && state->newest && !feed.incremental.isEmpty()) {
        std::optional<std::int64_t> skew = state->clockSkewMs;
        if (feed.keepsHours > 0 && state->checkKept) {
            // (A broker that serves only the temporal API, as Mintaka does, refuses the question:
            // then the clock last known, or this machine's, and the temporal answers' Date after.)
            if (auto asked = ngsiLdClockSkew(query); asked && *asked)
                skew = *asked;
        }
        fetched.clockSkewMs = skew;
        const std::int64_t here = QDateTime::currentMSecsSinceEpoch();
        const std::int64_t now = here + skew.value_or(0); // the broker's
        std::int64_t from = *state->newest - (state->partial ? 0 : std::int64_t(feed.lookbackSeconds) * 1000);
        if (feed.keepsHours > 0) {
            const std::int64_t oldest = now - std::int64_t(feed.keepsHours) * 3'600'000 + 600'000;
            if (*state->newest < oldest)
                fetched.lost = std::pair(*state->newest, oldest);
            from = std::max(from, oldest);
        }
        // (Up to the later of the two clocks: readings stamped right by their sensors are not
        // left behind by a broker whose clock is late.)
        std::int64_t to = std::max(now, here) + 60'000;
        if (const std::int64_t reach =
                std::max(from, *state->newest) + std::int64_t(feed.catchUpHours) * 3'600'000;
            reach < to) {
            to = reach;
            fetched.more = true;
            // (Never past the broker's own now, as a range ends: what it stamps later by its
            // late clock is not skipped by the next step.)
            fetched.readTo = std::min(to, std::max(now + 60'000, from));
        }
        query.between = std::pair(from, to);
    }
    auto got = fetchNgsiLd(query, {feed.zone, feed.numericText});
    if (!got)
        return got.error();
    fetched.items = std::move(got->items);
    fetched.pages = got->pages;
    if (got->clockSkewMs)
        fetched.clockSkewMs = got->clockSkewMs;
    return fetched;
}

} // namespace

Result<FeedFetch> fetchFeed(const FeedConfig& feed, const FeedState* state)
{
    const std::int64_t maxBytes = std::int64_t(feed.maxMegabytes) << 20;
    const int timeoutMs = feed.timeoutSeconds * 1000;
    HttpAccess access{QSslCertificate::fromData(feed.caPem, QSsl::Pem), {}};
    if (feed.credential.isSet()) {
        auto header = credentialHeader(feed.credential);
        if (!header)
            return Error{header.error().code, Text::tr("feed %1: %2").arg(feed.id, header.error().message),
                         header.error().detail};
        access.headers.append(*header);
    }
    if (feed.protocol == FeedProtocol::Mqtt)
        return Error{ErrorCode::InvalidArgument, Text::tr("feed %1 is not polled").arg(feed.id),
                     Text::tr("an MQTT feed's messages come as they are published: it is subscribed to")};
    // An incremental poll: what is newer than this. Catching up (the last poll stopped at
    // catchUpPages), from the newest instant read on, so each step moves on however long
    // the lookback.
    std::optional<std::int64_t> sinceMs;
    if (state && state->newest && !feed.incremental.isEmpty())
        sinceMs = *state->newest - (state->partial ? 1 : std::int64_t(feed.lookbackSeconds) * 1000);
    const QString since = sinceMs ? toIsoUtc(*sinceMs) : QString();
    if (feed.protocol == FeedProtocol::SensorThings)
        return fetchSensorThingsFeed(feed, access, state, sinceMs);
    if (feed.protocol == FeedProtocol::NgsiLd)
        return fetchNgsiLdFeed(feed, access, state);
    NgsiV2Query query{feed.url, feed.type,     feed.service, feed.servicePath,
                      {},       feed.pageSize, maxBytes,     timeoutMs};
    query.access = access;
    if (!since.isEmpty())
        query.q = feed.incremental + u'>' + since;
    if (state)
        query.conditional = {state->etag, state->lastModified};
    auto got = fetchNgsiV2(query, {feed.zone, feed.numericText});
    if (!got)
        return got.error();
    // Validators only for an answer of one page (a 304 for the first page of several would
    // not say the others did not change).
    const bool single = got->pages == 1 || got->unchanged;
    return FeedFetch{std::move(got->items), got->pages, got->unchanged,
                     single ? got->validators : HttpValidators{}};
}

FeedPollSummary ingestFeedItems(const FeedConfig& feed, const FeedFetch& fetched, const Catalog& catalog,
                                const store::ArchiveLocation& archive, const PollOptions& options)
{
    QElapsedTimer clock;
    clock.start();
    FeedPollSummary summary;
    summary.feed = feed.id;
    summary.pages = fetched.pages;
    summary.fetched = qint64(fetched.items.observations.size() + fetched.items.rejected.size());
    store::ObservationWriter::Options o;
    o.archive = archive;
    o.run.source = feed.id + u' ' + shownUrl(feed.url);
    // (What the feed is read through: the feeds file, or at least the feed's id.)
    o.run.mapping = options.configText.isEmpty() ? feed.id : QString::fromUtf8(options.configText);
    o.run.digest = [id = feed.id] {
        return QString(u"feed:"_s + id);
    };
    o.duplicates = feed.duplicates;
    if (options.session && options.session->location().toDisplayString() == archive.toDisplayString())
        o.session = options.session;
    store::ObservationWriter writer(std::move(o));
    FeedWriter into(feed, catalog, writer, options);
    std::int64_t index = 0;
    for (const FeedObservation& obs : fetched.items.observations) {
        into.observation(obs, ++index, summary);
        if (!writer.flushIfFull(index))
            break;
    }
    for (const FeedRejection& r : fetched.items.rejected)
        into.rejection(r, summary);
    auto totals = writer.finish(index, [&](const store::WriterCounts& counts) {
        QJsonObject s = summary.toJson();
        s.insert(u"unmapped"_s, summary.unmapped);
        s.insert(u"accepted"_s, counts.accepted);
        s.insert(u"quarantined"_s, counts.quarantined);
        return s;
    });
    const store::WriterCounts counts = writer.counts();
    summary.accepted = counts.accepted;
    summary.quarantined = counts.quarantined;
    summary.duplicates = counts.duplicates;
    summary.reasons = counts.reasons;
    if (totals)
        summary.inserted = qint64(totals->inserted);
    else
        summary.errors << totals.error().toString();
    summary.seconds = double(clock.nsecsElapsed()) / 1e9;
    return summary;
}

namespace {

// A poll written: the validators and the newest time read carried to the next one.
void moveOn(FeedState& state, const FeedFetch& fetched, const PollOptions& options, FeedPollSummary& summary)
{
    // (The fetch gave validators only for an answer of one page.)
    if (!fetched.unchanged || fetched.validators.isSet()) {
        state.etag = fetched.validators.etag;
        state.lastModified = fetched.validators.lastModified;
    }
    state.checkKept = false;
    if (fetched.clockSkewMs)
        state.clockSkewMs = fetched.clockSkewMs;
    const std::optional<std::int64_t> before = state.newest;
    if (fetched.lost) // (what the server no longer keeps is not asked for again)
        state.newest = std::max(state.newest.value_or(fetched.lost->second), fetched.lost->second);
    // The newest time written moves the next incremental poll on (a future time, which
    // was quarantined, does not).
    const std::int64_t latest = options.nowMs > 0 ? options.nowMs + options.futureToleranceMs
                                                  : std::numeric_limits<std::int64_t>::max();
    for (const FeedObservation& o : fetched.items.observations) {
        if (o.time <= latest && (!state.newest || o.time > *state.newest))
            state.newest = o.time;
    }
    if (fetched.readTo) // (a step of the temporal API: read to its end, however little it held)
        state.newest = std::max(state.newest.value_or(*fetched.readTo), *fetched.readTo);
    // Behind: polled again at once, unless these pages did not move it on (more
    // observations at one instant than catchUpPages hold: the lookback reads them).
    summary.behind = fetched.more && state.newest && state.newest != before;
    state.partial = summary.behind;
}

} // namespace

FeedPollSummary pollFeed(const FeedConfig& feed, const Catalog& catalog,
                         const store::ArchiveLocation& archive, const PollOptions& options, FeedState* state)
{
    QElapsedTimer clock;
    clock.start();
    if (feed.protocol == FeedProtocol::Folder)
        return files::pollDropFolder(feed, catalog, archive, options);
    auto fetched = fetchFeed(feed, state);
    if (!fetched) {
        FeedPollSummary summary;
        summary.feed = feed.id;
        summary.errors << fetched.error().toString();
        summary.retryAfterSeconds = fetched.error().retryAfterSeconds;
        summary.seconds = double(clock.nsecsElapsed()) / 1e9;
        if (state) // (after an outage: how far back the server still reaches, asked first)
            state->checkKept = true;
        return summary;
    }
    // Nothing new (304): no ingest run to write.
    FeedPollSummary summary;
    summary.feed = feed.id;
    summary.pages = fetched->pages;
    if (!fetched->unchanged)
        summary = ingestFeedItems(feed, *fetched, catalog, archive, options);
    summary.seconds = double(clock.nsecsElapsed()) / 1e9;
    if (state && summary.errors.isEmpty())
        moveOn(*state, *fetched, options, summary);
    if (fetched->lost) // (after moveOn: it moved on past them)
        summary.errors << Text::tr("%1 to %2 can no longer be read: the server keeps the last %n hour(s), "
                                   "and what it had in between is lost",
                                   nullptr, feed.keepsHours)
                              .arg(toIsoUtc(fetched->lost->first), toIsoUtc(fetched->lost->second));
    return summary;
}

struct FeedStream::Open
{
    Open(const FeedConfig& feed, const Catalog& catalog, store::ObservationWriter::Options o,
         const PollOptions& options)
        : options(options)
        , writer(std::move(o))
        , into(feed, catalog, writer, this->options)
    {}

    PollOptions options;
    store::ObservationWriter writer;
    FeedWriter into;
    std::int64_t line = 0;
    FeedPollSummary since; // what was added since the last commit
    store::WriterCounts committed;
};

FeedStream::FeedStream(const FeedConfig& feed, const Catalog& catalog, const store::ArchiveLocation& archive,
                       const PollOptions& options, Committed onCommitted)
    : m_feed(feed.id)
{
    store::ObservationWriter::Options o;
    o.onCommitted = std::move(onCommitted);
    o.archive = archive;
    o.run.source = feed.id + u' ' + shownUrl(feed.url);
    o.run.mapping = options.configText.isEmpty() ? feed.id : QString::fromUtf8(options.configText);
    o.run.digest = [id = feed.id] {
        return QString(u"feed:"_s + id);
    };
    o.duplicates = feed.duplicates;
    m_open = std::make_unique<Open>(feed, catalog, std::move(o), options);
    m_open->since.feed = m_feed;
}

FeedStream::~FeedStream() = default;

void FeedStream::add(const FeedItems& items, std::int64_t nowMs)
{
    m_open->options.nowMs = nowMs;
    FeedPollSummary& s = m_open->since;
    s.fetched += qint64(items.observations.size() + items.rejected.size());
    for (const FeedObservation& obs : items.observations)
        m_open->into.observation(obs, ++m_open->line, s);
    for (const FeedRejection& r : items.rejected)
        m_open->into.rejection(r, s);
}

FeedPollSummary FeedStream::commit()
{
    Open& open = *m_open;
    FeedPollSummary s = std::exchange(open.since, FeedPollSummary{});
    open.since.feed = m_feed;
    // While the last transaction is being written, what came waits for the next: one
    // transaction then takes all of it (group commit) instead of a queue of small ones, each
    // with its fsync, growing behind a slow disk.
    const bool ok =
        open.writer.writing() ? open.writer.flushIfFull(open.line) : open.writer.commitStaged(open.line);
    if (!ok)
        s.errors << Text::tr("feed %1: the archive cannot be written").arg(m_feed);
    const store::WriterCounts now = open.writer.counts();
    s.accepted = now.accepted - open.committed.accepted;
    s.quarantined = now.quarantined - open.committed.quarantined;
    s.duplicates = now.duplicates - open.committed.duplicates;
    for (auto it = now.reasons.begin(); it != now.reasons.end(); ++it) {
        if (const qint64 n = *it - open.committed.reasons.value(it.key()); n > 0)
            s.reasons[it.key()] = n;
    }
    open.committed = now;
    return s;
}

Result<void> FeedStream::finish()
{
    FeedPollSummary last = commit();
    auto totals = m_open->writer.finish(m_open->line, [&](const store::WriterCounts& counts) {
        QJsonObject s = last.toJson();
        s.insert(u"accepted"_s, counts.accepted);
        s.insert(u"quarantined"_s, counts.quarantined);
        return s;
    });
    if (!totals)
        return totals.error();
    return {};
}

} // namespace cityops::feeds
