#pragma once
// What relates to one item: items of the same 区分, items sharing glossary terms or
// regulation references, and the item's predecessors and successors in other versions.

#include <string>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"

namespace apichecklist::catalog {

struct RelatedItem {
    const Item* item = nullptr;
    std::vector<std::string> reasons;  // Japanese, for display: 同じ区分, 用語「…」, 関連規定「…」
};

struct VersionLink {
    const Checklist* checklist = nullptr;  // the other version
    const Item* item = nullptr;            // the other version's item (null for removed/new rows)
    const MappingRow* row = nullptr;
};

struct RuleRef {
    RelatedRule rule;
    std::string via;  // empty: the item's own; else the predecessor item id it comes from
};

struct Related {
    std::vector<RelatedItem> items;
    std::vector<const GlossaryTerm*> terms;
    std::vector<RuleRef> rules;
    std::vector<VersionLink> predecessors;
    std::vector<VersionLink> successors;
};

Related find_related(const Catalog& catalog, const Checklist& checklist, const Item& item);

// A key that identifies one referenced place: document plus section/letter, or one code.
std::vector<std::string> rule_keys(const RelatedRule& rule);

}  // namespace apichecklist::catalog
