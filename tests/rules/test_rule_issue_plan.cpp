// issue.plan_missing, plan.issue_missing, plan.no_date
// (core/src/validate/rule_issue_plan.cpp): an issue needs a plan, a plan its issue and a date.

#include <gtest/gtest.h>

#include "rule_sheet.hpp"

using namespace apichecklist;
using settings::Role;
using test::numbers_of;
using test::RuleSheet;

TEST(RuleIssuePlan, NoIssueAndNoPlanIsFine) {
    const RuleSheet sheet;
    for (const char* rule : {"issue.plan_missing", "plan.issue_missing", "plan.no_date"})
        EXPECT_TRUE(sheet.findings(rule, Role::Both).empty()) << rule;
}

TEST(RuleIssuePlan, AnIssueAndADatedPlanIsFine) {
    RuleSheet sheet;
    sheet.set(5, "issue", "委託先管理の手順が未整備。");
    sheet.set(5, "plan", "2025年3月末までに手順書を整備する。");
    sheet.set(6, "issue", "ログの保管期間が短い。");
    sheet.set(6, "plan", "3か月以内に保管期間を1年に延ばす。");
    EXPECT_TRUE(sheet.all_findings(Role::Both).empty());
}

TEST(RuleIssuePlan, AnIssueWithoutAPlanIsAnErrorOnThePlanCell) {
    RuleSheet sheet;
    sheet.set(5, "issue", "委託先管理の手順が未整備。");
    const auto found = sheet.findings("issue.plan_missing", Role::Both);
    ASSERT_EQ(numbers_of(found), std::vector<int>{5});
    EXPECT_EQ(found[0].severity, validate::Severity::Error);
    EXPECT_EQ(found[0].cell_a1(), sheet.cell_of(5, "plan"));
}

TEST(RuleIssuePlan, APlanWithoutAnIssueIsAWarningOnTheIssueCell) {
    RuleSheet sheet;
    sheet.set(6, "plan", "2024年9月までに規程を改定する。");
    const auto found = sheet.findings("plan.issue_missing", Role::Both);
    ASSERT_EQ(numbers_of(found), std::vector<int>{6});
    EXPECT_EQ(found[0].severity, validate::Severity::Warning);
    EXPECT_EQ(found[0].cell_a1(), sheet.cell_of(6, "issue"));
}

TEST(RuleIssuePlan, APlanNeedsADateOrAPeriod) {
    RuleSheet sheet;
    sheet.set(7, "issue", "ログの保管期間が短い。");
    sheet.set(7, "plan", "保管期間の延長を検討する。");
    sheet.set(8, "issue", "ログの保管期間が短い。");
    sheet.set(8, "plan", "来年度に延長する。");
    const auto found = sheet.findings("plan.no_date", Role::Both);
    ASSERT_EQ(numbers_of(found), std::vector<int>{7});
    EXPECT_EQ(found[0].cell_a1(), sheet.cell_of(7, "plan"));
    EXPECT_NE(found[0].message_ja.find("「課題への対応計画」"), std::string::npos);
}

TEST(RuleIssuePlan, InTheTrialVersionTheFuturePlanIsThePlanAndNeedsADate) {
    RuleSheet trial("bank-api-trial-2017");  // no 課題認識 column: nothing to pair
    trial.set(2, "future_plan", "手順書を整備する。");
    trial.set(3, "future_plan", "2018年3月までに手順書を整備する。");
    EXPECT_TRUE(trial.findings("plan.issue_missing", Role::Both).empty());
    const auto found = trial.findings("plan.no_date", Role::Both);
    ASSERT_EQ(numbers_of(found), std::vector<int>{2});
    EXPECT_NE(found[0].message_ja.find("「今後の対応予定」"), std::string::npos);
}
