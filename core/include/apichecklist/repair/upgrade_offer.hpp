#pragma once
// Whether a sheet of one checklist version can be carried over to a newer installed one:
// the newest checklist reachable through the catalog's mappings (試行版 → 1.0 → …).

#include <optional>
#include <string>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"

namespace apichecklist::repair {

struct UpgradeOffer {
    std::string from;                // the sheet's checklist id
    std::string to;                  // the newest reachable checklist id
    std::vector<std::string> chain;  // from, …, to: the mappings to follow
};

// nullopt when no mapping leads away from `checklist_id` to an installed checklist.
// Among several reachable versions the one at the end of the longest chain wins.
std::optional<UpgradeOffer> newest_upgrade(const catalog::Catalog& catalog,
                                           const std::string& checklist_id);

// The chain of mappings from `from` to `to` (from, …, to), when there is one; how a caller
// that names its target (e.g. a test choosing Ver1.0 with newer versions installed) is
// checked.
std::optional<UpgradeOffer> upgrade_to(const catalog::Catalog& catalog, const std::string& from,
                                       const std::string& to);

}  // namespace apichecklist::repair
