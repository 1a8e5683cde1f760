#pragma once
// Validation of a filled フォーマット: the same rules for the helper and the sidebar.

#include <string>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/settings/document_settings.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "apichecklist/sheet/workbook.hpp"
#include "apichecklist/validate/report.hpp"

namespace apichecklist::validate {

struct RuleInfo {
    const char* id;
    Severity severity;
    const char* summary_ja;
    const char* summary_en;
    // Why the rule matters and how to answer it, for the reviewer who chose a finding (our
    // wording, never the checklist's; the 検証 panel shows it with the item's 解説).
    const char* explanation_ja;
    const char* explanation_en;
};

// Every rule, in the order reports list them (docs/validate.md describes each).
const std::vector<RuleInfo>& rules();
// The rule with that id; null for an unknown id.
const RuleInfo* rule_info(const std::string& id);

// Whether a stored ignore accepts a finding (same rule; same 通番, item and cell if given).
bool ignore_matches(const settings::Ignore& ignore, const Finding& finding);

// Runs every rule on the checklist found by detect_layout, says what is wrong with the
// document's stored settings (read once by the caller; {} for none), then sets aside the
// findings that a stored ignore accepts. Findings are in sheet order (row, then column).
Report validate(const sheet::Workbook& workbook, const sheet::ChecklistLayout& layout,
                const catalog::Catalog& catalog, settings::Role role,
                const settings::SettingsReadResult& stored);

}  // namespace apichecklist::validate
