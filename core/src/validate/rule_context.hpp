#pragma once

#include <map>
// What every rule sees: the sheet, its layout, the checklist and the role, plus helpers
// that build findings with the cell address filled in.

#include <string>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "apichecklist/validate/report.hpp"

namespace apichecklist::validate::detail {

struct RuleContext {
    const sheet::Workbook& workbook;
    const sheet::Sheet& sheet;
    const sheet::ChecklistLayout& layout;
    const catalog::Checklist& checklist;
    const catalog::Errata* errata;  // may be null
    settings::Role role;
    // Sheet row → the item a row under a wrong 通番 really is (misnumbered.hpp), found once
    // for the rules that must not report it as missing, duplicate or changed.
    std::map<int, int> misnumbered;

    // The version before the sheet's (catalog::Catalog::predecessor); null for the first.
    const catalog::Checklist* predecessor = nullptr;

    const catalog::Item* item(const sheet::DataRow& row) const;
    const sheet::Cell& cell(const sheet::DataRow& row, const std::string& key) const;
    // Whether the role answers an item with this target id (api, card/bank, common).
    bool answers(const std::string& target_id) const;
    // The target id whose label the text names (folded), or empty.
    std::string target_id_of(const std::string& text) const;
    const std::string& label_of(const std::string& key) const;

    Finding finding(const char* rule, Severity severity, const sheet::DataRow* row,
                    const std::string& column_key, std::string message_ja,
                    std::string message_en) const;
};

using Rule = void (*)(const RuleContext&, std::vector<Finding>&);

void check_numbers(const RuleContext&, std::vector<Finding>&);
void check_columns(const RuleContext&, std::vector<Finding>&);
void check_answer_required(const RuleContext&, std::vector<Finding>&);
void check_issue_plan(const RuleContext&, std::vector<Finding>&);
void check_official_text(const RuleContext&, std::vector<Finding>&);
void check_cell_values(const RuleContext&, std::vector<Finding>&);
void check_trial_leftovers(const RuleContext&, std::vector<Finding>&);
void check_answer_content(const RuleContext&, std::vector<Finding>&);
void check_own_items(const RuleContext&, std::vector<Finding>&);

}  // namespace apichecklist::validate::detail
