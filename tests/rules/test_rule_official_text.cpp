// official.changed (core/src/validate/rule_official_text.cpp): 区分, セキュリティ対応目標 and
// 対象者 read as the catalog prints them. Width, case, spaces and punctuation do not count;
// a reading the errata accept is no change.

#include <gtest/gtest.h>

#include "rule_sheet.hpp"

using namespace apichecklist;
using settings::Role;
using test::numbers_of;
using test::RuleSheet;

TEST(RuleOfficialText, TheOfficialTextIsFine) {
    EXPECT_TRUE(RuleSheet().findings("official.changed", Role::Both).empty());
}

TEST(RuleOfficialText, AChangedGoalIsAnErrorWithBothTexts) {
    RuleSheet sheet;
    sheet.set(9, "goal", "外部委託先を管理する。");
    const auto found = sheet.findings("official.changed", Role::Both);
    ASSERT_EQ(numbers_of(found), std::vector<int>{9});
    EXPECT_EQ(found[0].severity, validate::Severity::Error);
    EXPECT_EQ(found[0].column, "goal");
    EXPECT_EQ(found[0].cell_a1(), sheet.cell_of(9, "goal"));
    EXPECT_EQ(found[0].expected, sheet.checklist().item_by_number(9)->goal);
    EXPECT_EQ(found[0].actual, "外部委託先を管理する。");
}

TEST(RuleOfficialText, AChangedTargetIsAChangeToo) {
    RuleSheet sheet;
    sheet.set(2, "target", "カード会社");
    const auto found = sheet.findings("official.changed", Role::Both);
    ASSERT_EQ(numbers_of(found), std::vector<int>{2});
    EXPECT_EQ(found[0].column, "target");
    EXPECT_EQ(found[0].expected, "API 接続先");
}

TEST(RuleOfficialText, AnEmptiedGoalIsAChange) {
    RuleSheet sheet;
    sheet.set(9, "goal", "");
    ASSERT_EQ(numbers_of(sheet.findings("official.changed", Role::Both)), std::vector<int>{9});
    EXPECT_NE(sheet.findings("official.changed", Role::Both)[0].message_ja.find("空欄"),
              std::string::npos);
}

TEST(RuleOfficialText, WidthAndSpacesDoNotCount) {
    RuleSheet sheet;
    sheet.set(2, "target", "ＡＰＩ接続先");
    sheet.set(1, "goal", " " + sheet.checklist().item_by_number(1)->goal + "\n");
    EXPECT_TRUE(sheet.findings("official.changed", Role::Both).empty());
}

TEST(RuleOfficialText, ACategoryMergedDownItsChapterIsReadFromAbove) {
    RuleSheet sheet;  // items 1 and 2 share their 区分; a merge leaves item 2's cell empty
    sheet.set(2, "category", "");
    EXPECT_TRUE(sheet.findings("official.changed", Role::Both).empty());
}

TEST(RuleOfficialText, AReadingTheErrataAcceptIsNoChange) {
    RuleSheet sheet;  // the 2nd printing's wording of item 12 (catalog/errata/card-api-1.0.json)
    sheet.set(12, "goal", "利用者からの相談・照会等への対応を適切に実施する。");
    EXPECT_TRUE(sheet.findings("official.changed", Role::Both).empty());
}

TEST(RuleOfficialText, TheTrialVersionsBankIsALeftoverNotAChange) {
    RuleSheet sheet;  // leftover.bank says it
    sheet.set(37, "target", "銀行");
    EXPECT_TRUE(sheet.findings("official.changed", Role::Both).empty());
    EXPECT_EQ(numbers_of(sheet.findings("leftover.bank", Role::Both)), std::vector<int>{37});
}
