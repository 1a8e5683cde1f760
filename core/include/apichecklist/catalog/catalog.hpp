#pragma once
// The loaded catalog: checklists, errata, mappings and referenced documents, with lookups.

#include <filesystem>
#include <string>
#include <vector>

#include "apichecklist/catalog/model.hpp"

namespace apichecklist::catalog {

inline constexpr const char* kDefaultChecklist = "card-api-1.0";

class Catalog {
  public:
    std::filesystem::path directory;
    std::string catalog_version;
    std::vector<Checklist> checklists;
    std::vector<Errata> errata;
    std::vector<Mapping> mappings;
    std::vector<ReferenceDocument> references;

    const Checklist* checklist(const std::string& id) const;
    const Errata* errata_of(const std::string& checklist_id) const;
    const Mapping* mapping(const std::string& from, const std::string& to) const;
    const ReferenceDocument* reference(const std::string& id) const;

    // Mapping rows that name the item on their `to` side (its predecessors)
    // or on their `from` side (its successors).
    struct Link {
        const Mapping* mapping;
        const MappingRow* row;
    };
    std::vector<Link> predecessors(const Item& item) const;
    std::vector<Link> successors(const Item& item) const;
};

}  // namespace apichecklist::catalog
