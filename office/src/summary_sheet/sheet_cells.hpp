#pragma once
// Writing formatted text into a sheet over UNO, row by row, on a fixed grid of columns.
// Calc does not size rows for wrapped text in merged cells, so rows holding such text get
// a height estimated from the text (generous rather than clipping).

#include <iterator>
#include <map>
#include <string>
#include <vector>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include "apichecklist/office/uno_strings.hpp"

namespace apichecklist::office::summary {

namespace uno = css::uno;

using PropertySet = uno::Reference<css::beans::XPropertySet>;

void set(const PropertySet& p, const char* name, const uno::Any& value);

// Column widths of the printed grid A:I in 1/100 mm (A4 portrait, 10 mm margins: 190 mm).
// A holds 期日 (2024-09-30) and 重要度, B and C セル and 通番: each fits its longest content
// on one line in the fonts scripts/install-deps.sh installs.
inline constexpr int kGridColumns = 9;
inline constexpr int kGridWidths[kGridColumns] = {2600, 1800, 1800, 1960, 1960,
                                                  1960, 1960, 1960, 3000};
inline constexpr int kLastGridColumn = kGridColumns - 1;

enum class Style {
    Title,        // 16 pt bold
    Meta,         // plain, no wrap
    Heading,      // 12 pt bold, rule below
    TableHead,    // bold on pale blue, wrapped, centred
    Cell,         // wrapped, top aligned
    Number,       // right aligned
    Figure,       // 15 pt bold, centred
    FigureLabel,  // centred, wrapped
    Note,         // grey
};

// Over the remote bridge every UNO call is a round trip (the helper's soffice): with
// batch_with(), texts, numbers, merges and styles are collected and written in few calls
// (blocks of cells with setDataArray, one property call per style on all its ranges) when
// anything else touches the sheet: a border, the row heights, range() or sheet(). Without
// it (or for a text of several lines) each cell is written at once.
class SheetCells {
  public:
    // `widths`: the grid's columns in 1/100 mm, the 確認結果 grid unless told.
    explicit SheetCells(uno::Reference<css::sheet::XSpreadsheet> sheet,
                        std::vector<int> widths = {std::begin(kGridWidths), std::end(kGridWidths)});

    // Collect writes (see above): `document` holds the sheet, which is new and empty, at
    // `sheet_index`.
    void batch_with(uno::Reference<css::sheet::XSpreadsheetDocument> document,
                    sal_Int16 sheet_index);
    // Writes what was collected.
    void flush();

    // Text in columns first..last of `row` (merged when last > first).
    void text(int row, int first, int last, const std::string& text, Style style);
    void number(int row, int column, double value, Style style = Style::Number) {
        number(row, column, column, value, style);
    }
    // A number in columns first..last of `row` (merged when last > first).
    void number(int row, int first, int last, double value, Style style);
    // Thin grid lines around and inside the block; a blue rule under a heading row.
    void table_borders(int first_row, int last_row, int first_column, int last_column);
    void heading_rule(int row);
    // Rows get their optimal height unless `text` above needed an estimate.
    void fit_rows(int first_row, int last_row);
    void row_height(int row, int height);  // 1/100 mm
    void column_widths();

    uno::Reference<css::table::XCellRange> range(int first_row, int last_row, int first_column,
                                                 int last_column);
    const uno::Reference<css::sheet::XSpreadsheet>& sheet() {
        flush();
        return sheet_;
    }
    int last_column() const { return int(widths_.size()) - 1; }
    int width() const;  // of the whole grid

  private:
    void merge_and_style(int row, int first, int last, Style style);
    css::table::CellRangeAddress address(int row, int first, int last) const;

    uno::Reference<css::sheet::XSpreadsheet> sheet_;
    std::vector<int> widths_;
    std::map<int, int> estimated_heights_;  // row → 1/100 mm
    // Collected (batch_with): values by (row, column), merges, ranges by style.
    uno::Reference<css::sheet::XSpreadsheetDocument> document_;
    sal_Int16 sheet_index_ = 0;
    std::map<std::pair<int, int>, uno::Any> values_;
    std::vector<css::table::CellRangeAddress> merges_;
    std::map<Style, std::vector<css::table::CellRangeAddress>> styled_;
};

}  // namespace apichecklist::office::summary
