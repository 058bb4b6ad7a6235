#pragma once

// Before a loop of scalar floating-point arithmetic: mark the upper halves of the vector
// registers unused (`vzeroupper`, where the processor has AVX).
//
// Why: CityOps is built for the x86-64 baseline, so its arithmetic is legacy SSE. Qt's string
// hash (every QHash<QString> lookup: the catalog's indicators, the store's series) runs 256-bit
// AVX code and returns with the upper halves still marked in use (XINUSE bit 2, read with
// xgetbv). After that, on the AMD EPYC machines we measure on, SSE instructions also wait on
// the registers they overwrite, so a loop whose iterations were independent runs as one
// chain: the rolling-mean loop over a year of hourly data took 0.12 ms after a lookup and
// 0.03 ms without one, in the same process. The instruction costs a cycle; code built with
// AVX clears the state itself on return, so this matters only for what runs after Qt's.

namespace cityops {

inline void settleVectorState()
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    static const bool avx = __builtin_cpu_supports("avx");
    if (avx)
        asm volatile("vzeroupper" ::: "memory");
#endif
}

} // namespace cityops
