#pragma once

// Gorilla compression (Pelkonen et al., "Gorilla: A Fast, Scalable, In-Memory Time
// Series Database", VLDB 2015): delta-of-delta timestamps and XOR-compressed doubles.
// Used for sealed chunks of the in-memory store.

#include "core/store/observation.h"

#include <cstdint>
#include <span>
#include <vector>

namespace cityops::store::gorilla {

// Encodes times (strictly increasing, UTC ms) and values into a bit stream.
std::vector<std::uint8_t> encode(std::span<const std::int64_t> times, std::span<const double> values);

// Decodes `count` points written by encode() into times/values (resized to count).
void decode(const std::uint8_t* data, std::size_t size, std::size_t count, std::int64_t* times,
            double* values);

} // namespace cityops::store::gorilla
