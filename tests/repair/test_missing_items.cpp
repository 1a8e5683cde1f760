// Restoring missing item rows: which items, their official text, where they go, and
// that deliberately deleted items stay out.

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "apichecklist/repair/missing_items.hpp"
#include "catalog_fixture.hpp"

using namespace apichecklist;

namespace {

constexpr int kHeaderRow = 2;

const catalog::Checklist& ver1() { return *test::shipped_catalog().checklist("card-api-1.0"); }

// A Ver1.0 sheet with a title, the header on row 3 and one row per given 通番, in the
// given order; own rows are written as 独自N.
sheet::Workbook sheet_with(const std::vector<std::string>& numbers) {
    sheet::Workbook workbook;
    sheet::Sheet& s = workbook.sheets.emplace_back("チェックリスト");
    s.set_text(0, 0, ver1().title);
    for (const catalog::Column& column : ver1().columns)
        s.set_text(kHeaderRow, column.position - 1, column.label);
    int row = kHeaderRow + 1;
    for (const std::string& number : numbers) {
        s.set_text(row, 0, number);
        if (const auto parsed = sheet::parse_item_number(number)) {
            const catalog::Item& item = *ver1().item_by_number(*parsed);
            for (const catalog::Column& column : ver1().columns)
                if (column.key != "number" && column.role == catalog::ColumnRole::Official)
                    s.set_text(row, column.position - 1,
                               repair::official_cell_text(ver1(), item, column.key));
        } else {
            s.set_text(row, 2, "自社で追加した目標");
        }
        ++row;
    }
    return workbook;
}

std::vector<std::string> all_numbers_but(std::set<int> left_out) {
    std::vector<std::string> numbers;
    for (const catalog::Item& item : ver1().items)
        if (!left_out.count(item.number)) numbers.push_back(std::to_string(item.number));
    return numbers;
}

repair::MissingItemsPlan plan_for(const sheet::Workbook& workbook,
                                  const std::vector<settings::Ignore>& ignores = {}) {
    const auto layout = sheet::detect_layout(workbook, test::shipped_catalog(), {"card-api-1.0"});
    if (!layout) throw std::runtime_error("no checklist found in the test sheet");
    return repair::plan_missing_items(workbook.sheets.at(std::size_t(layout->sheet)), *layout,
                                      ver1(), ignores);
}

std::vector<int> numbers_of(const repair::MissingItemsPlan& plan) {
    std::vector<int> numbers;
    for (const auto& row : plan.rows) numbers.push_back(row.number);
    return numbers;
}

}  // namespace

TEST(MissingItems, ColumnPositionsAreOneBased) {
    // sheet_with() relies on it; a catalog with 0-based positions would shift every column.
    EXPECT_EQ(ver1().columns.front().position, 1);
}

TEST(MissingItems, CompleteSheetNeedsNothing) {
    const auto plan = plan_for(sheet_with(all_numbers_but({})));
    EXPECT_TRUE(plan.rows.empty());
    EXPECT_TRUE(plan.deliberately_deleted.empty());
}

TEST(MissingItems, AnItemUnderAWrongNumberIsNotAddedAgain) {
    // Item 31's row numbered 30 and item 30 absent: 31 is there under a wrong number, 30 is
    // the one to add.
    sheet::Workbook workbook = sheet_with(all_numbers_but({30}));
    sheet::Sheet& s = workbook.sheets.front();
    for (int row = kHeaderRow + 1; row < s.row_count(); ++row)
        if (s.text(row, 0) == "31") s.set_text(row, 0, "30");
    EXPECT_EQ(numbers_of(plan_for(workbook)), std::vector<int>{30});
    // With item 30's row there too (the sheet of issue 20), nothing is added.
    sheet::Workbook both = sheet_with(all_numbers_but({}));
    sheet::Sheet& t = both.sheets.front();
    for (int row = kHeaderRow + 1; row < t.row_count(); ++row)
        if (t.text(row, 0) == "31") t.set_text(row, 0, "30");
    EXPECT_EQ(numbers_of(plan_for(both)), std::vector<int>{});
}

TEST(MissingItems, EachMissingItemGoesRightAfterItsPredecessor) {
    // Items 1..43 on rows 4..46 (0-based 3..45), without 5, 6 and 20.
    const auto plan = plan_for(sheet_with(all_numbers_but({5, 6, 20})));
    ASSERT_EQ(numbers_of(plan), (std::vector<int>{5, 6, 20}));
    // 4 is on 0-based row 6, so 5 becomes row 7 and 6 row 8.
    EXPECT_EQ(plan.rows[0].row, kHeaderRow + 5);
    EXPECT_EQ(plan.rows[1].row, kHeaderRow + 6);
    // 19 was on row 2 + 17 = 19 before the insertions; two rows were inserted above it.
    EXPECT_EQ(plan.rows[2].row, kHeaderRow + 20);
}

TEST(MissingItems, AfterApplyingThePlanEveryItemIsInOrder) {
    const auto plan = plan_for(sheet_with(all_numbers_but({1, 2, 17, 42, 43})));
    std::vector<int> sheet_numbers;
    for (const catalog::Item& item : ver1().items)
        if (item.number != 1 && item.number != 2 && item.number != 17 && item.number != 42 &&
            item.number != 43)
            sheet_numbers.push_back(item.number);
    for (const auto& row : plan.rows) {
        const auto at = sheet_numbers.begin() + (row.row - (kHeaderRow + 1));
        sheet_numbers.insert(at, row.number);
    }
    std::vector<int> expected;
    for (const catalog::Item& item : ver1().items) expected.push_back(item.number);
    EXPECT_EQ(sheet_numbers, expected);
}

TEST(MissingItems, FirstItemsGoBeforeTheFirstPresentOne) {
    const auto plan = plan_for(sheet_with(all_numbers_but({1, 2})));
    ASSERT_EQ(numbers_of(plan), (std::vector<int>{1, 2}));
    EXPECT_EQ(plan.rows[0].row, kHeaderRow + 1);
    EXPECT_EQ(plan.rows[1].row, kHeaderRow + 2);
}

TEST(MissingItems, EmptySheetGetsEveryItemUnderTheHeader) {
    const auto plan = plan_for(sheet_with({"独自1"}));
    ASSERT_EQ(plan.rows.size(), ver1().items.size());
    EXPECT_EQ(plan.rows.front().row, kHeaderRow + 1);
    EXPECT_EQ(plan.rows.back().row, kHeaderRow + static_cast<int>(ver1().items.size()));
}

TEST(MissingItems, OwnRowsAfterAnItemStayBelowTheRestoredOnes) {
    // 独自1 follows 3; the missing 4 goes right after 3, above 独自1.
    std::vector<std::string> numbers = {"1", "2", "3", "独自1"};
    for (int n = 5; n <= 43; ++n) numbers.push_back(std::to_string(n));
    const auto plan = plan_for(sheet_with(numbers));
    ASSERT_EQ(numbers_of(plan), (std::vector<int>{4}));
    EXPECT_EQ(plan.rows[0].row, kHeaderRow + 4);
}

TEST(MissingItems, CellsCarryTheOfficialTextOfTheFormatColumns) {
    const auto plan = plan_for(sheet_with(all_numbers_but({21})));
    ASSERT_EQ(plan.rows.size(), 1u);
    const catalog::Item& item = *ver1().item_by_number(21);
    std::map<std::string, repair::OfficialCell> by_key;
    for (const auto& cell : plan.rows[0].cells) by_key[cell.key] = cell;
    ASSERT_EQ(by_key.size(), 4u);
    EXPECT_EQ(by_key["number"].text, "21");
    EXPECT_EQ(by_key["number"].column, 0);
    EXPECT_EQ(by_key["goal"].text, item.goal);
    EXPECT_EQ(by_key["goal"].column, 2);
    EXPECT_EQ(by_key["category"].text, ver1().category_by_id(item.category)->name);
    EXPECT_EQ(by_key["target"].text, ver1().target_by_id(item.target)->label);
    EXPECT_EQ(repair::official_cell_text(ver1(), item, "current_status"), "");
}

TEST(MissingItems, DeliberatelyDeletedItemsAreNotReAdded) {
    const std::vector<settings::Ignore> ignores = {
        {"item.missing", 20, "", "", "当社のサービスは該当しないため削除"},
        {"answer.required", 5, "", "", "別の指摘の無視は関係しない"},
    };
    const auto plan = plan_for(sheet_with(all_numbers_but({5, 20})), ignores);
    EXPECT_EQ(numbers_of(plan), (std::vector<int>{5}));
    EXPECT_EQ(plan.deliberately_deleted, (std::vector<int>{20}));
}

TEST(MissingItems, AnIgnoreWithoutNumberKeepsEveryMissingItemOut) {
    const std::vector<settings::Ignore> ignores = {{"item.missing", {}, "", "", "全体で合意"}};
    const auto plan = plan_for(sheet_with(all_numbers_but({5, 20})), ignores);
    EXPECT_TRUE(plan.rows.empty());
    EXPECT_EQ(plan.deliberately_deleted, (std::vector<int>{5, 20}));
}
