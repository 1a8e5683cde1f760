#pragma once
// How the 確認結果 sheet prints: its own page style (A4 portrait, one page wide, a footer
// with the page number), print range A:I, row 1 repeated on every page.

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "sheet_cells.hpp"

namespace apichecklist::office::summary {

inline constexpr const char* kPageStyle = "確認結果";

void set_up_printing(const uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                     SheetCells& cells, sal_Int16 sheet_index, int last_row);

}  // namespace apichecklist::office::summary
