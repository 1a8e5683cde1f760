#include "review_text.hpp"

#include <algorithm>

#include "apichecklist/compare/labels.hpp"
#include "command_call.hpp"
#include "messages.hpp"
#include "previous_sheet.hpp"

namespace apichecklist::extension {

namespace {

using compare::AnswerChangeKind;
using compare::ItemComparison;
using compare::ItemStatus;

const char* change_label(AnswerChangeKind kind) {
    return compare::answer_change_label(kind).in(english());
}

const char* status_label(ItemStatus status) {
    return compare::item_status_label(status).in(english());
}

std::string item_name(const ItemComparison& item) {
    if (item.own_item) return item.key;
    return std::string(tr(Msg::Number)) + " " + item.key;
}

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& part : parts) out += (out.empty() ? "" : "、") + part;
    return out;
}

// Answer columns of the document's version that last time's sheet can feed.
std::vector<const catalog::Column*> compared_columns(const catalog::Catalog& catalog,
                                                     const compare::Comparison& comparison) {
    std::vector<const catalog::Column*> columns;
    const catalog::Checklist* checklist = catalog.checklist(comparison.new_checklist);
    if (!checklist) return columns;
    for (const catalog::Column& column : checklist->columns) {
        if (column.role != catalog::ColumnRole::Answer) continue;
        const auto& skipped = comparison.uncompared_columns;
        if (std::find(skipped.begin(), skipped.end(), column.key) == skipped.end())
            columns.push_back(&column);
    }
    return columns;
}

void answer_change(std::string& out, const compare::AnswerChange& change) {
    out += "◆ " + change.label + "（" + change_label(change.kind) + "）\n";
    if (change.kind != AnswerChangeKind::Added)
        out += std::string(say("前回: ", "Before: ")) + change.before + "\n";
    if (change.kind != AnswerChangeKind::Removed)
        out += std::string(say("今回: ", "Now: ")) + change.after + "\n";
    if (change.kind == AnswerChangeKind::Changed)
        out += std::string(say("差分: ", "Diff: ")) +
               text::render_marked(change.pieces, english()) + "\n";
}

void item_news(std::string& out, const catalog::Catalog& catalog,
               const compare::Comparison& comparison, const ItemComparison& item) {
    if (item.status != ItemStatus::Matched) {
        out += std::string(
                   say("この項目は前回のファイルにありません（", "Not in the previous file (")) +
               status_label(item.status) + say("）。\n", ").\n");
        return;
    }
    if (!comparison.mapping_ids.empty() && !item.old_numbers.empty()) {
        std::vector<std::string> numbers;
        for (int number : item.old_numbers) numbers.push_back(std::to_string(number));
        out += std::string(say("前回の通番: ", "Previous numbers: ")) +
               checklist_label(catalog, comparison.old_checklist) + " " + joined(numbers) + "\n";
    }
    for (const compare::AnswerChange& change : item.changes) answer_change(out, change);
    if (item.issue == compare::IssueEvent::Closed)
        out += say("課題が解消されました（課題認識が空になりました）。\n",
                   "Issue closed (課題認識 is now empty).\n");
    if (item.issue == compare::IssueEvent::Opened)
        out += say("新しい課題があります。\n", "New issue.\n");
    if (item.overdue)
        out +=
            std::string(say("期限を過ぎた対応計画: 期限 ", "Plan past its date: due ")) +
            compare::to_iso(item.overdue->deadline) +
            say("、課題は解消されていません。前回の計画: ", ", issue still open. Previous plan: ") +
            item.overdue->plan + "\n";
    std::vector<std::string> unchanged;
    for (const catalog::Column* column : compared_columns(catalog, comparison))
        if (std::none_of(item.changes.begin(), item.changes.end(),
                         [&](const compare::AnswerChange& c) { return c.key == column->key; }))
            unchanged.push_back(column->label);
    if (!unchanged.empty())
        out += std::string(say("前回と同じ: ", "Unchanged: ")) + joined(unchanged) + "\n";
}

std::optional<sheet::CellAddress> cell_in_row(const sheet::ChecklistLayout& layout,
                                              std::optional<int> row, const std::string& key) {
    if (!row) return std::nullopt;
    const int column = layout.column(key);
    return sheet::CellAddress{*row, std::max(column, 0)};
}

}  // namespace

const compare::ItemComparison* compared_item_at_row(const compare::Comparison& comparison,
                                                    int row) {
    for (const ItemComparison& item : comparison.items)
        if (item.new_row == row) return &item;
    return nullptr;
}

std::string previous_answers_text(const catalog::Catalog& catalog,
                                  const compare::Comparison& comparison,
                                  const std::string& previous_name, const ItemComparison* item) {
    std::string out = std::string(say("【前回の回答との比較】", "[Compared with last time]")) +
                      say("前回: ", " previous: ") + previous_name + "\n";
    if (item)
        item_news(out, catalog, comparison, *item);
    else
        out += say("前回から変更はありません。\n", "No change since last time.\n");
    return out;
}

std::vector<ChangeLine> change_lines(const compare::Comparison& comparison,
                                     const sheet::ChecklistLayout& layout) {
    std::vector<ChangeLine> lines;
    for (const ItemComparison& item : comparison.items) {
        std::string heading = "■ " + item_name(item);
        if (item.status != ItemStatus::Matched)
            heading += std::string("（") + status_label(item.status) + "）";
        if (!item.goal.empty()) heading += "  " + item.goal;
        lines.push_back({heading, cell_in_row(layout, item.new_row, "number")});
        if (!item.new_row) continue;  // only in last time's sheet: nothing to jump to
        for (const compare::AnswerChange& change : item.changes) {
            const std::string where = change.cell ? sheet::to_a1(*change.cell) + "  " : "";
            lines.push_back(
                {"　" + where + change.label + ": " + change_label(change.kind), change.cell});
        }
        if (item.issue == compare::IssueEvent::Closed)
            lines.push_back({std::string("　") + say("課題が解消", "issue closed"),
                             cell_in_row(layout, item.new_row, "issue")});
        if (item.issue == compare::IssueEvent::Opened)
            lines.push_back({std::string("　") + say("新しい課題", "new issue"),
                             cell_in_row(layout, item.new_row, "issue")});
        if (item.overdue) {
            const std::string plan = layout.column("plan") >= 0 ? "plan" : "future_plan";
            lines.push_back({std::string("　") +
                                 say("期限を過ぎた対応計画（期限 ", "plan past its date (due ") +
                                 compare::to_iso(item.overdue->deadline) + say("）", ")"),
                             cell_in_row(layout, item.new_row, plan)});
        }
    }
    return lines;
}

std::string previous_source_text(const catalog::Catalog& catalog,
                                 const compare::Comparison& comparison,
                                 const std::string& previous_name) {
    std::string out = std::string(say("前回: ", "Previous: ")) + previous_name + "（" +
                      checklist_label(catalog, comparison.old_checklist) + "）";
    if (!comparison.uncompared_columns.empty()) {
        std::vector<std::string> labels;
        const catalog::Checklist* checklist = catalog.checklist(comparison.new_checklist);
        for (const std::string& key : comparison.uncompared_columns) {
            const catalog::Column* column = checklist ? checklist->column_by_key(key) : nullptr;
            labels.push_back(column ? column->label : key);
        }
        out += std::string("\n") +
               say("前回の版にない列は比較しません: ",
                   "Columns the previous version lacks are not compared: ") +
               joined(labels);
    }
    return out;
}

std::string review_summary_text(const compare::Comparison& comparison) {
    const compare::Summary& s = comparison.summary;
    if (!comparison.has_changes() && s.plans_overdue == 0)
        return say("前回から変更はありません。", "No change since last time.");
    auto n = [](int value) { return std::to_string(value); };
    if (english())
        return "Items changed " + n(s.items_changed) + ", added " + n(s.items_added) +
               ", removed " + n(s.items_removed) + "\nAnswers added " + n(s.answers_added) +
               ", removed " + n(s.answers_removed) + ", changed " + n(s.answers_changed) +
               "; issues closed " + n(s.issues_closed) + ", new " + n(s.issues_opened) +
               "; plans past their date " + n(s.plans_overdue);
    return "変更のある項目 " + n(s.items_changed) + "　追加 " + n(s.items_added) + "　削除 " +
           n(s.items_removed) + "\n回答: 記入 " + n(s.answers_added) + "・削除 " +
           n(s.answers_removed) + "・変更 " + n(s.answers_changed) + "　課題: 解消 " +
           n(s.issues_closed) + "・新規 " + n(s.issues_opened) + "　期限切れ " + n(s.plans_overdue);
}

}  // namespace apichecklist::extension
