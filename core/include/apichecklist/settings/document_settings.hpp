#pragma once
// The settings a document carries with it: which checklist it is, the role it is
// answered in and the findings a reviewer accepted (ignores). Stored as JSON in A1 of
// the hidden sheet _apichecklist; see docs/ignores-and-properties.md. A front-end reads
// them once per look at the document (read_settings) and hands them to the layout
// (checklist_hint), the role (role_choice.hpp) and validation.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "apichecklist/sheet/layout.hpp"
#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::settings {

// Who answers the sheet: the API接続先, the カード会社 (銀行 in the 試行版), or both.
enum class Role { Api, Card, Both };
inline constexpr Role kRoles[] = {Role::Api, Role::Card, Role::Both};

const char* role_name(Role role);  // api, card, both
std::optional<Role> role_from_name(std::string_view name);

// A finding accepted by a reviewer. It matches a finding with the same rule and, when
// given, the same 通番 (or own-item label) and the same cell.
struct Ignore {
    std::string rule;
    std::optional<int> number;
    std::string item;  // own-item label (独自1) instead of a number
    std::string cell;  // A1 address, e.g. F12
    std::string reason;
};

struct DocumentSettings {
    std::string checklist;  // checklist id; empty: detect
    std::optional<Role> role;
    std::vector<Ignore> ignores;
};

struct SettingsReadResult {
    std::optional<DocumentSettings> settings;  // nullopt: the document has no settings
    std::vector<std::string> problems;         // what was wrong with the stored JSON (English)
    std::vector<std::string> problems_ja;
};

SettingsReadResult read_settings(const sheet::Workbook& workbook);
// The settings read, or empty settings when the document stores none. Stored JSON that
// cannot be read at all gives empty settings too: a caller that must not overwrite it
// checks settings_unreadable first.
DocumentSettings stored_settings(const SettingsReadResult& read);
// True when the document has a settings cell whose content is no settings object: writing
// new settings would replace what is there.
bool settings_unreadable(const SettingsReadResult& read);
// What sheet::detect_layout needs to know: the checklist the user chose (option, may be
// empty), then the one the settings name.
sheet::ChecklistHint checklist_hint(const SettingsReadResult& stored, std::string option = {});
SettingsReadResult parse_settings_json(std::string_view json);
std::string settings_to_json(const DocumentSettings& settings);

}  // namespace apichecklist::settings
