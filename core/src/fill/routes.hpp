#pragma once
// Where a source item's answers go in the target's version: the same item within a version,
// else the catalog's chain of mappings, followed forward (試行版 master → Ver.1.0 copy) or
// backward (Ver.1.0 master → 試行版 copy), with the answer columns each mapping routes.

#include <map>
#include <string>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"

namespace apichecklist::fill::detail {

// Source column key → target column keys.
using ColumnMap = std::map<std::string, std::vector<std::string>>;

struct ItemSource {
    int source_number = 0;
    ColumnMap columns;
    std::string relation;  // same, or the mapping's relation name
};

struct Routes {
    const catalog::Checklist* from = nullptr;  // the source's checklist
    const catalog::Checklist* to = nullptr;    // the target's
    std::vector<std::string> mapping_ids;
    std::map<int, std::vector<ItemSource>> sources_of;  // target 通番 → where its answers come from
    std::map<int, std::string> removed;  // source 通番 the target's version removed → reason
    ColumnMap own_columns;               // for own items: the versions' default routes
    bool backward = false;               // the mappings read from the target's version
};

// Throws migrate::PlanError when no chain of mappings joins the versions either way.
Routes resolve_routes(const catalog::Catalog& catalog, const std::string& from,
                      const std::string& to);

}  // namespace apichecklist::fill::detail
