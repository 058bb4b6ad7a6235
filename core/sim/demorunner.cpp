#include "core/sim/demorunner.h"

#include "core/catalog/catalog.h"
#include "core/common/workerthread.h"
#include "core/sim/democity.h"

#include <QStandardPaths>
#include <QTimer>

#include <atomic>

using namespace Qt::StringLiterals;

namespace cityops::sim {

struct DemoRunner::Impl
{
    Impl(const Catalog& c, const Clock& k, Options o)
        : catalog(c)
        , clock(k)
        , options(std::move(o))
    {}
    const Catalog& catalog;
    const Clock& clock;
    Options options;
    std::unique_ptr<WorkerThread> thread; // started by start()
};

DemoRunner::DemoRunner(const Catalog& catalog, const Clock& clock, Options options, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(catalog, clock, std::move(options)))
{}

DemoRunner::~DemoRunner() = default; // the thread stops and is waited for

QString DemoRunner::defaultArchivePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = u"/tmp/cityops"_s;
    return dir + u"/demo/archive.sqlite"_s;
}

void DemoRunner::start()
{
    // Everything below runs on the demo thread: the archive connection is created there.
    d->thread = std::make_unique<WorkerThread>(u"demo-city"_s);
    QObject* worker = d->thread->context();

    struct State
    {
        std::unique_ptr<store::Archive> archive;
        std::unique_ptr<DemoCity> city;
        std::vector<store::SeriesId> ids;
        std::int64_t writtenUntil = 0;
        qint64 readings = 0;
        std::function<Result<void>(store::Archive&, std::int64_t)> afterWrite;
    };
    auto state = std::make_shared<State>();
    state->afterWrite = d->options.afterWrite;
    const Options options = d->options;
    const Catalog* catalog = &d->catalog;
    const Clock* clock = &d->clock;

    auto writeUntil = [this, state](std::int64_t to, std::int64_t from = -1, std::int64_t minPeriodMs = 0) {
        store::ArchiveBatch batch;
        std::int64_t latest = 0;
        state->city->generate(
            from >= 0 ? from : state->writtenUntil, to,
            [&](std::size_t s, const std::vector<store::Point>& pts) {
                const auto& series = state->city->series()[s];
                for (const store::Point& p : pts) {
                    if (!series.indicator->plausible.contains(p.v))
                        continue; // a sensor's garbage: the console's feeds would quarantine it
                    batch.series.push_back(state->ids[s]);
                    batch.points.push_back(p);
                    latest = std::max(latest, p.t);
                }
            },
            minPeriodMs);
        if (from < 0)
            state->writtenUntil = to;
        if (batch.points.empty())
            return;
        auto written = state->archive->write(batch);
        if (!written) {
            emit failed(written.error().toString());
            return;
        }
        state->readings += qint64(batch.points.size());
        if (state->afterWrite) {
            if (auto done = state->afterWrite(*state->archive, to - 1); !done)
                emit failed(done.error().toString());
        }
        emit progress(qint64(state->ids.size()), state->readings, latest);
    };

    d->thread->post([this, worker, state, options, catalog, clock, writeUntil] {
        auto archive = store::Archive::open(options.archive);
        if (!archive) {
            emit failed(archive.error().toString());
            return;
        }
        if (auto claimed = (*archive)->claimPurpose(u"demo"_s); !claimed) {
            emit failed(claimed.error().message + u" ("_s + claimed.error().detail + u')');
            return;
        }
        state->archive = std::move(*archive);
        state->city = std::make_unique<DemoCity>(*catalog, options.seed);
        if (options.scenario)
            state->city->addScenario(*options.scenario, options.scenarioStart);
        for (const auto& series : state->city->series()) {
            auto id = state->archive->ensureSeries(series.key, series.indicator->unit);
            if (!id) {
                emit failed(id.error().toString());
                return;
            }
            state->ids.push_back(*id);
        }
        const std::int64_t now = clock->nowMs();
        // History first, a day per transaction.
        constexpr std::int64_t kDay = 86'400'000;
        state->writtenUntil = now - std::int64_t(options.backfillDays) * kDay;
        // Two years of the daily and slower series before that: KPIs need their history.
        writeUntil(state->writtenUntil, state->writtenUntil - 730 * kDay, kDay);
        for (std::int64_t t = state->writtenUntil + kDay; t < now; t += kDay)
            writeUntil(t);
        writeUntil(now + 1);
        // Then the present, as it happens.
        auto* timer = new QTimer(worker);
        timer->setInterval(options.intervalMs);
        connect(timer, &QTimer::timeout, worker, [clock, writeUntil] { writeUntil(clock->nowMs() + 1); });
        timer->start();
    });
}

} // namespace cityops::sim
