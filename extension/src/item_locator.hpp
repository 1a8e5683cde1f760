#pragma once
// Which checklist item a sheet row holds. The one place where the extension maps rows to
// items; it delegates to the core's layout detection.

#include <optional>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::extension {

struct RowItem {
    const catalog::Checklist* checklist = nullptr;
    const catalog::Item* item = nullptr;  // null: a row of the sheet that holds no item
};

// Null when the sheet is not a checklist at all (the panels then stay quiet).
std::optional<RowItem> item_at_row(const catalog::Catalog& catalog, const sheet::Workbook& workbook,
                                   int sheet_index, int row);

// The row that holds item `number` of the sheet's checklist, if the sheet has it.
std::optional<int> row_of_item(const catalog::Catalog& catalog, const sheet::Workbook& workbook,
                               int sheet_index, int number);

}  // namespace apichecklist::extension
