#pragma once

// Gorilla compression (Pelkonen et al., "Gorilla: A Fast, Scalable, In-Memory Time
// Series Database", VLDB 2015): delta-of-delta timestamps and XOR-compressed doubles.
// Used for sealed chunks of the in-memory store.

#include "core/store/observation.h"

#include <cstdint>
#include <span>
#include <vector>

namespace cityops::store::gorilla {

struct Encoded
{
    std::vector<std::uint8_t> bytes;      // the bit stream, padded for 64-bit reads
    std::vector<std::uint32_t> blockBits; // where each block starts, in bits
};

// Encodes times (strictly increasing, UTC ms) and values. Every `blockSize` points a
// block starts that decodes on its own (relative to the first point only), so that a
// reader can decode one block without the ones before it.
Encoded encode(std::span<const std::int64_t> times, std::span<const double> values, std::size_t blockSize);

// Decodes the `count` points of the block starting at `bitOffset` (0 for the first block).
void decodeBlock(const std::uint8_t* data, std::size_t size, std::size_t bitOffset, std::size_t count,
                 std::int64_t* times, double* values);

// Decodes all `count` points.
void decode(const std::uint8_t* data, std::size_t size, std::size_t count,
            std::span<const std::uint32_t> blockBits, std::size_t blockSize, std::int64_t* times,
            double* values);

} // namespace cityops::store::gorilla
