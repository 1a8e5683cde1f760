#pragma once
// A フォーマット-like sheet built in memory for the fill plan's tests: the checklist's header
// row, the chosen items in the chosen order with their official texts, answers where told,
// and own items (独自…) with their goals.

#include <map>
#include <string>
#include <vector>

#include "apichecklist/sheet/layout.hpp"
#include "catalog_fixture.hpp"

namespace apichecklist::test {

struct OwnRow {
    std::string number;  // 独自1
    std::string goal;
    std::map<std::string, std::string> answers;  // column key → text
};

struct FormatSheet {
    std::string checklist = "card-api-1.0";
    std::vector<int> numbers;                                   // empty: every item in order
    std::map<int, std::map<std::string, std::string>> answers;  // 通番 → column key → text
    std::vector<OwnRow> own;

    sheet::Workbook workbook(const std::string& name) const {
        sheet::Workbook workbook;
        workbook.source = name;
        workbook.sheets.push_back(sheet("チェックリスト"));
        return workbook;
    }

    sheet::Sheet sheet(const std::string& sheet_name) const {
        const catalog::Checklist& list = *shipped_catalog().checklist(checklist);
        sheet::Sheet sheet(sheet_name);
        std::map<std::string, int> column;
        int c = 0;
        for (const auto& col : list.columns) {
            column[col.key] = c;
            sheet.set_text(0, c++, col.label);
        }
        std::vector<int> order = numbers;
        if (order.empty())
            for (const auto& item : list.items) order.push_back(item.number);
        int row = 1;
        for (const int number : order) {
            const catalog::Item& item = *list.item_by_number(number);
            sheet.set_text(row, column["number"], std::to_string(number));
            sheet.set_text(row, column["category"], list.category_by_id(item.category)->name);
            sheet.set_text(row, column["goal"], item.goal);
            sheet.set_text(row, column["target"], list.target_by_id(item.target)->label);
            if (const auto a = answers.find(number); a != answers.end())
                for (const auto& [key, text] : a->second) sheet.set_text(row, column.at(key), text);
            ++row;
        }
        for (const OwnRow& own_row : own) {
            sheet.set_text(row, column["number"], own_row.number);
            sheet.set_text(row, column["goal"], own_row.goal);
            for (const auto& [key, text] : own_row.answers)
                sheet.set_text(row, column.at(key), text);
            ++row;
        }
        return sheet;
    }
};

inline sheet::ChecklistLayout layout_of(const sheet::Workbook& workbook) {
    return sheet::detect_layout(workbook, shipped_catalog(), {}).value();
}

// Row (0-based) of 通番 number in a sheet built above, column of key.
inline sheet::CellAddress cell_of(const sheet::Workbook& workbook, int number,
                                  const std::string& key) {
    const sheet::ChecklistLayout layout = layout_of(workbook);
    for (const sheet::DataRow& row : layout.rows)
        if (row.number == number) return {row.row, layout.column(key)};
    return {-1, -1};
}

}  // namespace apichecklist::test
