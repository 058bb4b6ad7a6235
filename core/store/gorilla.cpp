#include "core/store/gorilla.h"

#include <bit>
#include <cmath>
#include <cassert>
#include <cstring>

namespace cityops::store::gorilla {

namespace {

class BitWriter
{
public:
    explicit BitWriter(std::size_t expectedBytes) { m_bytes.reserve(expectedBytes + 16); }

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

    std::vector<std::uint8_t> finish()
    {
        const int bytes = (m_used + 7) / 8;
        for (int i = 0; i < bytes; ++i)
            m_bytes.push_back(std::uint8_t(m_acc >> (56 - 8 * i)));
        // Padding lets the reader load whole 64-bit words without bounds checks.
        m_bytes.insert(m_bytes.end(), 8, 0);
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

class BitReader
{
public:
    BitReader(const std::uint8_t* data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {}

    // The next `bits` bits (1..57) without consuming them.
    std::uint64_t peek(int bits) const
    {
        const std::size_t byte = m_pos >> 3;
        assert(byte + 8 <= m_size);
        (void)m_size;
        std::uint64_t word;
        std::memcpy(&word, m_data + byte, 8);
        if constexpr (std::endian::native == std::endian::little)
            word = __builtin_bswap64(word);
        return (word << (m_pos & 7)) >> (64 - bits);
    }
    void skip(int bits) { m_pos += std::size_t(bits); }
    std::uint64_t read(int bits)
    {
        if (bits == 0)
            return 0;
        if (bits > 56) {
            const std::uint64_t high = read(bits - 32);
            return (high << 32) | read(32);
        }
        const std::uint64_t value = peek(bits);
        m_pos += std::size_t(bits);
        return value;
    }

private:
    const std::uint8_t* m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
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
    } else if (x >= -63 && x <= 64) {
        out.write(0b10, 2);
        out.write(std::uint64_t(x), 7);
    } else if (x >= -255 && x <= 256) {
        out.write(0b110, 3);
        out.write(std::uint64_t(x), 9);
    } else if (x >= -2047 && x <= 2048) {
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

inline std::int64_t readVarying(BitReader& in)
{
    const std::uint64_t prefix = in.peek(5);
    if ((prefix & 0b10000) == 0) {
        in.skip(1);
        return 0;
    }
    if ((prefix & 0b01000) == 0) {
        in.skip(2);
        return signExtend(in.read(7), 7);
    }
    if ((prefix & 0b00100) == 0) {
        in.skip(3);
        return signExtend(in.read(9), 9);
    }
    if ((prefix & 0b00010) == 0) {
        in.skip(4);
        return signExtend(in.read(12), 12);
    }
    in.skip(5);
    if ((prefix & 0b00001) == 0)
        return signExtend(in.read(32), 32);
    return std::int64_t(in.read(64));
}

} // namespace

std::vector<std::uint8_t> encode(std::span<const std::int64_t> times, std::span<const double> values)
{
    assert(times.size() == values.size());
    BitWriter out(times.size() * 2 + 16);
    if (times.empty())
        return out.finish();

    // Sensor values are mostly short decimals (21.5, 0.25, 1820): those are stored as
    // deltas of scaled integers, which Gorilla's XOR scheme compresses poorly.
    const int scale = decimalScale(values);
    out.write(std::uint64_t(scale < 0 ? kXorMode : scale), 8);

    out.write(std::uint64_t(times[0]), 64);
    std::uint64_t previousBits = std::bit_cast<std::uint64_t>(values[0]);
    std::int64_t previousInt = scale < 0 ? 0 : std::int64_t(std::nearbyint(values[0] * kPow10[scale]));
    out.write(scale < 0 ? previousBits : std::uint64_t(previousInt), 64);

    std::int64_t previousTime = times[0];
    std::int64_t previousDelta = 0;
    int previousLeading = -1;
    int previousTrailing = 0;

    for (std::size_t i = 1; i < times.size(); ++i) {
        const std::int64_t delta = times[i] - previousTime;
        writeVarying(out, delta - previousDelta);
        previousDelta = delta;
        previousTime = times[i];

        if (scale >= 0) {
            const auto n = std::int64_t(std::nearbyint(values[i] * kPow10[scale]));
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
            leading = 31; // 5 bits
        if (previousLeading >= 0 && leading >= previousLeading && trailing >= previousTrailing) {
            out.write(0b10, 2);
            out.write(x >> previousTrailing, 64 - previousLeading - previousTrailing);
        } else {
            const int significant = 64 - leading - trailing; // 1..64
            out.write(0b11, 2);
            out.write(std::uint64_t(leading), 5);
            out.write(std::uint64_t(significant - 1), 6);
            out.write(x >> trailing, significant);
            previousLeading = leading;
            previousTrailing = trailing;
        }
    }
    return out.finish();
}

void decode(const std::uint8_t* data, std::size_t size, std::size_t count, std::int64_t* times,
            double* values)
{
    if (count == 0)
        return;
    BitReader in(data, size);
    const int mode = int(in.read(8));
    std::int64_t time = std::int64_t(in.read(64));
    std::uint64_t bits = in.read(64);
    times[0] = time;
    std::int64_t delta = 0;

    if (mode != kXorMode) {
        const double divisor = kPow10[mode];
        auto n = std::int64_t(bits);
        values[0] = double(n) / divisor;
        for (std::size_t i = 1; i < count; ++i) {
            delta += readVarying(in);
            time += delta;
            times[i] = time;
            n += readVarying(in);
            values[i] = double(n) / divisor;
        }
        return;
    }

    values[0] = std::bit_cast<double>(bits);
    int leading = 0;
    int trailing = 0;
    for (std::size_t i = 1; i < count; ++i) {
        delta += readVarying(in);
        time += delta;
        times[i] = time;

        const std::uint64_t control = in.peek(2);
        if ((control & 0b10) == 0) {
            in.skip(1);
        } else if (control == 0b10) {
            in.skip(2);
            const int significant = 64 - leading - trailing;
            bits ^= in.read(significant) << trailing;
        } else {
            in.skip(2);
            leading = int(in.read(5));
            const int significant = int(in.read(6)) + 1;
            trailing = 64 - leading - significant;
            bits ^= in.read(significant) << trailing;
        }
        values[i] = std::bit_cast<double>(bits);
    }
}

} // namespace cityops::store::gorilla
