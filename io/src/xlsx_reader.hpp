#pragma once
// Reads an .xlsx (or .xlsm) package into the sheet model: the workbook's worksheets in
// order with their cached values, shared and inline strings, dates, formulas as written,
// comments. No formula is evaluated and nothing of the package is executed.

#include <filesystem>

#include "apichecklist/io/read_workbook.hpp"

namespace apichecklist::io {

// Throws MalformedXml for a damaged or missing part, TooLarge beyond the limits.
void read_xlsx(const std::filesystem::path& file, sheet::Workbook& workbook,
               const ReadLimits& limits);

}  // namespace apichecklist::io
