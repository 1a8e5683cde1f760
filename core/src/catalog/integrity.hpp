#pragma once
// Referential integrity of a loaded catalog: every id a file names must exist.

#include <map>
#include <string>

#include "apichecklist/catalog/catalog.hpp"
#include "json_cursor.hpp"

namespace apichecklist::catalog {

// Which file each checklist, errata and mapping came from, for error messages.
struct SourceFiles {
    std::map<std::string, std::string> checklists;
    std::map<std::string, std::string> errata;
    std::map<std::string, std::string> mappings;
    std::string references;
};

void check_integrity(const Catalog& catalog, const SourceFiles& files);
void check_manifest_lists(const Catalog& catalog, const JsonCursor& manifest);

}  // namespace apichecklist::catalog
