#include "core/alerts/liverules.h"

#include "core/alerts/alarmlog.h"
#include "core/alerts/evaluator.h"
#include "core/catalog/catalog.h"
#include "core/store/seriesreader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cityops::alerts {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(cityops::alerts::LiveRules)
};

} // namespace

struct LiveRules::Made
{
    Catalog catalog; // the evaluator's rules point into it
    std::unique_ptr<Evaluator> evaluator;
    Suppression suppression;
};

LiveRules::LiveRules(const Catalog& catalog)
    : m_catalog(catalog)
{}

LiveRules::~LiveRules() = default;

Result<void> LiveRules::remake(store::Archive& archive)
{
    auto version = store::feedStationsVersion(archive);
    if (!version)
        return version.error();
    if (m_made && m_stations == *version)
        return {};
    auto stations = store::feedStations(archive);
    if (!stations)
        return stations.error();
    auto made = std::make_unique<Made>();
    made->catalog = store::withFeedStations(m_catalog, *stations);
    auto evaluator = Evaluator::create(made->catalog);
    if (!evaluator)
        return evaluator.error();
    made->evaluator = std::move(*evaluator);
    made->suppression = suppressionOf(made->catalog);
    m_made = std::move(made);
    m_stations = *version;
    return {};
}

Result<RecordCounts> LiveRules::step(store::Archive& archive, std::int64_t now)
{
    if (auto made = remake(archive); !made)
        return made.error();
    store::ArchiveReader reader(archive);
    AlarmLog log(archive, m_made->suppression);
    return m_made->evaluator->step(reader, log, now);
}

QString recordedWords(const RecordCounts& counts)
{
    if (counts.added == 0 && counts.updated == 0)
        return {};
    return Text::tr("alarms: %n new", nullptr, counts.added) + u", "_s +
           Text::tr("%n brought up to date", nullptr, counts.updated);
}

std::function<Result<QString>(store::Archive&, std::int64_t)> liveRulesStep(const Catalog& catalog)
{
    return [rules = std::make_shared<LiveRules>(catalog)](store::Archive& archive,
                                                          std::int64_t now) -> Result<QString> {
        auto stepped = rules->step(archive, now);
        if (!stepped)
            return stepped.error();
        return recordedWords(*stepped);
    };
}

} // namespace cityops::alerts
