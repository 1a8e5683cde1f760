#pragma once
// How `catalog diff` shows the changes between two checklist versions.

#include <nlohmann/json.hpp>
#include <ostream>

#include "apichecklist/catalog/version_diff.hpp"

namespace apichecklist::cli {

void print_version_diff(std::ostream& out, const std::vector<catalog::StepDiff>& steps,
                        bool include_unchanged);
nlohmann::json version_diff_json(const std::vector<catalog::StepDiff>& steps);

}  // namespace apichecklist::cli
