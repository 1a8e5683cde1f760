#pragma once
// Cell comments of an .xlsx (xl/commentsN.xml, found through each sheet's relationships):
// orcus's xlsx filter does not pass them on, and a migration must keep them.

#include <cstdint>
#include <filesystem>

#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::io {

void add_xlsx_comments(const std::filesystem::path& file, sheet::Workbook& workbook,
                       std::uintmax_t max_part_bytes, int max_rows, int max_columns);

}  // namespace apichecklist::io
