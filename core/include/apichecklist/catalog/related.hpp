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
    const SecondaryLink* secondary = nullptr;  // set: a secondary link of the row, not a target
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
    // Old items linked by a secondary link only: part of them went here, or this is the
    // nearest item of a removed one. Shown in the history; no rules are inherited from them.
    std::vector<VersionLink> secondary_predecessors;
};

Related find_related(const Catalog& catalog, const Checklist& checklist, const Item& item);

// A printed mistake (a typo erratum) in what is shown for an item: its own text or the
// description of one of its glossary terms. The catalog keeps it as printed.
struct PrintedMistake {
    const Erratum* erratum = nullptr;
    std::string printed;                // as printed, as the catalog holds it
    std::vector<std::string> intended;  // the likely intended wording(s): not official text
};
std::vector<PrintedMistake> printed_mistakes(const Catalog& catalog, const Checklist& checklist,
                                             const Item& item);

// `text` with `marker` (〔原文ママ〕) after the first occurrence of each mistake's printed text.
std::string mark_printed_mistakes(std::string text, const std::vector<PrintedMistake>& mistakes,
                                  const std::string& marker);

// A key that identifies one referenced place: document plus section/letter, or one code.
std::vector<std::string> rule_keys(const RelatedRule& rule);

}  // namespace apichecklist::catalog
