#pragma once
// A reviewer's decisions edited from a UI (the Calc sidebar, `apichecklist ignore` and
// `apichecklist role`): accept a finding with a reason, take the acceptance back, set the
// role. The result is stored as the document settings the helper reads.

#include <cstddef>
#include <string>
#include <string_view>

#include "apichecklist/settings/document_settings.hpp"
#include "apichecklist/sheet/workbook.hpp"
#include "apichecklist/validate/report.hpp"
#include "apichecklist/validate/validate.hpp"  // ignore_matches

namespace apichecklist::validate {

// An ignore pinned to exactly this finding: rule, 通番 or own-item label, and cell.
settings::Ignore ignore_for(const Finding& finding, std::string reason);

// The 通番 of an ignore from text: "20" is a number, anything else (独自1) an own-item label.
void set_ignore_item(settings::Ignore& ignore, std::string_view number_or_label);

// Whether two ignores name the same findings: the same rule, 通番 or label, and cell.
bool same_target(const settings::Ignore& a, const settings::Ignore& b);

// Stores `ignore`. An ignore with the same target keeps its place and takes the new reason
// instead of a second entry. Returns true when a new entry was added.
bool add_ignore(settings::DocumentSettings& settings, settings::Ignore ignore);

// Removes the stored ignores with the same target as `key` (its reason is not compared);
// returns how many were removed.
std::size_t remove_ignore(settings::DocumentSettings& settings, const settings::Ignore& key);

// Removes every stored ignore that accepts the finding; returns how many were removed.
std::size_t restore_finding(settings::DocumentSettings& settings, const Finding& finding);

}  // namespace apichecklist::validate
