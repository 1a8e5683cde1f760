#pragma once
// The versions a migration crosses: the chain of catalog mappings from the sheet's
// checklist to the target (試行版 → Ver1.0 → a later one), composed into one mapping
// so the plan routes every answer straight to its final place.

#include <stdexcept>
#include <string>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"

namespace apichecklist::migrate {

class PlanError : public std::runtime_error {
  public:
    PlanError(std::string ja, std::string en)
        : std::runtime_error(std::move(en)), message_ja(std::move(ja)) {}
    std::string message_ja;
};

struct Chain {
    const catalog::Checklist* from = nullptr;
    const catalog::Checklist* to = nullptr;
    std::vector<const catalog::Mapping*> steps;
    catalog::Mapping mapping;  // the steps composed: from's items → to's items
};

// Throws PlanError (with a Japanese and an English message) when `to` is unknown, is
// the sheet's own version, is older (a downgrade), or no chain of mappings leads there.
Chain resolve_chain(const catalog::Catalog& catalog, const std::string& from,
                    const std::string& to);

// The steps as one mapping. An item's targets are where its answers end up after every
// step; its relation is removed when nothing is left, split when it went to several
// items or was split on the way, else the strongest of the steps (merged, moved,
// reworded, same). Column routes are followed step by step (試行版 future_plan →
// Ver1.0 plan → plan). Items of the last version with no predecessor are new.
catalog::Mapping compose_mappings(const std::vector<const catalog::Mapping*>& steps,
                                  const catalog::Checklist& to);

}  // namespace apichecklist::migrate
