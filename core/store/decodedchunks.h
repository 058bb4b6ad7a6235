#pragma once

// The store's recently decoded sealed chunks, kept so that a statistic run again on the
// same window (the desk's and the wall's services every refresh) does not decompress the
// same points again. A sealed chunk never changes (a rewrite makes a new chunk with a new
// serial), so an entry is never stale: it is only evicted, least recently used first, once
// the cache holds more than its capacity. Safe to call from any thread. Private to core/store.

#include <QHash>

#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <vector>

namespace cityops::store {

struct DecodedChunk
{
    std::vector<std::int64_t> t;
    std::vector<double> v;

    std::size_t bytes() const { return t.size() * (sizeof(std::int64_t) + sizeof(double)) + sizeof(*this); }
};

class DecodedChunks
{
public:
    explicit DecodedChunks(std::size_t capacityBytes)
        : m_capacity(capacityBytes)
    {}

    // The chunk `serial` as decoded before, or null.
    std::shared_ptr<const DecodedChunk> find(std::uint64_t serial);
    void insert(std::uint64_t serial, std::shared_ptr<const DecodedChunk> chunk);
    void clear();
    std::size_t bytes() const;

private:
    struct Entry
    {
        std::uint64_t serial;
        std::shared_ptr<const DecodedChunk> chunk;
    };
    mutable std::mutex m_mutex;
    std::size_t m_capacity;
    std::size_t m_bytes = 0;
    std::list<Entry> m_recent; // most recently used first
    QHash<std::uint64_t, std::list<Entry>::iterator> m_index;
};

} // namespace cityops::store
