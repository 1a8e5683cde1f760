#pragma once
// Which checklist item a sheet row holds, from the core's layout detection.

#include <optional>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/sheet/layout.hpp"

namespace apichecklist::extension {

struct RowItem {
    const catalog::Checklist* checklist = nullptr;
    const catalog::Item* item = nullptr;  // null: a row or sheet that holds no item
};

// Null when the document holds no checklist (the panels then stay quiet).
std::optional<RowItem> item_at_row(const catalog::Catalog& catalog,
                                   const std::optional<sheet::ChecklistLayout>& layout,
                                   int sheet_index, int row);

// The row that holds item `number`, if the checklist has it.
std::optional<int> row_of_item(const sheet::ChecklistLayout& layout, int number);

}  // namespace apichecklist::extension
