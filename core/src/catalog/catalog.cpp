#include "apichecklist/catalog/catalog.hpp"

#include <algorithm>

namespace apichecklist::catalog {

const Checklist* Catalog::checklist(const std::string& id) const {
    auto it = std::find_if(checklists.begin(), checklists.end(),
                           [&](const Checklist& c) { return c.id == id; });
    return it == checklists.end() ? nullptr : &*it;
}

const Errata* Catalog::errata_of(const std::string& checklist_id) const {
    auto it = std::find_if(errata.begin(), errata.end(),
                           [&](const Errata& e) { return e.checklist == checklist_id; });
    return it == errata.end() ? nullptr : &*it;
}

const Mapping* Catalog::mapping(const std::string& from, const std::string& to) const {
    auto it = std::find_if(mappings.begin(), mappings.end(),
                           [&](const Mapping& m) { return m.from == from && m.to == to; });
    return it == mappings.end() ? nullptr : &*it;
}

const Checklist* Catalog::predecessor(const std::string& checklist_id) const {
    for (const Mapping& m : mappings)
        if (m.to == checklist_id) return checklist(m.from);
    return nullptr;
}

const ReferenceDocument* Catalog::reference(const std::string& id) const {
    auto it = std::find_if(references.begin(), references.end(),
                           [&](const ReferenceDocument& r) { return r.id == id; });
    return it == references.end() ? nullptr : &*it;
}

const PackageInfo* Catalog::package_of_checklist(const std::string& checklist_id) const {
    for (const PackageInfo& package : packages)
        if (std::find(package.checklists.begin(), package.checklists.end(), checklist_id) !=
            package.checklists.end())
            return &package;
    return nullptr;
}

std::vector<Catalog::Link> Catalog::predecessors(const Item& item) const {
    std::vector<Link> links;
    for (const Mapping& m : mappings)
        for (const MappingRow& row : m.rows)
            if (row.relation != Relation::New &&
                std::find(row.to_ids.begin(), row.to_ids.end(), item.id) != row.to_ids.end())
                links.push_back({&m, &row});
    return links;
}

std::vector<Catalog::Link> Catalog::secondary_predecessors(const Item& item) const {
    std::vector<Link> links;
    for (const Mapping& m : mappings)
        for (const MappingRow& row : m.rows)
            for (const SecondaryLink& link : row.secondary)
                if (link.to_id == item.id) links.push_back({&m, &row, &link});
    return links;
}

std::vector<Catalog::Link> Catalog::successors(const Item& item) const {
    std::vector<Link> links;
    for (const Mapping& m : mappings)
        for (const MappingRow& row : m.rows)
            if (row.from_id == item.id) links.push_back({&m, &row});
    return links;
}

}  // namespace apichecklist::catalog
