// A fill plan written into an open document: the answer cells, then the 転記メモ sheet on a
// grid of eight columns that prints one page wide on A4 landscape.

#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>

#include <map>

#include "apichecklist/office/fill_document.hpp"
#include "print_setup.hpp"
#include "sheet_cells.hpp"
#include "sheet_writer.hpp"
#include "written_sheet.hpp"

namespace apichecklist::office {

namespace {

namespace uno = css::uno;
using summary::SheetCells;
using summary::Style;

// Narrow columns first, wide ones last (long texts: answers, goals, cell lists): 276 mm.
const std::vector<int> kWidths = {2600, 1800, 1800, 1800, 2400, 3000, 5600, 8600};
constexpr int kLast = 7;
constexpr const char* kPageStyle = "転記メモ";

// The grid's columns each table column spans: long texts (answers) get the wide ones.
std::vector<std::pair<int, int>> spans_for(std::size_t columns) {
    if (columns == 6) return {{0, 0}, {1, 2}, {3, 3}, {4, 4}, {5, 6}, {7, 7}};
    if (columns == 5) return {{0, 0}, {1, 1}, {2, 3}, {4, 5}, {6, 7}};
    std::vector<std::pair<int, int>> spans;
    for (std::size_t c = 0; c < columns; ++c) {
        const int column = int(std::min<std::size_t>(c, kLast));
        spans.emplace_back(column, c + 1 == columns ? kLast : column);
    }
    return spans;
}

class MemoSheetWriter : public summary::SheetWriter {
  public:
    MemoSheetWriter(SheetCells& cells, const fill::Memo& memo) : SheetWriter(cells), memo_(memo) {}

    void write() {
        cells_.text(row_++, 0, kLast, memo_.title, Style::Title);
        for (const std::string& line : memo_.lines)
            cells_.text(row_++, 0, kLast, line, Style::Meta);
        ++row_;
        for (const fill::MemoTable& table : memo_.tables) {
            heading(table.heading + "（" + std::to_string(table.rows.size()) + "）");
            if (table.rows.empty() && !table.empty_note.empty()) {
                note(table.empty_note);
                continue;
            }
            const auto spans = spans_for(table.header.size());
            const int head = row_;
            header(spans_of(table.header, spans));
            for (const auto& cells : table.rows) line(spans_of(cells, spans));
            cells_.table_borders(head, row_ - 1, 0, kLast);
            ++row_;
        }
    }

  private:
    static std::vector<Span> spans_of(const std::vector<std::string>& texts,
                                      const std::vector<std::pair<int, int>>& spans) {
        std::vector<Span> out;
        for (std::size_t i = 0; i < texts.size() && i < spans.size(); ++i)
            out.push_back({spans[i].first, spans[i].second, texts[i]});
        return out;
    }

    const fill::Memo& memo_;
};

}  // namespace

void write_fill_memo_sheet(const uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                           const fill::Memo& memo) {
    const auto [index, sheet] = summary::replace_sheet(document, fill::kMemoSheet);
    SheetCells cells(sheet, kWidths);
    cells.batch_with(document, index);
    cells.column_widths();
    MemoSheetWriter writer(cells, memo);
    writer.write();
    cells.fit_rows(0, writer.last_row());
    const summary::PageLayout page{kPageStyle, true, -1};
    summary::print_in_pages(document, cells, index, writer.heading_rows(), writer.last_row(), page);
}

void write_fill_cells(const uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                      const fill::FillPlan& plan, bool english) {
    summary::refuse_read_only(
        document, english ? "A document opened read-only cannot take the answers. Open it "
                            "again for editing."
                          : "読み取り専用で開かれた文書には回答を取り込めません。"
                            "編集できるように開き直してください");
    std::map<std::string, std::vector<const fill::CellWrite*>> by_sheet;
    for (const fill::CellWrite& write : plan.writes) by_sheet[write.sheet].push_back(&write);
    for (const auto& [name, writes] : by_sheet) {
        const auto sheet = summary::sheet_named(document, name);
        summary::unprotected(sheet, name, [&] {
            for (const fill::CellWrite* write : writes)
                uno::Reference<css::text::XText>(
                    sheet->getCellByPosition(write->cell.column, write->cell.row),
                    uno::UNO_QUERY_THROW)
                    ->setString(to_ou(write->text));
        });
    }
}

void apply_fill(const uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                const fill::FillPlan& plan, const fill::Memo& memo, bool english) {
    write_fill_cells(document, plan, english);
    write_fill_memo_sheet(document, memo);
}

}  // namespace apichecklist::office
