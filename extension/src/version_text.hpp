#pragma once
// What the 版と移行 panel says about a sheet's checklist version, as display strings.

#include <optional>
#include <string>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/repair/upgrade_offer.hpp"
#include "apichecklist/sheet/layout.hpp"

namespace apichecklist::extension {

struct VersionView {
    std::string version;  // the sheet's checklist and where its version is recorded
    std::string newer;    // the newer installed version, or that this is the newest
    std::optional<repair::UpgradeOffer> offer;
};

VersionView version_view(const catalog::Catalog& catalog, const sheet::ChecklistLayout& layout);

}  // namespace apichecklist::extension
