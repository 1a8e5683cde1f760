#pragma once
// Reads an ODS content.xml into the sheet model. orcus's ods filter hands a cell with
// several paragraphs over as its last paragraph only, so the ODS cells are read here with
// orcus's namespace-aware SAX parser; every paragraph is kept, joined by '\n'.

#include <string_view>

#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::io {

// Throws TooLarge beyond max_rows; drops cells at max_columns and beyond;
// throws std::exception subclasses on malformed XML.
void read_ods_content(std::string_view content_xml, sheet::Workbook& workbook, int max_rows,
                      int max_columns);

}  // namespace apichecklist::io
