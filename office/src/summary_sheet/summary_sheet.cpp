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

class SummaryWriter : public summary::SheetWriter {
  public:
    SummaryWriter(SheetCells& cells, const SummarySheetInput& in)
        : SheetWriter(cells), c_(*in.completeness), v_(*in.validation), in_(in) {}

    void title() {
        cells_.text(row_++, 0, kLast, "確認結果　" + in_.document_name, Style::Title);
        cells_.text(row_++, 0, kLast, report::checklist_heading(c_), Style::Meta);
        cells_.text(row_++, 0, kLast,
                    "シート「" + c_.sheet + "」　回答する立場: " + report::role_label_ja(in_.role) +
                        "　作成日: " + in_.generated_on,
                    Style::Meta);
        for (const std::string& line : c_.heading_lines)
            cells_.text(row_++, 0, kLast, line, Style::Meta);
        ++row_;
    }

    void figures() {
        figure_rows({
            {"項目", c_.total.items},
            {"回答済み", c_.total.answered},
            {"未完了", c_.total.open},
            {"エラー", v_.count(validate::Severity::Error)},
            {"警告", v_.count(validate::Severity::Warning)},
            {"承認済みの指摘", long(v_.ignored.size())},
        });
        ++row_;
    }

    // Returns the chart's row and the row of its data table.
    std::pair<int, int> categories() {
        heading("区分ごとの回答状況");
        const int chart_row = row_++;
        cells_.row_height(chart_row, summary::state_chart_height(c_.categories.size()) + 300);
        const int head = row_;
        cells_.text(row_, 0, 3, "区分", Style::TableHead);
        int column = 4;
        for (const char* label :
             {"項目", "回答済み", "未完了", "課題あり・計画あり", "課題あり・計画なし"}) {
            cells_.text(row_, column, column, label, Style::TableHead);
            ++column;
        }
        ++row_;
        auto counts = [&](const report::CategoryCounts& k, Style name_style) {
            cells_.text(row_, 0, 3, k.name, name_style);
            int at = 4;
            for (int value :
                 {k.items, k.answered, k.open, k.issues_with_plan, k.issues_without_plan})
                cells_.number(row_, at++, value);
            ++row_;
        };
        for (const auto& k : c_.categories) counts(k, Style::Cell);
        counts(c_.total, Style::TableHead);
        cells_.table_borders(head, row_ - 1, 0, kLast);
        ++row_;
        return {chart_row, head};
    }

    void findings() {
        heading("未解決の指摘（" + std::to_string(v_.findings.size()) + " 件）");
        if (v_.findings.empty()) return note("未解決の指摘はありません。");
        const int head = row_;
        header({{0, 0, "重要度"}, {1, 1, "セル"}, {2, 2, "通番"}, {3, kLast, "内容"}});
        for (const validate::Finding& f : v_.findings)
            line({{0, 0, report::severity_label_ja(f.severity)},
                  {1, 1, f.cell_a1()},
                  {2, 2, report::item_label(f)},
                  {3, kLast, f.message_ja}});
        cells_.table_borders(head, row_ - 1, 0, kLast);
        ++row_;
    }

    void ignored() {
        heading("承認済みの指摘（" + std::to_string(v_.ignored.size()) + " 件）");
        if (v_.ignored.empty()) return note("承認済みの指摘はありません。");
        const int head = row_;
        header({{0, 0, "セル"}, {1, 1, "通番"}, {2, 5, "指摘"}, {6, kLast, "承認の理由"}});
        for (const validate::IgnoredFinding& i : v_.ignored)
            line({{0, 0, i.finding.cell_a1()},
                  {1, 1, report::item_label(i.finding)},
                  {2, 5, i.finding.message_ja},
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
            header({{0, 0, "期日"},
                    {1, 1, "通番"},
                    {2, 4, "セキュリティ対応目標"},
                    {5, 7, "課題への対応計画"},
                    {8, 8, "セル"}});
            for (const report::FollowUp& f : c_.follow_ups)
                line({{0, 0, compare::to_iso(f.date)},
                      {1, 1, report::follow_up_item(f)},
                      {2, 4, f.goal},
                      {5, 7, f.plan},
                      {8, 8, f.cell}});
            cells_.table_borders(head, row_ - 1, 0, kLast);
        }
        if (c_.undated_plans > 0)
            note("期日の書かれていない対応計画が " + std::to_string(c_.undated_plans) +
                 " 件あります。");
    }

  private:
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
    summary::set_up_printing(document, cells, index, writer.last_row());
    summary::keep_headings_with_tables(document, cells, writer.heading_rows(), writer.last_row());
    return index;
}

}  // namespace apichecklist::office
