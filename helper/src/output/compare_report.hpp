#pragma once
// `apichecklist compare` output: grouped by item for people, JSON for programs
// (schema in docs/compare.md). One section per pair of checklist sheets.

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/compare/comparison.hpp"
#include "apichecklist/compare/sheet_pairs.hpp"

namespace apichecklist::cli {

struct ComparedSheets {
    compare::SheetPair pair;
    compare::Comparison comparison;
};

struct CompareRun {
    std::string old_path;
    std::string new_path;
    const sheet::Workbook* old_workbook = nullptr;
    const sheet::Workbook* new_workbook = nullptr;
    compare::Date as_of;
    std::vector<ComparedSheets> sheets;
    std::vector<compare::UncomparedSheet> uncompared;

    bool has_changes() const;
    compare::Summary total() const;
};

void print_comparison(std::ostream& out, const catalog::Catalog& catalog, const CompareRun& run);

nlohmann::ordered_json comparison_json(const CompareRun& run);

}  // namespace apichecklist::cli
