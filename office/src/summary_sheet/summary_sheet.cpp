// The 確認結果 sheet: the same content as the HTML report, laid out on a grid of nine
// columns (A:I) that prints one page wide on A4 portrait.

#include "apichecklist/office/summary_sheet.hpp"

#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>

#include "apichecklist/report/labels.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "print_setup.hpp"
#include "sheet_cells.hpp"
#include "sheet_writer.hpp"
#include "state_chart.hpp"
#include "written_sheet.hpp"

namespace apichecklist::office {

namespace {

namespace uno = css::uno;
using summary::SheetCells;
using summary::Style;
constexpr int kLast = summary::kLastGridColumn;

// A state as a narrow table head: its words before the bracket (「未完了」 for
// 「未完了（エラーあり）」); the chart's legend above the table gives the whole label.
std::string head_label(const std::string& label) {
    const auto at = label.find("（");
    return at == std::string::npos || at == 0 ? label : label.substr(0, at);
}

class SummaryWriter : public summary::SheetWriter {
  public:
    SummaryWriter(SheetCells& cells, const SummarySheetInput& in)
        : SheetWriter(cells), c_(*in.completeness), v_(*in.validation), in_(in) {}

    void title() {
        cells_.text(row_++, 0, kLast, "確認結果　" + in_.document_name, Style::Title);
        cells_.text(row_++, 0, kLast, report::checklist_heading(c_), Style::Meta);
        cells_.text(row_++, 0, kLast,
                    sheet_names() + "　回答する立場: " + validate::role_label(in_.role).ja +
                        "　作成日: " + in_.generated_on,
                    Style::Meta);
        if (const std::string skipped = report::skipped_sheets_line(v_); !skipped.empty())
            cells_.text(row_++, 0, kLast, skipped, Style::Meta);
        for (const std::string& line : c_.heading_lines)
            cells_.text(row_++, 0, kLast, line, Style::Meta);
        ++row_;
    }

    std::string sheet_names() const {
        std::string names;
        for (const report::CategoryCounts& sheet : c_.sheets) names += "「" + sheet.name + "」";
        return "シート" + (names.empty() ? "「" + c_.sheet + "」" : names);
    }

    void figures() {
        figure_rows({
            {"項目", c_.total.items},
            {"記入済み", c_.total.answered},  // not the chart's state 回答済み (no 課題)
            {"未完了", c_.total.open},
            {"エラー", v_.count(validate::Severity::Error)},
            {"警告", v_.count(validate::Severity::Warning)},
            {validate::kIgnoredFindings.ja, long(v_.ignored.size())},
        });
        ++row_;
    }

    // Returns the chart's row and the row of its data table.
    std::pair<int, int> categories() {
        heading("区分ごとの回答状況");
        const int chart_row = row_++;
        cells_.row_height(chart_row, summary::state_chart_height(c_.categories.size()) + 300);
        const int head = row_;
        counts_table("区分", c_.categories, &c_.total);
        return {chart_row, head};
    }

    void sheets() {
        if (c_.sheets.size() <= 1) return;
        heading("シートごとの回答状況");
        counts_table("シート", c_.sheets, nullptr);
    }

    void findings() {
        heading("未解決の指摘（" + std::to_string(v_.findings.size()) + " 件）");
        if (v_.findings.empty()) return note("未解決の指摘はありません。");
        const int head = row_;
        const int w = wide_cells();
        header(
            {{0, 0, "重要度"}, {1, 1 + w, "セル"}, {2 + w, 2 + w, "通番"}, {3 + w, kLast, "内容"}});
        for (const validate::Finding& f : v_.findings)
            line({{0, 0, validate::severity_label(f.severity).ja},
                  {1, 1 + w, report::finding_cell(v_, f)},
                  {2 + w, 2 + w, report::item_label(f)},
                  {3 + w, kLast, f.message_ja}});
        cells_.table_borders(head, row_ - 1, 0, kLast);
        ++row_;
    }

    void ignored() {
        heading(std::string(validate::kIgnoredFindings.ja) + "（" +
                std::to_string(v_.ignored.size()) + " 件）");
        if (v_.ignored.empty())
            return note(std::string(validate::kIgnoredFindings.ja) + "はありません。");
        const int head = row_;
        const int w = wide_cells();
        header({{0, w, "セル"},
                {1 + w, 1 + w, "通番"},
                {2 + w, 5, "指摘"},
                {6, kLast, validate::kIgnoreReason.ja}});
        for (const validate::IgnoredFinding& i : v_.ignored)
            line({{0, w, report::finding_cell(v_, i.finding)},
                  {1 + w, 1 + w, report::item_label(i.finding)},
                  {2 + w, 5, i.finding.message_ja},
                  {6, kLast, i.reason}});
        cells_.table_borders(head, row_ - 1, 0, kLast);
        ++row_;
    }

    void follow_ups() {
        heading("対応計画の期日（フォローアップ）");
        if (c_.follow_ups.empty()) {
            note("期日のある対応計画はありません。");
        } else {
            const int head = row_;
            const int w = wide_cells();
            header({{0, 0, "期日"},
                    {1, 1, "通番"},
                    {2, 4, "セキュリティ対応目標"},
                    {5, 7 - w, "課題への対応計画"},
                    {8 - w, 8, "セル"}});
            for (const report::FollowUp& f : c_.follow_ups)
                line({{0, 0, compare::to_iso(f.date)},
                      {1, 1, report::follow_up_item(f)},
                      {2, 4, f.goal},
                      {5, 7 - w, f.plan},
                      {8 - w, 8, f.cell}});
            cells_.table_borders(head, row_ - 1, 0, kLast);
        }
        if (c_.undated_plans > 0)
            note("期日の書かれていない対応計画が " + std::to_string(c_.undated_plans) +
                 " 件あります。");
    }

  private:
    // 1 when cells are written シート!A1 (several sheets checked): their column is two wide.
    int wide_cells() const { return c_.sheets.size() > 1 ? 1 : 0; }

    // The chart's states as columns (each row in exactly one, so they add up to 項目).
    void counts_table(const char* first_head, const std::vector<report::CategoryCounts>& rows,
                      const report::CategoryCounts* total) {
        const int head = row_;
        cells_.text(row_, 0, 2, first_head, Style::TableHead);
        cells_.text(row_, 3, 3, "項目", Style::TableHead);
        int column = 4;
        for (const report::StateSegment& segment : report::kStateSegments)
            cells_.text(row_, column, column, head_label(segment.label_ja), Style::TableHead),
                ++column;
        ++row_;
        auto counts = [&](const report::CategoryCounts& k, Style name_style) {
            cells_.text(row_, 0, 2, k.name, name_style);
            cells_.number(row_, 3, k.items);
            int at = 4;
            for (const report::StateSegment& segment : report::kStateSegments)
                cells_.number(row_, at++, k.states.*segment.count);
            ++row_;
        };
        for (const auto& k : rows) counts(k, Style::Cell);
        if (total) counts(*total, Style::TableHead);
        cells_.table_borders(head, row_ - 1, 0, kLast);
        ++row_;
    }

    const report::Completeness& c_;
    const validate::Report& v_;
    const SummarySheetInput& in_;
};

}  // namespace

sal_Int16 write_summary_sheet(const uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                              const SummarySheetInput& input) {
    summary::refuse_read_only(document,
                              "読み取り専用で開かれた文書には確認結果シートを書けません。"
                              "編集できるように開き直してください");
    const auto [index, sheet] = summary::replace_sheet(document, sheet::kSummarySheet);
    SheetCells cells(sheet);
    cells.batch_with(document, index);
    cells.column_widths();

    SummaryWriter writer(cells, input);
    writer.title();
    writer.figures();
    const auto [chart_row, chart_data_row] = writer.categories();
    writer.sheets();
    writer.findings();
    writer.ignored();
    writer.follow_ups();
    cells.fit_rows(0, writer.last_row());

    css::awt::Point top;
    uno::Reference<css::beans::XPropertySet>(sheet->getCellByPosition(0, chart_row),
                                             uno::UNO_QUERY_THROW)
        ->getPropertyValue("Position") >>= top;
    const int width = cells.width();
    summary::add_state_chart(
        cells, index, chart_data_row, *input.completeness,
        css::awt::Rectangle(top.X, top.Y + 150, width,
                            summary::state_chart_height(input.completeness->categories.size())));
    summary::print_in_pages(document, cells, index, writer.heading_rows(), writer.last_row());
    return index;
}

}  // namespace apichecklist::office
