#pragma once
// `apichecklist compare` output: grouped by item for people, JSON for programs
// (schema in docs/compare.md).

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/compare/comparison.hpp"

namespace apichecklist::cli {

struct ComparedFile {
    std::string path;
    const sheet::Workbook* workbook = nullptr;
    const sheet::ChecklistLayout* layout = nullptr;
};

void print_comparison(std::ostream& out, const catalog::Catalog& catalog,
                      const ComparedFile& old_file, const ComparedFile& new_file,
                      const compare::Comparison& comparison);

nlohmann::ordered_json comparison_json(const ComparedFile& old_file, const ComparedFile& new_file,
                                       const compare::Comparison& comparison);

}  // namespace apichecklist::cli
