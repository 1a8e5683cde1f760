#pragma once
// How a written sheet prints: its own page style (A4, one page wide, a footer with the
// style's name and the page number), print range over the grid's columns, one row
// repeated on every page. The 確認結果 sheet: A4 portrait, row 1 repeated.

#include <vector>

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "sheet_cells.hpp"

namespace apichecklist::office::summary {

inline constexpr const char* kPageStyle = "確認結果";

struct PageLayout {
    const char* style = kPageStyle;  // page style name, also the footer's text
    bool landscape = false;
    int repeated_row = 0;  // printed at the top of every page; -1: none
};

// A section heading never ends a page: when a page break falls right after a heading or
// after its table's header row, the heading starts a new page instead.
void keep_headings_with_tables(const uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                               SheetCells& cells, const std::vector<int>& heading_rows,
                               int last_row, const PageLayout& page = {});

void set_up_printing(const uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                     SheetCells& cells, sal_Int16 sheet_index, int last_row,
                     const PageLayout& page = {});

// Both, as every written sheet prints: the page set up, then the headings kept with their
// tables (the breaks depend on the page's size).
void print_in_pages(const uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                    SheetCells& cells, sal_Int16 sheet_index, const std::vector<int>& heading_rows,
                    int last_row, const PageLayout& page = {});

}  // namespace apichecklist::office::summary
