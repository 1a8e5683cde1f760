#pragma once
// Header-row recognition shared by the layout detection files.

#include <map>
#include <string>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::sheet::detail {

struct HeaderMatch {
    int row = -1;                        // the header's last row: data rows start below it
    int top = -1;                        // its first row (row - 1 for a header over two rows)
    std::map<std::string, int> columns;  // every known column key found → its first column
    std::map<std::string, std::vector<int>> candidates;  // key → every column with that label
    std::map<int, std::string> target_marks;  // 対象者 sub-column → its label (API接続先 …)
    int score() const { return int(columns.size()); }
};

// Best header of one sheet (row -1 when none qualifies: 通番, 目標 and 現在の対応状況).
HeaderMatch find_header(const Sheet& sheet, const catalog::Catalog& catalog);
// The same without the qualification: the header-like row with most labels (for messages).
HeaderMatch find_header_candidate(const Sheet& sheet, const catalog::Catalog& catalog);

}  // namespace apichecklist::sheet::detail
