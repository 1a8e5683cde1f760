// Merged cells in the sheet model: a cell inside a merged range reads as its top-left cell,
// findings point at the top-left, and a text merged over several items is never "fixed".

#include <gtest/gtest.h>

#include "apichecklist/repair/fix_plan.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "apichecklist/validate/validate.hpp"
#include "catalog_fixture.hpp"

using namespace apichecklist;

namespace {

const catalog::Checklist& card() { return *test::shipped_catalog().checklist("card-api-1.0"); }

// The フォーマット's columns in row 0 and every item below, 対象者 (column D) merged down over
// items 10 to 12 with the text of item 10 (API 接続先; 11 and 12 are 共通).
sheet::Workbook merged_target_sheet() {
    sheet::Sheet sheet("チェックリスト");
    int column = 0;
    for (const auto& c : card().columns) sheet.set_text(0, column++, c.label);
    for (const catalog::Item& item : card().items) {
        const int row = item.number;
        sheet.set_text(row, 0, std::to_string(item.number));
        sheet.set_text(row, 1, card().category_by_id(item.category)->name);
        sheet.set_text(row, 2, item.goal);
        if (item.number < 11 || item.number > 12)
            sheet.set_text(row, 3, card().target_by_id(item.target)->label);
        sheet.set_text(row, 4, "対応済み。年1回見直している。");
    }
    sheet.set_merges({{{10, 3}, {12, 3}}});
    sheet::Workbook workbook;
    workbook.sheets.push_back(std::move(sheet));
    return workbook;
}

}  // namespace

TEST(MergedCells, OnlyTheOtherCellsOfARangeHaveAnOrigin) {
    sheet::Sheet sheet("s");
    sheet.set_text(9, 9, "x");
    sheet.set_merges({{{1, 1}, {3, 2}}, {{5, 0}, {50, 0}}, {{7, 7}, {7, 7}}});
    EXPECT_EQ(sheet.merge_origin(1, 1), std::nullopt);
    EXPECT_EQ(sheet.merge_origin(3, 2), (sheet::CellAddress{1, 1}));
    EXPECT_EQ(sheet.merge_origin(2, 1), (sheet::CellAddress{1, 1}));
    EXPECT_EQ(sheet.merge_origin(4, 1), std::nullopt);
    EXPECT_EQ(sheet.merge_origin(9, 0), (sheet::CellAddress{5, 0}));
    EXPECT_EQ(sheet.merge_origin(7, 7), std::nullopt) << "one cell is no merge";
    ASSERT_EQ(sheet.merges().size(), 2u);
    EXPECT_EQ(sheet.merges()[1].last.row, 9) << "cut to the used area";
}

TEST(MergedCells, AMergedTargetReadsAsItsTopCellAndIsFoundThere) {
    const sheet::Workbook workbook = merged_target_sheet();
    const auto layout = sheet::detect_layout(workbook, test::shipped_catalog(), {});
    ASSERT_TRUE(layout);
    const validate::Report report =
        validate::validate(workbook, *layout, test::shipped_catalog(), settings::Role::Api, {});
    std::vector<std::pair<int, std::string>> found;
    for (const validate::Finding& f : report.findings)
        if (f.severity == validate::Severity::Error)
            found.emplace_back(f.number.value_or(0), f.cell ? sheet::to_a1(*f.cell) : "");
    EXPECT_EQ(found, (std::vector<std::pair<int, std::string>>{{11, "D11"}, {12, "D11"}}));
    const repair::FixPlan plan =
        repair::plan_fixes(workbook, *layout, test::shipped_catalog(), report, {});
    EXPECT_TRUE(plan.cells.empty()) << "one text for three items: no certain fix";
}
