#include "apichecklist/settings/role_choice.hpp"

namespace apichecklist::settings {

namespace {

struct OwnAnswers {
    int api = 0;   // answered items whose 対象者 is API接続先
    int card = 0;  // answered items whose 対象者 is カード会社 (銀行)
};

void count_answers(const sheet::Workbook& workbook, const sheet::ChecklistLayout& layout,
                   const catalog::Checklist& checklist, OwnAnswers& answers) {
    if (layout.column("current_status") >= 0 && layout.sheet >= 0 &&
        std::size_t(layout.sheet) < workbook.sheets.size()) {
        const sheet::Sheet& sheet = workbook.sheets[std::size_t(layout.sheet)];
        for (const sheet::DataRow& row : layout.rows) {
            if (row.kind != sheet::RowKind::Item || !row.number) continue;
            const catalog::Item* item = checklist.item_by_number(*row.number);
            const std::string answered_by = item ? checklist.role_of_target(item->target) : "";
            if (answered_by != "api" && answered_by != "card") continue;
            if (!sheet::has_content(sheet::item_cell(sheet, layout, row, "current_status")))
                continue;
            ++(answered_by == "api" ? answers.api : answers.card);
        }
    }
    for (const sheet::ChecklistLayout& more : layout.more_sheets)
        count_answers(workbook, more, checklist, answers);
}

}  // namespace

const char* role_source_name(RoleSource source) {
    switch (source) {
        case RoleSource::Option:
            return "option";
        case RoleSource::Document:
            return "document";
        case RoleSource::Inferred:
            return "inferred";
        case RoleSource::Default:
            return "default";
    }
    return "default";
}

std::optional<Role> infer_role(const sheet::Workbook& workbook,
                               const sheet::ChecklistLayout& layout,
                               const catalog::Checklist& checklist) {
    OwnAnswers answers;
    count_answers(workbook, layout, checklist, answers);
    if (answers.api > 0 && answers.card == 0) return Role::Api;
    if (answers.card > 0 && answers.api == 0) return Role::Card;
    return std::nullopt;
}

RoleChoice choose_role(std::optional<Role> option, const SettingsReadResult& stored,
                       const sheet::Workbook& workbook, const sheet::ChecklistLayout& layout,
                       const catalog::Catalog& catalog) {
    if (option) return {*option, RoleSource::Option};
    if (stored.settings && stored.settings->role)
        return {*stored.settings->role, RoleSource::Document};
    if (const catalog::Checklist* checklist = catalog.checklist(layout.checklist_id))
        if (const auto inferred = infer_role(workbook, layout, *checklist))
            return {*inferred, RoleSource::Inferred};
    return {};
}

}  // namespace apichecklist::settings
