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
        // A 共通 item is answered by both parties, whatever the role.
        const bool both = !target.empty() && ctx.checklist.role_of_target(target) == "both";
        out.push_back(ctx.finding(
            "answer.required", Severity::Error, &row, "current_status",
            std::string("「現在の対応状況」が空欄です。") +
                (both ? "共通の項目には、API接続先とカード会社の両方が回答します。" : "") +
                "現在の対策をできるだけ具体的に記入してください。",
            std::string("現在の対応状況 is empty; ") +
                (both ? "both parties answer a 共通 item; " : "") +
                "describe what is done today, as concretely as possible"));
    }
}

}  // namespace apichecklist::validate::detail
