// answer.terse (core/src/validate/rule_answer_content.cpp): 対応済み or 該当なし alone tells
// the reviewer nothing, unless 備考 says more.

#include <gtest/gtest.h>

#include "rule_sheet.hpp"

using namespace apichecklist;
using settings::Role;
using test::numbers_of;
using test::RuleSheet;

TEST(RuleAnswerContent, AConcreteAnswerIsFine) {
    EXPECT_TRUE(RuleSheet().findings("answer.terse", Role::Both).empty());
}

TEST(RuleAnswerContent, ABareDoneOrNotApplicableIsAHint) {
    RuleSheet sheet;
    sheet.set(23, "current_status", "対応済み");
    sheet.set(24, "current_status", "該当なし");
    sheet.set(25, "current_status", "○");
    const auto found = sheet.findings("answer.terse", Role::Both);
    EXPECT_EQ(numbers_of(found), (std::vector<int>{23, 24, 25}));
    EXPECT_EQ(found[0].severity, validate::Severity::Info);
    EXPECT_EQ(found[0].cell_a1(), sheet.cell_of(23, "current_status"));
}

TEST(RuleAnswerContent, WidthAndCaseDoNotHideATerseAnswer) {
    RuleSheet sheet;
    sheet.set(23, "current_status", "Ｎ／Ａ");
    EXPECT_EQ(numbers_of(sheet.findings("answer.terse", Role::Both)), std::vector<int>{23});
}

TEST(RuleAnswerContent, ARemarkMayGiveTheReason) {
    RuleSheet sheet;
    sheet.set(24, "current_status", "該当なし");
    sheet.set(24, "remarks", "当社は加盟店を持たないため。");
    EXPECT_TRUE(sheet.findings("answer.terse", Role::Both).empty());
}

TEST(RuleAnswerContent, MoreThanTheBareWordIsNotTerse) {
    RuleSheet sheet;
    sheet.set(23, "current_status",
              "対応済み。情報管理規程第3条に基づき、年1回研修を実施している。");
    EXPECT_TRUE(sheet.findings("answer.terse", Role::Both).empty());
}

TEST(RuleAnswerContent, AnEmptyAnswerIsNotTerseButMissing) {
    RuleSheet sheet;  // answer.required says it
    sheet.set(23, "current_status", "");
    EXPECT_TRUE(sheet.findings("answer.terse", Role::Both).empty());
}
