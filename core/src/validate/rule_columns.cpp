// column.missing

#include "rule_context.hpp"

namespace apichecklist::validate::detail {

void check_columns(const RuleContext& ctx, std::vector<Finding>& out) {
    for (const catalog::Column& column : ctx.checklist.columns) {
        if (ctx.layout.column(column.key) >= 0) continue;
        Finding f = ctx.finding(
            "column.missing", Severity::Warning, nullptr, column.key,
            "「" + column.label + "」の列が見出し行（" + std::to_string(ctx.layout.header_row + 1) +
                "行目）にありません。フォーマットの列を削除せずに残してください。",
            "the column " + column.label + " is missing from the header row " +
                std::to_string(ctx.layout.header_row + 1) + "; keep the フォーマット's columns");
        f.cell = sheet::CellAddress{ctx.layout.header_row, ctx.layout.column("number")};
        out.push_back(std::move(f));
    }
}

}  // namespace apichecklist::validate::detail
