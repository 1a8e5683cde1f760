#pragma once
// The loaded catalog: checklists, errata, mappings and referenced documents, with lookups.

#include <filesystem>
#include <string>
#include <vector>

#include "apichecklist/catalog/model.hpp"

namespace apichecklist::catalog {

inline constexpr const char* kDefaultChecklist = "card-api-1.0";

// One catalog package on disk: a directory with manifest.json and the files it lists.
struct PackageInfo {
    std::string id;       // manifest "package"
    std::string version;  // manifest "catalog_version"
    std::filesystem::path directory;
    bool builtin = false;
    std::vector<std::string> checklists;
    std::vector<std::string> mappings;
};

class Catalog {
  public:
    std::filesystem::path directory;  // the built-in (or only) package's directory
    std::string catalog_version;      // the built-in (or only) package's version
    std::vector<PackageInfo> packages;
    std::vector<Checklist> checklists;
    std::vector<Errata> errata;
    std::vector<Mapping> mappings;
    std::vector<ReferenceDocument> references;

    const Checklist* checklist(const std::string& id) const;
    const Errata* errata_of(const std::string& checklist_id) const;
    const Mapping* mapping(const std::string& from, const std::string& to) const;
    const ReferenceDocument* reference(const std::string& id) const;
    const PackageInfo* package_of_checklist(const std::string& checklist_id) const;
    // The version a mapping leads from to this one (試行版 for Ver.1.0); null for the first.
    const Checklist* predecessor(const std::string& checklist_id) const;

    // Mapping rows that name the item on their `to` side (its predecessors)
    // or on their `from` side (its successors).
    struct Link {
        const Mapping* mapping;
        const MappingRow* row;
        const SecondaryLink* secondary = nullptr;  // set: the row names the item only here
    };
    std::vector<Link> predecessors(const Item& item) const;
    std::vector<Link> successors(const Item& item) const;
    // Rows whose secondary links name the item (a part of an old item went to it, or it is
    // a removed item's nearest item). Not predecessors: no answer and no rule comes along.
    std::vector<Link> secondary_predecessors(const Item& item) const;
};

}  // namespace apichecklist::catalog
