#pragma once
// Reads a CSV file (UTF-8, comma, double quotes; a UTF-8 BOM is skipped) into one sheet
// with orcus's CSV parser. orcus_csv prints parse errors to stdout, which would corrupt
// `validate --json`; here they are exceptions like every other read problem.

#include <string_view>

#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::io {

void read_csv(std::string_view content, std::string sheet_name, sheet::Workbook& workbook,
              int max_rows, int max_columns);

}  // namespace apichecklist::io
