// cityops_bench: Google Benchmark for the store, plus the data writer the peer scripts use.
//
//   cityops_bench --write-csv FILE --series N --points M --step SECONDS
//       writes station,time,value rows (time-major, like a city feed) for the peers
//   cityops_bench [--benchmark_* flags]
//       runs the benchmarks; CITYOPS_BENCH_SERIES / CITYOPS_BENCH_POINTS shrink them

#include <benchmark/benchmark.h>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>

#include "tests/bench/benchdata.h"

namespace {

int writeCsv(const char* path, int series, std::int64_t points, int step)
{
    std::FILE* f = std::fopen(path, "wb");
    if (!f) {
        std::perror(path);
        return 1;
    }
    std::string buf;
    buf.reserve(1 << 22);
    buf += "station,time,value\n";
    char timeText[32];
    for (std::int64_t p = 0; p < points; ++p) {
        const std::time_t t = std::time_t(cityops::bench::kStartMs / 1000 + p * step);
        std::tm tm{};
        gmtime_r(&t, &tm);
        std::strftime(timeText, sizeof timeText, "%Y-%m-%dT%H:%M:%SZ", &tm);
        for (int s = 0; s < series; ++s) {
            buf += "st-";
            buf += std::to_string(s);
            buf += ',';
            buf += timeText;
            buf += ',';
            char num[32];
            const auto r = std::to_chars(num, num + sizeof num, cityops::bench::value(s, p, step));
            buf.append(num, r.ptr);
            buf += '\n';
            if (buf.size() > (1 << 22) - 64) {
                std::fwrite(buf.data(), 1, buf.size(), f);
                buf.clear();
            }
        }
    }
    std::fwrite(buf.data(), 1, buf.size(), f);
    return std::fclose(f) == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--write-csv") == 0) {
        const char* path = nullptr;
        int series = 1000;
        std::int64_t points = 10000;
        int step = 60;
        for (int i = 1; i + 1 < argc; i += 2) {
            if (std::strcmp(argv[i], "--write-csv") == 0)
                path = argv[i + 1];
            else if (std::strcmp(argv[i], "--series") == 0)
                series = std::atoi(argv[i + 1]);
            else if (std::strcmp(argv[i], "--points") == 0)
                points = std::atoll(argv[i + 1]);
            else if (std::strcmp(argv[i], "--step") == 0)
                step = std::atoi(argv[i + 1]);
        }
        if (!path || series <= 0 || points <= 0 || step <= 0) {
            std::fprintf(stderr,
                         "usage: cityops_bench --write-csv FILE --series N --points M --step SECONDS\n");
            return 64;
        }
        return writeCsv(path, series, points, step);
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 64;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
