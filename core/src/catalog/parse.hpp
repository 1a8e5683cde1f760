#pragma once
// Turns one catalog file (already parsed JSON) into model structs.

#include "apichecklist/catalog/model.hpp"
#include "json_cursor.hpp"

namespace apichecklist::catalog {

void require_kind(const JsonCursor& root, const char* kind);
Checklist parse_checklist(const JsonCursor& root);
Errata parse_errata(const JsonCursor& root);
Mapping parse_mapping(const JsonCursor& root);
std::vector<ReferenceDocument> parse_references(const JsonCursor& root);

}  // namespace apichecklist::catalog
