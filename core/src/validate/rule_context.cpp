#include "rule_context.hpp"

#include "apichecklist/search/normalize.hpp"
#include "apichecklist/text/excerpt.hpp"

namespace apichecklist::validate::detail {

const catalog::Item* RuleContext::item(const sheet::DataRow& row) const {
    return row.kind == sheet::RowKind::Item && row.number ? checklist.item_by_number(*row.number)
                                                          : nullptr;
}

const sheet::Cell& RuleContext::cell(const sheet::DataRow& row, const std::string& key) const {
    return sheet::item_cell(sheet, layout, row, key);
}

bool RuleContext::answers(const std::string& target_id) const {
    const std::string& answered_by = checklist.role_of_target(target_id);
    return role == settings::Role::Both || answered_by == "both" ||
           answered_by == settings::role_name(role);
}

std::string RuleContext::target_id_of(const std::string& text) const {
    const std::u32string folded = search::fold_chars(text);
    if (folded.empty()) return {};
    for (const catalog::Target& target : checklist.targets)
        if (search::fold_chars(target.label) == folded) return target.id;
    return {};
}

const std::string& RuleContext::label_of(const std::string& key) const {
    static const std::string kEmpty;
    const catalog::Column* column = checklist.column_by_key(key);
    return column ? column->label : kEmpty;
}

Finding RuleContext::finding(const char* rule, Severity severity, const sheet::DataRow* row,
                             const std::string& column_key, std::string message_ja,
                             std::string message_en) const {
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.column = column_key;
    f.sheet = sheet.name();
    f.message_ja = std::move(message_ja);
    f.message_en = std::move(message_en);
    if (row) {
        if (row->kind == sheet::RowKind::Item)
            f.number = row->number;
        else
            f.item = text::excerpt(row->number_text);
        const int column = column_key.empty() ? layout.column("number") : layout.column(column_key);
        if (column >= 0)
            f.cell = sheet::merged_data_origin(sheet, layout, row->row, column)
                         .value_or(sheet::CellAddress{row->row, column});
    }
    return f;
}

}  // namespace apichecklist::validate::detail
