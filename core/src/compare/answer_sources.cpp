#include "apichecklist/compare/answer_sources.hpp"

#include <algorithm>

#include "apichecklist/catalog/version_diff.hpp"

namespace apichecklist::compare {

namespace {

const std::vector<catalog::ColumnRoute>& routes_of(const catalog::Mapping& mapping,
                                                   const catalog::MappingRow& row) {
    return row.columns.empty() ? mapping.default_columns : row.columns;
}

template <typename T>
void sort_unique(std::vector<T>& values) {
    std::sort(values.begin(), values.end(), [](const T& a, const T& b) {
        if constexpr (std::is_same_v<T, int>)
            return a < b;
        else
            return a.number != b.number ? a.number < b.number : a.key < b.key;
    });
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

}  // namespace

std::optional<VersionBridge> VersionBridge::between(const catalog::Catalog& catalog,
                                                    const std::string& old_id,
                                                    const std::string& new_id) {
    VersionBridge bridge;
    if (old_id == new_id) return bridge;
    auto path = catalog::mapping_path(catalog, old_id, new_id);
    if (!path) return std::nullopt;
    bridge.chain_ = std::move(*path);
    return bridge;
}

std::vector<AnswerSource> VersionBridge::sources(int new_number, const std::string& new_key) const {
    std::vector<AnswerSource> current{{new_number, new_key}};
    for (auto step = chain_.rbegin(); step != chain_.rend(); ++step) {
        std::vector<AnswerSource> earlier;
        for (const AnswerSource& source : current)
            for (const catalog::MappingRow& row : (*step)->rows) {
                if (!row.from_number || std::find(row.to_numbers.begin(), row.to_numbers.end(),
                                                  source.number) == row.to_numbers.end())
                    continue;
                for (const catalog::ColumnRoute& route : routes_of(**step, row))
                    if (std::find(route.to_keys.begin(), route.to_keys.end(), source.key) !=
                        route.to_keys.end())
                        earlier.push_back({*row.from_number, route.from_key});
            }
        sort_unique(earlier);
        current = std::move(earlier);
    }
    return current;
}

std::vector<std::string> VersionBridge::default_sources(const std::string& new_key) const {
    std::vector<std::string> current{new_key};
    for (auto step = chain_.rbegin(); step != chain_.rend(); ++step) {
        std::vector<std::string> earlier;
        for (const catalog::ColumnRoute& route : (*step)->default_columns)
            for (const std::string& key : current)
                if (std::find(route.to_keys.begin(), route.to_keys.end(), key) !=
                    route.to_keys.end())
                    earlier.push_back(route.from_key);
        std::sort(earlier.begin(), earlier.end());
        earlier.erase(std::unique(earlier.begin(), earlier.end()), earlier.end());
        current = std::move(earlier);
    }
    return current;
}

std::vector<int> VersionBridge::predecessors(int new_number) const {
    std::vector<int> current{new_number};
    for (auto step = chain_.rbegin(); step != chain_.rend(); ++step) {
        std::vector<int> earlier;
        for (const catalog::MappingRow& row : (*step)->rows)
            if (row.from_number)
                for (int n : current)
                    if (std::find(row.to_numbers.begin(), row.to_numbers.end(), n) !=
                        row.to_numbers.end())
                        earlier.push_back(*row.from_number);
        sort_unique(earlier);
        current = std::move(earlier);
    }
    return current;
}

std::vector<int> VersionBridge::successors(int old_number) const {
    std::vector<int> current{old_number};
    for (const catalog::Mapping* step : chain_) {
        std::vector<int> later;
        for (const catalog::MappingRow& row : step->rows)
            if (row.from_number &&
                std::find(current.begin(), current.end(), *row.from_number) != current.end())
                later.insert(later.end(), row.to_numbers.begin(), row.to_numbers.end());
        sort_unique(later);
        current = std::move(later);
    }
    return current;
}

}  // namespace apichecklist::compare
