#pragma once
// Whether each checklist of a package carries the published text: its official-text digest
// against the built-in checklist of the same id (catalog/official_text.hpp). Shown by
// `catalog install`, `catalog list` and `catalog verify`; a difference is warned about loudly.

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"

namespace apichecklist::cli {

enum class OfficialText { SameAsBuiltin, DiffersFromBuiltin, NotInBuiltin };

struct OfficialTextCheck {
    std::string checklist;
    bool official = false;  // what the package claims
    OfficialText status = OfficialText::NotInBuiltin;
    std::string digest;
    std::string builtin_digest;  // empty when the built-in has no checklist of that id
};

// Each checklist of `package` in `catalog`, against the helper's built-in catalog.
std::vector<OfficialTextCheck> check_official_text(const catalog::Catalog& catalog,
                                                   const catalog::PackageInfo& package,
                                                   const catalog::Catalog& builtin);

// "公式テキスト: 組み込みと同一" and the like, for one checklist line.
std::string official_text_label(const OfficialTextCheck& check);
// On stderr: a warning for each checklist whose text differs (or claims to be official and
// cannot be compared).
void warn_official_text(std::ostream& err, const std::vector<OfficialTextCheck>& checks);
nlohmann::json official_text_json(const std::vector<OfficialTextCheck>& checks);

}  // namespace apichecklist::cli
