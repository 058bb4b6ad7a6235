#include "core/store/historysource.h"

namespace cityops::store {

ArchiveHistory::ArchiveHistory(ArchiveLocation location)
    : m_location(std::move(location))
{}

ArchiveHistory::~ArchiveHistory() = default;

Result<std::vector<Point>> ArchiveHistory::history(const SeriesKey& key, std::int64_t from, std::int64_t to)
{
    if (!m_archive) {
        auto opened = Archive::open(m_location, false);
        if (!opened)
            return opened.error();
        m_archive = std::move(*opened);
    }
    auto info = m_archive->findSeries(key);
    if (!info) {
        m_archive.reset(); // reconnect on the next request
        return info.error();
    }
    if (!*info)
        return std::vector<Point>();
    return m_archive->points((*info)->id, from, to);
}

} // namespace cityops::store
