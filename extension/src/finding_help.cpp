#include "finding_help.hpp"

#include "apichecklist/validate/validate.hpp"

#include "messages.hpp"

namespace apichecklist::extension {

std::string finding_help(const validate::Finding& finding, const catalog::Checklist* checklist) {
    std::string text;
    if (const validate::RuleInfo* rule = validate::rule_info(finding.rule))
        text = english() ? rule->explanation_en : rule->explanation_ja;
    if (!checklist) return text;
    const catalog::Item* item =
        finding.number ? checklist->item_by_number(*finding.number) : nullptr;
    if (item && !item->explanation.empty())
        text += std::string("\n\n") + tr(Msg::FromManual) + "\n" + item->explanation;
    const catalog::Column* column =
        finding.column.empty() ? nullptr : checklist->column_by_key(finding.column);
    if (column && !column->description.empty())
        text += std::string("\n\n「") + column->label + "」" + tr(Msg::ColumnFromManual) + "\n" +
                column->description;
    return text;
}

}  // namespace apichecklist::extension
