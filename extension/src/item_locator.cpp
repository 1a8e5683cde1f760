#include "item_locator.hpp"

namespace apichecklist::extension {

std::optional<RowItem> item_at_row(const catalog::Catalog& catalog,
                                   const std::optional<sheet::ChecklistLayout>& layout,
                                   int sheet_index, int row) {
    if (!layout) return std::nullopt;
    RowItem result;
    result.checklist = catalog.checklist(layout->checklist_id);
    if (!result.checklist) return std::nullopt;
    if (sheet_index != layout->sheet) return result;
    for (const sheet::DataRow& data : layout->rows) {
        if (data.row != row) continue;
        if (data.kind == sheet::RowKind::Item && data.number)
            result.item = result.checklist->item_by_number(*data.number);
        break;
    }
    return result;
}

std::optional<int> row_of_item(const sheet::ChecklistLayout& layout, int number) {
    for (const sheet::DataRow& data : layout.rows)
        if (data.kind == sheet::RowKind::Item && data.number == number) return data.row;
    return std::nullopt;
}

}  // namespace apichecklist::extension
