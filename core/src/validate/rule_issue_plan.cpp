// issue.plan_missing, plan.issue_missing, plan.no_date

#include "rule_context.hpp"
#include "text_checks.hpp"

namespace apichecklist::validate::detail {

void check_issue_plan(const RuleContext& ctx, std::vector<Finding>& out) {
    const bool has_issue = ctx.layout.column("issue") >= 0;
    // The 試行版 has no 課題 columns; its 今後の対応予定 is the plan.
    // A Ver1.0 sheet that kept the 試行版 column: 今後の対応予定 is its plan too.
    const std::string plan_key = ctx.layout.column("plan") >= 0              ? "plan"
                                 : ctx.layout.any_column("future_plan") >= 0 ? "future_plan"
                                                                             : "";
    const bool plan_required = plan_key == "plan" || (plan_key == "future_plan" && has_issue);
    const std::string plan_label =
        !ctx.label_of(plan_key).empty() ? ctx.label_of(plan_key)
        : plan_key.empty()              ? std::string()
                           : ctx.sheet.text(ctx.layout.header_row, ctx.layout.any_column(plan_key));
    for (const sheet::DataRow& row : ctx.layout.rows) {
        if (row.kind == sheet::RowKind::Unnumbered) continue;
        const bool issue = has_issue && sheet::has_content(ctx.cell(row, "issue"));
        const bool plan = !plan_key.empty() && sheet::has_content(ctx.cell(row, plan_key));
        if (issue && !plan && plan_required)
            out.push_back(
                ctx.finding("issue.plan_missing", Severity::Error, &row, plan_key,
                            "「課題認識」に課題が書かれていますが「課題への対応計画」が空欄です。課"
                            "題にどう対応するか、期日とともに記入してください。",
                            "課題認識 names an issue but 課題への対応計画 is empty; add the plan "
                            "and its date"));
        if (plan && has_issue && !issue && plan_required)
            out.push_back(ctx.finding("plan.issue_missing", Severity::Warning, &row, "issue",
                                      "「課題への対応計画」がありますが「課題認識」が空欄です。計画"
                                      "の元になる課題を記入してください。",
                                      "課題への対応計画 is filled but 課題認識 is empty; state the "
                                      "issue the plan addresses"));
        if (plan && ctx.cell(row, plan_key).kind == sheet::CellKind::Text &&
            !mentions_date_or_period(ctx.cell(row, plan_key).text))
            out.push_back(ctx.finding(
                "plan.no_date", Severity::Warning, &row, plan_key,
                "「" + plan_label +
                    "」に期日や期間がありません。「2025年3月末までに」「3か月以内に」の"
                    "ように時期を記入してください。",
                plan_label + " gives no target date or period; add one (e.g. by March 2025)"));
    }
}

}  // namespace apichecklist::validate::detail
