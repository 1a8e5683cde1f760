// cell.formula, cell.error: answers are written text, not computed.

#include "apichecklist/text/excerpt.hpp"
#include "rule_context.hpp"

namespace apichecklist::validate::detail {

void check_cell_values(const RuleContext& ctx, std::vector<Finding>& out) {
    for (const sheet::DataRow& row : ctx.layout.rows) {
        for (const catalog::Column& column : ctx.checklist.columns) {
            if (column.role != catalog::ColumnRole::Answer || ctx.layout.column(column.key) < 0)
                continue;
            const sheet::Cell& cell = ctx.cell(row, column.key);
            if (cell.kind == sheet::CellKind::Error) {
                out.push_back(ctx.finding(
                    "cell.error", Severity::Error, &row, column.key,
                    "「" + column.label + "」がエラー値（" + text::excerpt(cell.text) +
                        "）です。数式 " + cell.formula +
                        " を消して、回答を文章で記入してください。",
                    column.label + " holds an error value (" + text::excerpt(cell.text) +
                        "); replace the formula " + cell.formula + " with a written answer"));
            } else if (cell.kind == sheet::CellKind::Formula) {
                out.push_back(
                    ctx.finding("cell.formula", Severity::Warning, &row, column.key,
                                "「" + column.label + "」が数式（" + cell.formula +
                                    "）です。相手先の環境で表示が変わらないよう、値（文章）"
                                    "として記入してください。",
                                column.label + " is a formula (" + cell.formula +
                                    "); write the answer as text so it reads the same everywhere"));
            }
        }
    }
}

}  // namespace apichecklist::validate::detail
