#pragma once
// Cell comments of an .xlsx (xl/commentsN.xml, found through each sheet's relationships):
// a migration must keep them.

#include <string>
#include <string_view>

#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::io {

void add_xlsx_comments(std::string_view part, const std::string& xml, sheet::Sheet& sheet,
                       int max_rows, int max_columns);

}  // namespace apichecklist::io
