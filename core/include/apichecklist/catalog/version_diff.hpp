#pragma once
// What changed between two checklist versions, item by item, following the mappings
// that join them (a chain of mappings where there is no direct one).

#include <optional>
#include <string>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/text/diff.hpp"

namespace apichecklist::catalog {

// The mappings leading from one checklist to another, shortest chain first found;
// nullopt when no chain exists.
std::optional<std::vector<const Mapping*>> mapping_path(const Catalog& catalog,
                                                        const std::string& from,
                                                        const std::string& to);

enum class ChangeKind { Added, Removed, Renumbered, Split, Merged, Moved, Changed, Unchanged };
const char* change_kind_name(ChangeKind kind);

struct FieldChange {
    std::string field;  // goal, category, target, explanation, methods, notes
    std::string before;
    std::string after;
    std::vector<text::DiffPiece> pieces;
};

struct ItemChange {
    ChangeKind kind = ChangeKind::Unchanged;
    std::vector<int> from_numbers;
    std::vector<int> to_numbers;
    const MappingRow* row = nullptr;
    std::vector<FieldChange> fields;
};

struct StepDiff {
    const Mapping* mapping = nullptr;
    const Checklist* from = nullptr;
    const Checklist* to = nullptr;
    std::vector<ItemChange> changes;
};

// One StepDiff per mapping of the chain; nullopt when the versions are not joined.
std::optional<std::vector<StepDiff>> diff_versions(const Catalog& catalog, const std::string& from,
                                                   const std::string& to);

}  // namespace apichecklist::catalog
