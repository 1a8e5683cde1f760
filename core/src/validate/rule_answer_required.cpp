// answer.required: the role's items and every 共通 item need 現在の対応状況.

#include "rule_context.hpp"

namespace apichecklist::validate::detail {

namespace {

std::string target_of(const RuleContext& ctx, const sheet::DataRow& row) {
    if (const catalog::Item* item = ctx.item(row)) return item->target;
    if (ctx.layout.column("target") < 0) return {};
    return ctx.target_id_of(ctx.cell(row, "target").text);  // own items: as written
}

}  // namespace

void check_answer_required(const RuleContext& ctx, std::vector<Finding>& out) {
    if (ctx.layout.column("current_status") < 0) return;
    for (const sheet::DataRow& row : ctx.layout.rows) {
        if (row.kind == sheet::RowKind::Unnumbered) continue;
        if (row.kind == sheet::RowKind::Item && !ctx.item(row)) continue;  // unknown 通番
        const std::string target = target_of(ctx, row);
        if (!ctx.answers(target)) continue;
        const sheet::Cell& answer = ctx.cell(row, "current_status");
        if (sheet::has_content(answer)) continue;
        const std::string who = target == "common" ? "共通の項目のため、" : "";
        out.push_back(ctx.finding(
            "answer.required", Severity::Error, &row, "current_status",
            who + "「現在の対応状況」が空欄です。現在の対策をできるだけ具体的に記入してください。",
            std::string(target == "common" ? "a 共通 item: " : "") +
                "現在の対応状況 is empty; describe what is done today, as concretely as possible"));
    }
}

}  // namespace apichecklist::validate::detail
