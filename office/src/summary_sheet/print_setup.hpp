#pragma once
// How the 確認結果 sheet prints: its own page style (A4 portrait, one page wide, a footer
// with the page number), print range A:I, row 1 repeated on every page.

#include <vector>

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "sheet_cells.hpp"

namespace apichecklist::office::summary {

inline constexpr const char* kPageStyle = "確認結果";

// A section heading never ends a page: when a page break falls right after a heading or
// after its table's header row, the heading starts a new page instead.
void keep_headings_with_tables(const uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                               SheetCells& cells, const std::vector<int>& heading_rows,
                               int last_row);

void set_up_printing(const uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                     SheetCells& cells, sal_Int16 sheet_index, int last_row);

}  // namespace apichecklist::office::summary
