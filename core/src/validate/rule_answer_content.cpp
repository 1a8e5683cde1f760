// answer.terse: 対応済み / 該当なし with nothing else tells the reviewer nothing.

#include "apichecklist/text/excerpt.hpp"
#include "rule_context.hpp"
#include "text_checks.hpp"

namespace apichecklist::validate::detail {

void check_answer_content(const RuleContext& ctx, std::vector<Finding>& out) {
    if (ctx.layout.column("current_status") < 0) return;
    for (const sheet::DataRow& row : ctx.layout.rows) {
        if (row.kind == sheet::RowKind::Unnumbered) continue;
        const sheet::Cell& answer = ctx.cell(row, "current_status");
        if (answer.kind != sheet::CellKind::Text || sheet::is_blank(answer.text)) continue;
        if (!is_terse_answer(answer.text)) continue;
        const bool remarks =
            ctx.layout.column("remarks") >= 0 && sheet::has_content(ctx.cell(row, "remarks"));
        if (remarks) continue;  // the reason may be in 備考
        out.push_back(ctx.finding("answer.terse", Severity::Info, &row, "current_status",
                                  "回答が「" + text::excerpt(answer.text) +
                                      "」だけです。何をどのように実施しているか "
                                      "(該当しない場合はその理由) を具体的に記入してください。",
                                  "the answer is only '" + text::excerpt(answer.text) +
                                      "'; say what is done and how (or why it does not apply)"));
    }
}

}  // namespace apichecklist::validate::detail
