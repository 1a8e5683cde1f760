// number.wrong, number.duplicate, number.unknown, number.invalid, item.missing
// (core/src/validate/rule_numbers.cpp): every item of the checklist once, under its 通番.

#include <gtest/gtest.h>

#include "rule_sheet.hpp"

using namespace apichecklist;
using settings::Role;
using test::numbers_of;
using test::RuleSheet;

namespace {
const char* const kNumberRules[] = {"number.wrong", "number.duplicate", "number.unknown",
                                    "number.invalid", "item.missing"};
}  // namespace

TEST(RuleNumbers, EveryItemOnceIsFine) {
    const RuleSheet sheet;
    for (const char* rule : kNumberRules)
        EXPECT_TRUE(sheet.findings(rule, Role::Both).empty()) << rule;
}

TEST(RuleNumbers, NumbersWrittenTheWaysPeopleWriteThemAreRead) {
    RuleSheet sheet;
    sheet.set(12, "number", "１２");
    sheet.set(13, "number", "No.13");
    sheet.set(14, "number", " 14 ");
    for (const char* rule : kNumberRules)
        EXPECT_TRUE(sheet.findings(rule, Role::Both).empty()) << rule;
}

TEST(RuleNumbers, AMissingItemIsAnErrorWithTheCommandToIgnoreIt) {
    RuleSheet sheet;
    sheet.remove_item(20);
    const auto found = sheet.findings("item.missing", Role::Both);
    ASSERT_EQ(numbers_of(found), std::vector<int>{20});
    EXPECT_FALSE(found[0].cell);  // no row to point at
    EXPECT_NE(found[0].message_ja.find(
                  "apichecklist ignore add rule-sheet.ods --rule item.missing --number 20"),
              std::string::npos);
}

TEST(RuleNumbers, ARepeatedNumberIsAnErrorOnTheSecondRow) {
    RuleSheet sheet;
    sheet.repeat_item(10);
    const auto found = sheet.findings("number.duplicate", Role::Both);
    ASSERT_EQ(numbers_of(found), std::vector<int>{10});
    EXPECT_EQ(found[0].cell_a1(), "A12");  // item 10 is in row 11, its copy below
    EXPECT_NE(found[0].message_ja.find("A11"), std::string::npos);
}

TEST(RuleNumbers, ANumberTheChecklistDoesNotHaveIsAnError) {
    RuleSheet sheet;
    sheet.add_row({{"number", "99"}, {"goal", "独自の目標"}, {"current_status", "回答"}});
    const auto found = sheet.findings("number.unknown", Role::Both);
    ASSERT_EQ(numbers_of(found), std::vector<int>{99});
    EXPECT_NE(found[0].message_ja.find("1〜43"), std::string::npos);
}

TEST(RuleNumbers, ANumberThatIsNoNumberIsAnErrorSaidOnce) {
    RuleSheet sheet;
    sheet.add_row({{"number", "項目A"}, {"current_status", "回答"}});
    sheet.add_row({{"number", "項目B"}, {"current_status", "回答"}});
    const auto found = sheet.findings("number.invalid", Role::Both);
    ASSERT_EQ(found.size(), 1u);  // the first such row, with the count of the others
    EXPECT_EQ(found[0].item, "項目A");
    EXPECT_NE(found[0].message_ja.find("ほか 1 行"), std::string::npos);
}

TEST(RuleNumbers, AnItemWithoutANumberIsAnError) {
    RuleSheet sheet;  // a row of the table with a goal of its own, not a continued answer
    sheet.add_row({{"goal", "加盟店管理を適切に行う。"}, {"current_status", "実施している。"}});
    const auto found = sheet.findings("number.invalid", Role::Both);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0].message_ja.find("通番が空欄です"), std::string::npos);
}

TEST(RuleNumbers, AnOwnItemIsNoUnknownNumber) {
    RuleSheet sheet;
    sheet.add_row(
        {{"number", "独自1"}, {"goal", "加盟店管理を適切に行う。"}, {"current_status", "回答"}});
    for (const char* rule : kNumberRules)
        EXPECT_TRUE(sheet.findings(rule, Role::Both).empty()) << rule;
}

TEST(RuleNumbers, AnItemUnderAnotherItemsNumberIsAWrongNumberNotAChange) {
    RuleSheet sheet;  // item 5's row is gone and its goal stands under 通番 6
    const std::string goal_of_5 = sheet.checklist().item_by_number(5)->goal;
    sheet.remove_item(5);
    sheet.set(6, "goal", goal_of_5);
    const auto wrong = sheet.findings("number.wrong", Role::Both);
    ASSERT_EQ(numbers_of(wrong), std::vector<int>{5});  // the item the row really is
    EXPECT_EQ(wrong[0].cell_a1(), sheet.cell_of(6, "number"));
    EXPECT_EQ(numbers_of(sheet.findings("item.missing", Role::Both)), std::vector<int>{6});
    EXPECT_TRUE(sheet.findings("official.changed", Role::Both).empty());
}
