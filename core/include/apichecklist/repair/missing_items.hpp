#pragma once
// Restoring the rows of catalog items missing from a sheet: which items, with which
// official text, and at which row each goes so that the sheet stays in 通番 order.
// Items a reviewer declared deliberately deleted (an ignore of item.missing) stay out.

#include <string>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/settings/document_settings.hpp"
#include "apichecklist/sheet/layout.hpp"

namespace apichecklist::repair {

struct OfficialCell {
    int column = 0;
    std::string key;   // number, category, goal, target
    std::string text;  // as printed in the catalog (the 通番 as digits)
};

struct MissingItemRow {
    int number = 0;
    // 0-based row the new row has once every earlier row of the plan is inserted: insert
    // the plan's rows in order, each as a new row at this index.
    int row = 0;
    std::vector<OfficialCell> cells;
};

struct MissingItemsPlan {
    std::vector<MissingItemRow> rows;       // ascending by row (and so by 通番)
    std::vector<int> deliberately_deleted;  // missing, but an ignore keeps them out
};

// The official text of one column of an item as the フォーマット prints it; empty for an
// answer column.
std::string official_cell_text(const catalog::Checklist& checklist, const catalog::Item& item,
                               const std::string& column_key);

MissingItemsPlan plan_missing_items(const sheet::Sheet& sheet, const sheet::ChecklistLayout& layout,
                                    const catalog::Checklist& checklist,
                                    const std::vector<settings::Ignore>& ignores);

}  // namespace apichecklist::repair
