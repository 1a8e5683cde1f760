#pragma once
// Reads an ODS content.xml into the sheet model. orcus's ods filter hands a cell with
// several paragraphs over as its last paragraph only, so the ODS cells are read here with
// orcus's namespace-aware SAX parser; every paragraph is kept, joined by '\n'.

#include <cstdint>
#include <string_view>

#include "apichecklist/io/read_workbook.hpp"
#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::io {

// Throws TooLarge beyond max_rows, or when the repeated rows and cells would hold more
// than max_bytes (see CellBudget); drops cells at max_columns and beyond; throws
// std::exception subclasses on malformed XML.
void read_ods_content(std::string_view content_xml, sheet::Workbook& workbook, int max_rows,
                      int max_columns,
                      std::uintmax_t max_bytes = ReadLimits{}.max_uncompressed_bytes);

}  // namespace apichecklist::io
