#include "core/store/gorilla.h"

#include <bit>
#include <cassert>
#include <cmath>
#include <cstring>

namespace cityops::store::gorilla {

namespace {

// Zero bytes after each stream: a refill loads 8 bytes from up to 7 bytes past the data.
constexpr int kPaddingBytes = 16;

class BitWriter
{
public:
    explicit BitWriter(std::size_t expectedBytes) { m_bytes.reserve(expectedBytes + 8 + kPaddingBytes); }

    // Appends the low `bits` bits of `value` (bits ≤ 64), most significant first.
    void write(std::uint64_t value, int bits)
    {
        if (bits == 0)
            return;
        if (bits < 64)
            value &= (std::uint64_t(1) << bits) - 1;
        const int free = 64 - m_used;
        if (bits <= free) {
            m_acc |= bits == 64 ? value : value << (free - bits);
            m_used += bits;
            if (m_used == 64)
                flush();
        } else {
            const int rest = bits - free;
            m_acc |= value >> rest;
            m_used = 64;
            flush();
            m_acc = value << (64 - rest);
            m_used = rest;
        }
    }

    // Bits written so far.
    std::size_t bits() const { return m_bytes.size() * 8 + std::size_t(m_used); }

    std::vector<std::uint8_t> finish()
    {
        const int bytes = (m_used + 7) / 8;
        for (int i = 0; i < bytes; ++i)
            m_bytes.push_back(std::uint8_t(m_acc >> (56 - 8 * i)));
        // Padding lets the reader load whole 64-bit words without bounds checks: after its
        // last refill the reader stands up to 7 bytes past the data and loads 8 more.
        m_bytes.insert(m_bytes.end(), kPaddingBytes, 0);
        m_bytes.shrink_to_fit();
        return std::move(m_bytes);
    }

private:
    void flush()
    {
        for (int i = 0; i < 8; ++i)
            m_bytes.push_back(std::uint8_t(m_acc >> (56 - 8 * i)));
        m_acc = 0;
        m_used = 0;
    }

    std::vector<std::uint8_t> m_bytes;
    std::uint64_t m_acc = 0;
    int m_used = 0;
};

// A faster reader for decoding: a left-aligned 64-bit window refilled a byte-aligned word
// at a time (the "refill" technique of fast entropy decoders). The stream is padded with
// kPaddingBytes zero bytes, so a refill never reads past the end.
class BitReader
{
public:
    BitReader(const std::uint8_t* data, std::size_t bit)
        : m_next(data + bit / 8)
    {
        refill();
        consume(int(bit % 8));
    }
    // At least 57 bits are available after a refill.
    void refill()
    {
        std::uint64_t word;
        std::memcpy(&word, m_next, 8);
        if constexpr (std::endian::native == std::endian::little)
            word = __builtin_bswap64(word);
        m_window |= word >> m_available;
        const int bytes = (63 - m_available) >> 3;
        m_next += bytes;
        m_available += bytes * 8;
    }
    std::uint64_t peek(int bits) const { return m_window >> (64 - bits); }
    void consume(int bits)
    {
        m_window = bits == 64 ? 0 : m_window << bits;
        m_available -= bits;
    }
    // Reads 1..56 bits (a refill must have happened since 57 bits were last available).
    std::uint64_t take(int bits)
    {
        const std::uint64_t v = peek(bits);
        consume(bits);
        return v;
    }
    std::uint64_t take64()
    {
        refill();
        const std::uint64_t high = take(32);
        refill();
        return (high << 32) | take(32);
    }

private:
    const std::uint8_t* m_next;
    std::uint64_t m_window = 0;
    int m_available = 0;
};

std::int64_t signExtend(std::uint64_t value, int bits)
{
    const std::uint64_t sign = std::uint64_t(1) << (bits - 1);
    return std::int64_t((value ^ sign) - sign);
}

} // namespace

namespace {

constexpr double kPow10[] = {1, 10, 100, 1000, 10000};
constexpr int kXorMode = 0xFF;

// The smallest k ≤ 4 such that every value is exactly n / 10^k for an integer n of at most
// 52 bits; -1 if there is none (or a value is -0.0, NaN or infinite).
int decimalScale(std::span<const double> values)
{
    for (int k = 0; k <= 4; ++k) {
        bool fits = true;
        for (double v : values) {
            const double scaled = v * kPow10[k];
            if (!(std::abs(scaled) < 4.5e15) || std::signbit(v) != std::signbit(scaled) ||
                (v == 0 && std::signbit(v))) {
                fits = false;
                break;
            }
            const double n = std::nearbyint(scaled);
            if (std::bit_cast<std::uint64_t>(n / kPow10[k]) != std::bit_cast<std::uint64_t>(v)) {
                fits = false;
                break;
            }
        }
        if (fits)
            return k;
    }
    return -1;
}

// Writes a signed integer with the timestamp prefix scheme ('0', '10'+7, '110'+9,
// '1110'+12, '11110'+32, '11111'+64 bits).
void writeVarying(BitWriter& out, std::int64_t x)
{
    if (x == 0) {
        out.write(0, 1);
    } else if (x >= -64 && x <= 63) { // two's complement in 7 bits
        out.write(0b10, 2);
        out.write(std::uint64_t(x), 7);
    } else if (x >= -256 && x <= 255) {
        out.write(0b110, 3);
        out.write(std::uint64_t(x), 9);
    } else if (x >= -2048 && x <= 2047) {
        out.write(0b1110, 4);
        out.write(std::uint64_t(x), 12);
    } else if (x >= INT32_MIN && x <= INT32_MAX) {
        out.write(0b11110, 5);
        out.write(std::uint64_t(x), 32);
    } else {
        out.write(0b11111, 5);
        out.write(std::uint64_t(x), 64);
    }
}

// Writes an XOR of two doubles' bits in the full form (or '0' when they are equal).
void writeXorFull(BitWriter& out, std::uint64_t x, int& leadingOut, int& trailingOut)
{
    if (x == 0) {
        out.write(0, 1);
        return;
    }
    int leading = std::countl_zero(x);
    const int trailing = std::countr_zero(x);
    if (leading > 31)
        leading = 31;
    const int significant = 64 - leading - trailing;
    out.write(0b11, 2);
    out.write(std::uint64_t(leading), 5);
    out.write(std::uint64_t(significant - 1), 6);
    out.write(x >> trailing, significant);
    leadingOut = leading;
    trailingOut = trailing;
}

inline std::int64_t takeVarying(BitReader& in)
{
    in.refill();
    const std::uint64_t prefix = in.peek(5);
    if ((prefix & 0b10000) == 0) {
        in.consume(1);
        return 0;
    }
    if ((prefix & 0b01000) == 0) {
        in.consume(2);
        return signExtend(in.take(7), 7);
    }
    if ((prefix & 0b00100) == 0) {
        in.consume(3);
        return signExtend(in.take(9), 9);
    }
    if ((prefix & 0b00010) == 0) {
        in.consume(4);
        return signExtend(in.take(12), 12);
    }
    in.consume(5);
    if ((prefix & 0b00001) == 0)
        return signExtend(in.take(32), 32);
    return std::int64_t(in.take64());
}

} // namespace

Encoded encode(std::span<const std::int64_t> times, std::span<const double> values, std::size_t blockSize)
{
    assert(times.size() == values.size());
    assert(blockSize > 0);
    Encoded result;
    BitWriter out(times.size() * 2 + 16);
    if (times.empty()) {
        result.bytes = out.finish();
        return result;
    }

    // Sensor values are mostly short decimals (21.5, 0.25, 1820): those are stored as
    // deltas of scaled integers, which Gorilla's XOR scheme compresses poorly.
    const int scale = decimalScale(values);
    const auto intOf = [&](double v) {
        return std::int64_t(std::nearbyint(v * kPow10[scale]));
    };
    out.write(std::uint64_t(scale < 0 ? kXorMode : scale), 8);
    const std::int64_t t0 = times[0];
    const std::uint64_t bits0 = std::bit_cast<std::uint64_t>(values[0]);
    const std::int64_t int0 = scale < 0 ? 0 : intOf(values[0]);
    out.write(std::uint64_t(t0), 64);
    out.write(scale < 0 ? bits0 : std::uint64_t(int0), 64);

    std::int64_t previousTime = t0;
    std::int64_t previousDelta = 0;
    std::uint64_t previousBits = bits0;
    std::int64_t previousInt = int0;
    int previousLeading = -1;
    int previousTrailing = 0;

    for (std::size_t i = 0; i < times.size(); ++i) {
        if (i % blockSize == 0) {
            // Block 0 is marked by offset 0: the header holds its first point.
            result.blockBits.push_back(i == 0 ? 0u : std::uint32_t(out.bits()));
            if (i == 0)
                continue;
            // A block starts afresh, relative to the chunk's first point only.
            writeVarying(out, times[i] - t0);
            previousTime = times[i];
            previousDelta = 0;
            if (scale >= 0) {
                previousInt = intOf(values[i]);
                writeVarying(out, previousInt - int0);
            } else {
                previousBits = std::bit_cast<std::uint64_t>(values[i]);
                previousLeading = -1;
                writeXorFull(out, previousBits ^ bits0, previousLeading, previousTrailing);
                previousLeading = -1; // the next value uses the full form again
            }
            continue;
        }
        const std::int64_t delta = times[i] - previousTime;
        writeVarying(out, delta - previousDelta);
        previousDelta = delta;
        previousTime = times[i];

        if (scale >= 0) {
            const std::int64_t n = intOf(values[i]);
            writeVarying(out, n - previousInt);
            previousInt = n;
            continue;
        }
        const std::uint64_t bits = std::bit_cast<std::uint64_t>(values[i]);
        const std::uint64_t x = bits ^ previousBits;
        previousBits = bits;
        if (x == 0) {
            out.write(0, 1);
            continue;
        }
        int leading = std::countl_zero(x);
        const int trailing = std::countr_zero(x);
        if (leading > 31)
            leading = 31;
        if (previousLeading >= 0 && leading >= previousLeading && trailing >= previousTrailing) {
            out.write(0b10, 2);
            out.write(x >> previousTrailing, 64 - previousLeading - previousTrailing);
        } else {
            writeXorFull(out, x, previousLeading, previousTrailing);
        }
    }
    result.bytes = out.finish();
    return result;
}

void decodeBlock(const std::uint8_t* data, std::size_t size, std::size_t bitOffset, std::size_t count,
                 std::int64_t* times, double* values)
{
    if (count == 0)
        return;
    (void)size;
    BitReader header(data, 0);
    const int mode = int(header.take(8));
    const std::int64_t t0 = std::int64_t(header.take64());
    const std::uint64_t raw0 = header.take64();
    BitReader in = bitOffset == 0 ? header : BitReader(data, bitOffset);

    std::int64_t time = t0;
    std::int64_t delta = 0;
    if (mode != kXorMode) {
        const double divisor = kPow10[mode];
        auto n = std::int64_t(raw0);
        if (bitOffset != 0) {
            time = t0 + takeVarying(in);
            n = std::int64_t(raw0) + takeVarying(in);
        }
        // The integers first, the divisions after in a loop of their own: interleaved with
        // the bit reading, each division's latency stalled the decoder.
        auto* ints = reinterpret_cast<std::int64_t*>(values);
        static_assert(sizeof(std::int64_t) == sizeof(double));
        times[0] = time;
        ints[0] = n;
        for (std::size_t i = 1; i < count; ++i) {
            delta += takeVarying(in);
            time += delta;
            times[i] = time;
            n += takeVarying(in);
            ints[i] = n;
        }
        if (mode == 0) {
            for (std::size_t i = 0; i < count; ++i)
                values[i] = double(ints[i]);
        } else {
            for (std::size_t i = 0; i < count; ++i)
                values[i] = double(ints[i]) / divisor;
        }
        return;
    }

    std::uint64_t bits = raw0;
    int leading = 0;
    int trailing = 0;
    auto readValue = [&] {
        in.refill();
        const std::uint64_t control = in.peek(2);
        if ((control & 0b10) == 0) {
            in.consume(1);
            return;
        }
        in.consume(2);
        if (control == 0b11) {
            leading = int(in.take(5));
            const int significant = int(in.take(6)) + 1;
            trailing = 64 - leading - significant;
        }
        const int significant = 64 - leading - trailing;
        const std::uint64_t x = significant > 45 ? (in.refill(), significant == 64 ? in.take64() : [&] {
            const int high = significant - 32;
            const std::uint64_t h = in.take(high);
            in.refill();
            return (h << 32) | in.take(32);
        }())
                                                 : (in.refill(), in.take(significant));
        bits ^= x << trailing;
    };
    if (bitOffset != 0) {
        time = t0 + takeVarying(in);
        readValue(); // XOR against the chunk's first value
    }
    times[0] = time;
    values[0] = std::bit_cast<double>(bits);
    for (std::size_t i = 1; i < count; ++i) {
        delta += takeVarying(in);
        time += delta;
        times[i] = time;
        readValue();
        values[i] = std::bit_cast<double>(bits);
    }
}

void decode(const std::uint8_t* data, std::size_t size, std::size_t count,
            std::span<const std::uint32_t> blockBits, std::size_t blockSize, std::int64_t* times,
            double* values)
{
    for (std::size_t b = 0; b * blockSize < count; ++b) {
        const std::size_t n = std::min(blockSize, count - b * blockSize);
        decodeBlock(data, size, blockBits[b], n, times + b * blockSize, values + b * blockSize);
    }
}

} // namespace cityops::store::gorilla
