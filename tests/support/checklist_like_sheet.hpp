#pragma once
// A sheet that looks like the card-api-1.0 checklist: the フォーマット's header row and one
// row per item, answered or not. For the tests of sheets that repeat those headings
// (確認結果, 比較結果) and must never be taken for the checklist.

#include <string>

#include "apichecklist/sheet/workbook.hpp"
#include "catalog_fixture.hpp"

namespace apichecklist::test {

inline sheet::Sheet checklist_like(const std::string& name, int items, bool answered) {
    sheet::Sheet sheet(name);
    const catalog::Checklist& list = *shipped_catalog().checklist("card-api-1.0");
    int column = 0;
    for (const auto& c : list.columns) sheet.set_text(0, column++, c.label);
    for (int i = 0; i < items; ++i) {
        const catalog::Item& item = list.items.at(std::size_t(i));
        sheet.set_text(i + 1, 0, std::to_string(item.number));
        sheet.set_text(i + 1, 2, item.goal);
        if (answered) sheet.set_text(i + 1, 4, "対応済み");
    }
    return sheet;
}

}  // namespace apichecklist::test
