#pragma once
// Human-readable validation report: per file, findings grouped by item with cell
// addresses, the ignored findings apart with their reasons, and a summary.

#include <ostream>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"
#include "validation_result.hpp"

namespace apichecklist::cli {

void print_file_report(std::ostream& out, const catalog::Catalog& catalog,
                       const FileResult& result);
void print_validation_summary(std::ostream& out, const std::vector<FileResult>& results);

}  // namespace apichecklist::cli
