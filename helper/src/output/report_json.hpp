#pragma once
// JSON validation report; the schema is documented in docs/validate.md.

#include <nlohmann/json.hpp>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"
#include "validation_result.hpp"

namespace apichecklist::cli {

nlohmann::ordered_json validation_json(const catalog::Catalog& catalog,
                                       const std::vector<FileResult>& results, int exit_code);

}  // namespace apichecklist::cli
