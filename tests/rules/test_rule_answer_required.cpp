// answer.required (core/src/validate/rule_answer_required.cpp): 現在の対応状況 is needed on
// the items of the role the sheet is checked in and on every 共通 item.

#include <gtest/gtest.h>

#include "rule_sheet.hpp"

using namespace apichecklist;
using settings::Role;
using test::numbers_of;
using test::RuleSheet;

namespace {
constexpr int kApiItem = 3;      // 対象者 API 接続先
constexpr int kCardItem = 37;    // 対象者 カード会社
constexpr int kCommonItem = 11;  // 対象者 共通
}  // namespace

TEST(RuleAnswerRequired, AFullyAnsweredSheetNeedsNothing) {
    const RuleSheet sheet;
    for (const Role role : {Role::Api, Role::Card, Role::Both})
        EXPECT_TRUE(sheet.all_findings(role).empty()) << settings::role_name(role);
}

TEST(RuleAnswerRequired, AnEmptyAnswerOnTheRolesOwnItemIsAnError) {
    RuleSheet sheet;
    sheet.set(kApiItem, "current_status", "");
    const auto found = sheet.findings("answer.required", Role::Api);
    ASSERT_EQ(numbers_of(found), std::vector<int>{kApiItem});
    EXPECT_EQ(found[0].severity, validate::Severity::Error);
    EXPECT_EQ(found[0].cell_a1(), sheet.cell_of(kApiItem, "current_status"));
    EXPECT_EQ(found[0].column, "current_status");
}

TEST(RuleAnswerRequired, TheOtherPartysItemsMayStayEmpty) {
    RuleSheet sheet;
    sheet.set(kCardItem, "current_status", "");
    EXPECT_TRUE(sheet.findings("answer.required", Role::Api).empty());
    EXPECT_EQ(numbers_of(sheet.findings("answer.required", Role::Card)),
              std::vector<int>{kCardItem});
    EXPECT_EQ(numbers_of(sheet.findings("answer.required", Role::Both)),
              std::vector<int>{kCardItem});
}

TEST(RuleAnswerRequired, EveryRoleAnswersACommonItemAndIsToldSo) {
    RuleSheet sheet;
    sheet.set(kCommonItem, "current_status", "");
    for (const Role role : {Role::Api, Role::Card, Role::Both}) {
        const auto found = sheet.findings("answer.required", role);
        ASSERT_EQ(numbers_of(found), std::vector<int>{kCommonItem}) << settings::role_name(role);
        EXPECT_NE(found[0].message_ja.find("共通の項目"), std::string::npos);
    }
}

TEST(RuleAnswerRequired, WhitespaceAndInvisibleCharactersAreNoAnswer) {
    RuleSheet sheet;
    sheet.set(kApiItem, "current_status", " 　\n ");
    sheet.set(4, "current_status", "\u200b");
    EXPECT_EQ(numbers_of(sheet.findings("answer.required", Role::Api)),
              (std::vector<int>{kApiItem, 4}));
}

TEST(RuleAnswerRequired, AnOwnItemIsAnsweredByThePartyItsTargetNames) {
    RuleSheet sheet;
    sheet.add_row(
        {{"number", "独自1"}, {"goal", "加盟店管理を適切に行う。"}, {"target", "API 接続先"}});
    const auto found = sheet.findings("answer.required", Role::Api);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].item, "独自1");
    EXPECT_FALSE(found[0].number);
    EXPECT_TRUE(sheet.findings("answer.required", Role::Card).empty());
}

TEST(RuleAnswerRequired, ARowUnderAnUnknownNumberIsNotAskedForAnAnswer) {
    RuleSheet sheet;  // number.unknown says what is wrong with it
    sheet.add_row({{"number", "99"}, {"goal", "独自の目標"}, {"target", "API 接続先"}});
    EXPECT_TRUE(sheet.findings("answer.required", Role::Api).empty());
}
