#pragma once
// A reviewer's decisions edited from a UI (the Calc sidebar, `apichecklist ignore` and
// `apichecklist role`): accept a finding with a reason, take the acceptance back, set the
// role. The result is stored as the document settings the helper reads.

#include <cstddef>
#include <string>
#include <string_view>

#include "apichecklist/sheet/workbook.hpp"
#include "apichecklist/validate/report.hpp"
#include "apichecklist/validate/settings.hpp"
#include "apichecklist/validate/validate.hpp"  // ignore_matches

namespace apichecklist::validate {

// The settings the workbook stores, or empty settings when it stores none. Stored JSON
// that cannot be read at all gives empty settings too: a caller that must not overwrite
// it checks read_settings first (see settings_unreadable).
DocumentSettings stored_settings(const sheet::Workbook& workbook);

// True when the workbook has a settings cell whose content is no settings object: writing
// new settings would replace what is there.
bool settings_unreadable(const SettingsReadResult& read);

// An ignore pinned to exactly this finding: rule, 通番 or own-item label, and cell.
Ignore ignore_for(const Finding& finding, std::string reason);

// The 通番 of an ignore from text: "20" is a number, anything else (独自1) an own-item label.
void set_ignore_item(Ignore& ignore, std::string_view number_or_label);

// Whether two ignores name the same findings: the same rule, 通番 or label, and cell.
bool same_target(const Ignore& a, const Ignore& b);

// Stores `ignore`. An ignore with the same target keeps its place and takes the new reason
// instead of a second entry. Returns true when a new entry was added.
bool add_ignore(DocumentSettings& settings, Ignore ignore);

// Removes the stored ignores with the same target as `key` (its reason is not compared);
// returns how many were removed.
std::size_t remove_ignore(DocumentSettings& settings, const Ignore& key);

// Removes every stored ignore that accepts the finding; returns how many were removed.
std::size_t restore_finding(DocumentSettings& settings, const Finding& finding);

}  // namespace apichecklist::validate
