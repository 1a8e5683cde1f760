#pragma once
// The helper's human-readable output: Japanese labels, official text as printed.

#include <ostream>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/catalog/related.hpp"
#include "apichecklist/search/index.hpp"

namespace apichecklist::cli {

void print_item(std::ostream& out, const catalog::Catalog& catalog,
                const catalog::Checklist& checklist, const catalog::Item& item);
void print_item_line(std::ostream& out, const catalog::Checklist& checklist,
                     const catalog::Item& item);
void print_term(std::ostream& out, const catalog::GlossaryTerm& term);
void print_related(std::ostream& out, const catalog::Checklist& checklist,
                   const catalog::Item& item, const catalog::Related& related);
void print_hit(std::ostream& out, const search::SearchHit& hit, bool color);

}  // namespace apichecklist::cli
