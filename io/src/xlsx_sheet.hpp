#pragma once
// The cells of .xlsx parts: the shared strings table and a worksheet's cached values.
// Formulas are kept as written next to their cached result; nothing is evaluated.

#include <string>
#include <string_view>
#include <vector>

#include "apichecklist/sheet/workbook.hpp"
#include "cell_budget.hpp"
#include "xlsx_styles.hpp"

namespace apichecklist::io {

// xl/sharedStrings.xml: each <si>'s text, rich-text runs joined, phonetic runs (<rPh>)
// left out, _xHHHH_ escapes decoded.
std::vector<std::string> read_xlsx_shared_strings(std::string_view part, const std::string& xml);

struct XlsxSheetContext {
    const std::vector<std::string>& shared_strings;
    const XlsxDateStyles& date_styles;
    bool date1904;
    int max_rows;
    int max_columns;     // cells further right are dropped
    CellBudget& budget;  // shared by the sheets of the workbook
};

// Throws TooLarge for a cell with content at or beyond max_rows, or beyond the budget.
void read_xlsx_sheet(std::string_view part, const std::string& xml, const XlsxSheetContext& context,
                     sheet::Sheet& sheet);

}  // namespace apichecklist::io
