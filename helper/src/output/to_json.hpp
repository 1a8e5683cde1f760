#pragma once
// The helper's JSON view of catalog objects (documented in docs/cli.md).

#include <nlohmann/json.hpp>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/catalog/related.hpp"
#include "apichecklist/search/index.hpp"

namespace apichecklist::cli {

nlohmann::json item_summary_json(const catalog::Checklist& checklist, const catalog::Item& item);
nlohmann::json item_json(const catalog::Catalog& catalog, const catalog::Checklist& checklist,
                         const catalog::Item& item);
nlohmann::json mapping_row_json(const catalog::Mapping& mapping, const catalog::MappingRow& row);
nlohmann::json term_json(const catalog::Checklist& checklist, const catalog::GlossaryTerm& term);
nlohmann::json related_json(const catalog::Checklist& checklist, const catalog::Item& item,
                            const catalog::Related& related);
nlohmann::json hit_json(const search::SearchHit& hit);

}  // namespace apichecklist::cli
