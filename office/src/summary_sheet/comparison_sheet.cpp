// The 比較結果 sheet: the comparison the 前回との比較 panel shows, on a grid of eight
// columns that prints one page wide on A4 landscape.

#include "apichecklist/office/comparison_sheet.hpp"

#include "apichecklist/compare/labels.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "print_setup.hpp"
#include "sheet_cells.hpp"
#include "sheet_writer.hpp"
#include "written_sheet.hpp"

namespace apichecklist::office {

namespace {

using compare::ItemComparison;
using compare::ItemStatus;
using summary::SheetCells;
using summary::Style;

// 通番, 前回の通番, goal, column, cell, kind, previous answer, this year's answer: 276 mm,
// A4 landscape less 10 mm margins.
const std::vector<int> kWidths = {1500, 1500, 5400, 3000, 1500, 1500, 6600, 6600};
constexpr int kLast = 7;
constexpr const char* kPageStyle = "比較結果";

class ComparisonWriter : public summary::SheetWriter {
  public:
    ComparisonWriter(SheetCells& cells, const ComparisonSheetInput& in)
        : SheetWriter(cells), c_(*in.comparison), in_(in) {}

    void title() {
        cells_.text(row_++, 0, kLast, say("比較結果　", "Comparison　") + in_.document_name,
                    Style::Title);
        cells_.text(row_++, 0, kLast,
                    say("今回: ", "This document: ") + in_.document_name + "（" +
                        in_.document_version + "）",
                    Style::Meta);
        cells_.text(
            row_++, 0, kLast,
            say("前回: ", "Previous: ") + in_.previous_name + "（" + in_.previous_version + "）",
            Style::Meta);
        cells_.text(row_++, 0, kLast,
                    say("作成日: ", "Written on: ") + in_.generated_on +
                        say("　期限の判定日: ", "　plans due by: ") + compare::to_iso(c_.as_of),
                    Style::Meta);
        ++row_;
    }

    // Items and answers on the first line; 課題 and overdue plans, what a reviewer chases,
    // on the second. The narrow columns (通番, セル, 種類) are taken in pairs so that no
    // label breaks in the middle of a word.
    void figures() {
        const compare::Summary& s = c_.summary;
        figure_rows(
            {
                {say("変更のある項目", "items changed"), s.items_changed},
                {say("追加された項目", "items added"), s.items_added},
                {say("削除された項目", "items removed"), s.items_removed},
                {say("回答の記入", "answers added"), s.answers_added},
                {say("回答の削除", "answers removed"), s.answers_removed},
                {say("回答の変更", "answers changed"), s.answers_changed},
            },
            {{0, 1}, {2, 2}, {3, 3}, {4, 5}, {6, 6}, {7, 7}});
        figure_rows(
            {
                {say("解消した課題", "issues closed"), s.issues_closed},
                {say("新しい課題", "new issues"), s.issues_opened},
                {say("期限を過ぎた対応計画", "plans past their date"), s.plans_overdue},
            },
            {{0, 1}, {2, 2}, {3, 5}});
        ++row_;
    }

    // Returns the header row of the changes, repeated on every printed page.
    int changes() {
        int count = 0;
        for (const ItemComparison& item : c_.items)
            count += int(item.changes.size()) + (item.status != ItemStatus::Matched ? 1 : 0);
        heading(say("変更された回答（", "Changed answers (") + std::to_string(count) +
                say(" 件）", ")"));
        const int head = row_;
        header({{0, 0, say("通番", "No.")},
                {1, 1, say("前回の通番", "Previous No.")},
                {2, 2, say("セキュリティ対応目標", "Security goal")},
                {3, 3, say("列", "Column")},
                {4, 4, say("セル", "Cell")},
                {5, 5, say("種類", "Kind")},
                {6, 6, say("前回の回答", "Previous answer")},
                {7, 7, say("今回の回答", "This year's answer")}});
        if (count == 0) {
            cells_.text(row_++, 0, kLast, say("変更された回答はありません。", "No answer changed."),
                        Style::Cell);
        }
        for (const ItemComparison& item : c_.items) {
            if (item.status != ItemStatus::Matched)
                line({{0, 0, item.key},
                      {1, 1, previous_numbers(item)},
                      {2, 2, item.goal},
                      {3, 3, "—"},
                      {4, 4, ""},
                      {5, 5, status_label(item.status)},
                      {6, 7, ""}});
            for (const compare::AnswerChange& change : item.changes)
                line({{0, 0, item.key},
                      {1, 1, previous_numbers(item)},
                      {2, 2, item.goal},
                      {3, 3, change.label},
                      // A removed item's cell is in last year's sheet, not in this document.
                      {4, 4, change.cell && item.new_row ? sheet::to_a1(*change.cell) : ""},
                      {5, 5, compare::answer_change_label(change.kind).in(in_.english)},
                      {6, 6, change.before},
                      {7, 7, change.after}});
        }
        cells_.table_borders(head, row_ - 1, 0, kLast);
        ++row_;
        return head;
    }

    void issues(compare::IssueEvent event) {
        const bool closed = event == compare::IssueEvent::Closed;
        std::vector<const ItemComparison*> items;
        for (const ItemComparison& item : c_.items)
            if (item.issue == event) items.push_back(&item);
        heading((closed ? say("解消した課題（", "Closed issues (")
                        : say("新しい課題（", "New issues (")) +
                std::to_string(items.size()) + say(" 件）", ")"));
        if (items.empty())
            return note(closed ? say("解消した課題はありません。", "No issue was closed.")
                               : say("新しい課題はありません。", "No new issue."));
        const int head = row_;
        header({{0, 0, say("通番", "No.")},
                {1, 1, say("前回の通番", "Previous No.")},
                {2, 3, say("セキュリティ対応目標", "Security goal")},
                {4, 5, say("セル", "Cell")},
                {6, kLast, closed ? say("前回の課題", "Previous issue") : say("課題", "Issue")}});
        for (const ItemComparison* item : items) {
            const compare::AnswerChange* issue = issue_change(*item);
            line({{0, 0, item->key},
                  {1, 1, previous_numbers(*item)},
                  {2, 3, item->goal},
                  {4, 5, issue && issue->cell ? sheet::to_a1(*issue->cell) : ""},
                  {6, kLast, issue ? (closed ? issue->before : issue->after) : ""}});
        }
        cells_.table_borders(head, row_ - 1, 0, kLast);
        ++row_;
    }

    void overdue_plans() {
        std::vector<const ItemComparison*> items;
        for (const ItemComparison& item : c_.items)
            if (item.overdue) items.push_back(&item);
        heading(say("期限を過ぎた対応計画（", "Plans past their date (") +
                std::to_string(items.size()) + say(" 件）", ")"));
        if (items.empty())
            return note(say("期限を過ぎた対応計画はありません。", "No plan is past its date."));
        const int head = row_;
        header({{0, 0, say("通番", "No.")},
                {1, 1, say("前回の通番", "Previous No.")},
                {2, 2, say("セキュリティ対応目標", "Security goal")},
                {3, 3, say("期限", "Due")},
                {4, 6, say("前回の対応計画", "Previous plan")},
                {7, 7, say("解消されていない課題", "Issue still open")}});
        for (const ItemComparison* item : items)
            line({{0, 0, item->key},
                  {1, 1, previous_numbers(*item)},
                  {2, 2, item->goal},
                  {3, 3, compare::to_iso(item->overdue->deadline)},
                  {4, 6, item->overdue->plan},
                  {7, 7, item->overdue->issue}});
        cells_.table_borders(head, row_ - 1, 0, kLast);
        ++row_;
    }

  private:
    std::string say(const char* ja, const char* en) const { return in_.english ? en : ja; }

    std::string status_label(ItemStatus status) const {
        return compare::item_status_label(status).in(in_.english);
    }

    // Last year's 通番 when they are not simply this year's (another version, renumbered).
    static std::string previous_numbers(const ItemComparison& item) {
        if (item.old_numbers.size() == 1 && item.number && item.old_numbers[0] == *item.number)
            return "";
        std::string out;
        for (int number : item.old_numbers)
            out += (out.empty() ? "" : "、") + std::to_string(number);
        return out;
    }

    static const compare::AnswerChange* issue_change(const ItemComparison& item) {
        for (const compare::AnswerChange& change : item.changes)
            if (change.key == "issue") return &change;
        return nullptr;
    }

    const compare::Comparison& c_;
    const ComparisonSheetInput& in_;
};

}  // namespace

sal_Int16 write_comparison_sheet(
    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
    const ComparisonSheetInput& input) {
    summary::refuse_read_only(
        document, input.english ? "A document opened read-only cannot take the comparison "
                                  "sheet. Open it again for editing."
                                : "読み取り専用で開かれた文書には比較結果シートを書けません。"
                                  "編集できるように開き直してください");
    const auto [index, sheet] = summary::replace_sheet(document, sheet::kComparisonSheet);
    SheetCells cells(sheet, kWidths);
    cells.batch_with(document, index);
    cells.column_widths();

    ComparisonWriter writer(cells, input);
    writer.title();
    writer.figures();
    const int changes_head = writer.changes();
    writer.issues(compare::IssueEvent::Closed);
    writer.issues(compare::IssueEvent::Opened);
    writer.overdue_plans();
    cells.fit_rows(0, writer.last_row());

    const summary::PageLayout page{kPageStyle, true, changes_head};
    summary::print_in_pages(document, cells, index, writer.heading_rows(), writer.last_row(), page);
    return index;
}

}  // namespace apichecklist::office
