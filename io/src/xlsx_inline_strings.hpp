#pragma once
// orcus's xlsx filter drops cells stored as inline strings (t="inlineStr", what openpyxl
// and many web exports write). This pass reads those cells from the sheet parts with
// orcus's SAX parser and adds them to the workbook orcus has filled.

#include <cstdint>
#include <filesystem>

#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::io {

void add_xlsx_inline_strings(const std::filesystem::path& file, sheet::Workbook& workbook,
                             std::uintmax_t max_part_bytes, int max_rows, int max_columns);

}  // namespace apichecklist::io
