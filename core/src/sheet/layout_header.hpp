#pragma once
// Header-row recognition shared by the layout detection files.

#include <map>
#include <string>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::sheet::detail {

struct HeaderMatch {
    int row = -1;
    std::map<std::string, int> columns;  // every known column key found → column index
    int score() const { return int(columns.size()); }
};

// Best header row of one sheet (row -1 when none qualifies).
HeaderMatch find_header(const Sheet& sheet, const catalog::Catalog& catalog);

}  // namespace apichecklist::sheet::detail
