// leftover.future_plan_column, leftover.bank: what a Ver. 1.0 sheet keeps from the 試行版.

#include "apichecklist/text/excerpt.hpp"
#include "rule_context.hpp"

namespace apichecklist::validate::detail {

void check_trial_leftovers(const RuleContext& ctx, std::vector<Finding>& out) {
    if (!ctx.predecessor) return;  // nothing older to leave anything behind
    if (const auto found = ctx.layout.foreign_columns.find("future_plan");
        found != ctx.layout.foreign_columns.end()) {
        Finding f = ctx.finding(
            "leftover.future_plan_column", Severity::Warning, nullptr, "future_plan",
            "試行版の「今後の対応予定」列が残っています。Ver. 1.0 "
            "では「課題認識」と「課題への対応計画」に書き分け、この列は削除してください。",
            "the 試行版 column 今後の対応予定 is still there; Ver. 1.0 uses 課題認識 and "
            "課題への対応計画 instead");
        f.cell = sheet::CellAddress{ctx.layout.header_row, found->second};
        out.push_back(std::move(f));
    }
    // An answer copied from a 試行版 sheet still speaks of 銀行: one hint for the sheet.
    std::vector<const sheet::DataRow*> bank_answers;
    for (const sheet::DataRow& row : ctx.layout.rows)
        for (const char* key : {"current_status", "issue", "plan"})
            if (ctx.layout.column(key) >= 0 &&
                ctx.cell(row, key).text.find("銀行") != std::string::npos) {
                bank_answers.push_back(&row);
                break;
            }
    if (!bank_answers.empty()) {
        const std::string more =
            bank_answers.size() > 1
                ? "ほか " + std::to_string(bank_answers.size() - 1) + " 項目の回答にもあります。"
                : std::string();
        out.push_back(ctx.finding("leftover.bank_answer", Severity::Info, bank_answers.front(),
                                  "current_status",
                                  "回答に「銀行」とあります。試行版の回答を写した場合は、Ver. 1.0 "
                                  "の「カード会社」に読み替えて"
                                  "見直してください。" +
                                      more,
                                  "an answer speaks of 銀行; if it was copied from a 試行版 "
                                  "answer, review it for カード会社 (" +
                                      std::to_string(bank_answers.size()) + " items)"));
    }
    for (const sheet::DataRow& row : ctx.layout.rows) {
        for (const char* key : {"category", "target"}) {
            if (ctx.layout.column(key) < 0) continue;
            const std::string& text = ctx.cell(row, key).text;
            if (text.find("銀行") == std::string::npos) continue;
            out.push_back(ctx.finding(
                "leftover.bank", Severity::Warning, &row, key,
                "「" + ctx.label_of(key) + "」に試行版の「銀行」が残っています（「" +
                    text::excerpt(text) +
                    "」）。Ver. 1.0 では「カード会社」です。原文どおりに直してください。",
                ctx.label_of(key) + " still says 銀行 from the 試行版 ('" + text::excerpt(text) +
                    "'); Ver. 1.0 says カード会社"));
        }
    }
}

}  // namespace apichecklist::validate::detail
