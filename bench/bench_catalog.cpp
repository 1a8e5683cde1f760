// Catalog load (target < 20 ms) and search (target < 1 ms a query) on the shipped catalog.

#include <benchmark/benchmark.h>

#include "apichecklist/io/catalog_files.hpp"
#include "apichecklist/search/index.hpp"

using namespace apichecklist;

namespace {

const catalog::Catalog& shipped() {
    static const catalog::Catalog instance = io::load_catalog(APICHECKLIST_BENCH_CATALOG);
    return instance;
}

void CatalogLoad(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(io::load_catalog(APICHECKLIST_BENCH_CATALOG));
}
BENCHMARK(CatalogLoad)->Unit(benchmark::kMillisecond);

void SearchIndexBuild(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(search::SearchIndex::build(shipped()));
}
BENCHMARK(SearchIndexBuild)->Unit(benchmark::kMillisecond);

void SearchQuery(benchmark::State& state, const char* query) {
    const auto index = search::SearchIndex::build(shipped());
    for (auto _ : state) benchmark::DoNotOptimize(index.search(query, 10));
}
BENCHMARK_CAPTURE(SearchQuery, mfa, "多要素認証")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(SearchQuery, tls_fullwidth, "ＴＬＳ")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(SearchQuery, unauthorised_access, "不正アクセス")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(SearchQuery, two_words, "トークン 有効期限")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(SearchQuery, common_word, "情報")->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
