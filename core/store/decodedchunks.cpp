#include "core/store/decodedchunks.h"

namespace cityops::store {

std::shared_ptr<const DecodedChunk> DecodedChunks::find(std::uint64_t serial)
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_index.constFind(serial);
    if (it == m_index.cend())
        return nullptr;
    m_recent.splice(m_recent.begin(), m_recent, *it);
    return m_recent.front().chunk;
}

void DecodedChunks::insert(std::uint64_t serial, std::shared_ptr<const DecodedChunk> chunk)
{
    const std::size_t size = chunk->bytes();
    if (size > m_capacity)
        return;
    const std::lock_guard lock(m_mutex);
    if (m_index.contains(serial)) // decoded by another reader meanwhile
        return;
    m_recent.push_front({serial, std::move(chunk)});
    m_index.insert(serial, m_recent.begin());
    m_bytes += size;
    while (m_bytes > m_capacity) {
        m_bytes -= m_recent.back().chunk->bytes();
        m_index.remove(m_recent.back().serial);
        m_recent.pop_back();
    }
}

void DecodedChunks::clear()
{
    const std::lock_guard lock(m_mutex);
    m_recent.clear();
    m_index.clear();
    m_bytes = 0;
}

std::size_t DecodedChunks::bytes() const
{
    const std::lock_guard lock(m_mutex);
    return m_bytes;
}

} // namespace cityops::store
