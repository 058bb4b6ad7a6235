#pragma once

// Runs the demo city into its own archive for a console: the last days first (so that
// charts have history), then every new reading as the clock advances. The archive is the
// demo's own (it claims the "demo" purpose, so a live archive is refused). Works on its own
// thread with its own connection; reports progress through a queued signal.

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/sim/scenario.h"
#include "core/store/archive.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace cityops {
class Catalog;
}

namespace cityops::sim {

class DemoRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        store::ArchiveLocation archive; // the demo's own archive
        std::uint64_t seed = 1;
        int backfillDays = 7;
        int intervalMs = 5000;            // how often new readings are written
        std::optional<Scenario> scenario; // played from scenarioStart (a trainer's exercise)
        std::int64_t scenarioStart = 0;
        // Called on the runner's thread after each write with the archive and the instant
        // written up to: the archive's evaluator (the process that writes evaluates). An error
        // is reported through failed() and the runner goes on.
        std::function<Result<void>(store::Archive&, std::int64_t)> afterWrite = {};
    };

    DemoRunner(const Catalog& catalog, const Clock& clock, Options options, QObject* parent = nullptr);
    ~DemoRunner() override;

    void start();

    // <AppDataLocation>/demo/archive.sqlite: never the live archive's path.
    static QString defaultArchivePath();

signals:
    // After each write: how many series, how many readings so far, the latest reading's time.
    void progress(qint64 series, qint64 readings, qint64 latestMs);
    void failed(const QString& message);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace cityops::sim
