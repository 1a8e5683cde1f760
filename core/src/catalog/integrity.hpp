#pragma once
// Referential integrity of a loaded catalog: every id a file names must exist.

#include <map>
#include <set>
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

// The files one package's manifest lists: every path, and the id held by each checklist
// and mapping file.
struct PackageFiles {
    std::set<std::string> listed;
    std::map<std::string, std::string> checklists;  // path -> checklist id
    std::map<std::string, std::string> mappings;    // path -> mapping id
};

void check_integrity(const Catalog& catalog, const SourceFiles& files);
// The manifest's checklists and mappings against the package's own files: each entry names
// a listed file of its kind holding that id (version, official, from and to the file's),
// and each such file has exactly one entry.
void check_manifest_lists(const Catalog& package, const PackageFiles& files,
                          const JsonCursor& manifest);

}  // namespace apichecklist::catalog
