// own_item.goal_missing: an item a company adds needs its own goal to be answerable.

#include "apichecklist/text/excerpt.hpp"
#include "rule_context.hpp"

namespace apichecklist::validate::detail {

void check_own_items(const RuleContext& ctx, std::vector<Finding>& out) {
    if (ctx.layout.column("goal") < 0) return;
    for (const sheet::DataRow& row : ctx.layout.rows) {
        if (row.kind != sheet::RowKind::OwnItem || sheet::has_content(ctx.cell(row, "goal")))
            continue;
        out.push_back(ctx.finding(
            "own_item.goal_missing", Severity::Warning, &row, "goal",
            "独自項目「" + text::excerpt(row.number_text) +
                "」に「セキュリティ対応目標」がありません。何を確認する項目かを記入してください。",
            "own item " + text::excerpt(row.number_text) +
                " has no セキュリティ対応目標; state what it checks"));
    }
}

}  // namespace apichecklist::validate::detail
