#pragma once
// Which role a sheet is checked in, and where that came from: the user's choice, the
// document's settings, the answers themselves (a connector fills only the API接続先 and 共通
// items, a card company only its own and 共通), else both parties.

#include <optional>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/settings/document_settings.hpp"
#include "apichecklist/sheet/layout.hpp"

namespace apichecklist::settings {

enum class RoleSource { Option, Document, Inferred, Default };

const char* role_source_name(RoleSource source);  // option, document, inferred, default

struct RoleChoice {
    Role role = Role::Both;
    RoleSource source = RoleSource::Default;
};

// The role the answers show: answers on items of one party's own (対象者 API接続先, or カード会社
// / 銀行) and none on the other party's own items. nullopt when both or neither answered.
std::optional<Role> infer_role(const sheet::Workbook& workbook,
                               const sheet::ChecklistLayout& layout,
                               const catalog::Checklist& checklist);

// The role a sheet is checked in, for the helper and the sidebar alike: the option (--role)
// first, then the role the document stores, then the answers (on the layout's checklist),
// then both.
RoleChoice choose_role(std::optional<Role> option, const SettingsReadResult& stored,
                       const sheet::Workbook& workbook, const sheet::ChecklistLayout& layout,
                       const catalog::Catalog& catalog);

}  // namespace apichecklist::settings
