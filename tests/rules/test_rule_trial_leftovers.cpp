// leftover.future_plan_column, leftover.bank, leftover.bank_answer
// (core/src/validate/rule_trial_leftovers.cpp): what a Ver. 1.0 sheet keeps from the 試行版.

#include <gtest/gtest.h>

#include "rule_sheet.hpp"

using namespace apichecklist;
using settings::Role;
using test::numbers_of;
using test::RuleSheet;

namespace {
const char* const kLeftoverRules[] = {"leftover.future_plan_column", "leftover.bank",
                                      "leftover.bank_answer"};
}  // namespace

TEST(RuleTrialLeftovers, AVer10SheetOfItsOwnHasNone) {
    const RuleSheet sheet;
    for (const char* rule : kLeftoverRules)
        EXPECT_TRUE(sheet.findings(rule, Role::Both).empty()) << rule;
}

TEST(RuleTrialLeftovers, TheTrialVersionsFuturePlanColumnIsAWarningOnItsHeading) {
    RuleSheet sheet;
    sheet.add_column("今後の対応予定");
    const auto found = sheet.findings("leftover.future_plan_column", Role::Both);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].severity, validate::Severity::Warning);
    EXPECT_EQ(found[0].cell_a1(), sheet.header_cell("今後の対応予定"));
}

TEST(RuleTrialLeftovers, BankWhereVer10SaysCardCompanyIsAWarning) {
    RuleSheet sheet;
    sheet.set(37, "target", "銀行");
    const auto found = sheet.findings("leftover.bank", Role::Both);
    ASSERT_EQ(numbers_of(found), std::vector<int>{37});
    EXPECT_EQ(found[0].column, "target");
    EXPECT_EQ(found[0].cell_a1(), sheet.cell_of(37, "target"));
}

TEST(RuleTrialLeftovers, AnswersSpeakingOfBankAreOneHintForTheSheet) {
    RuleSheet sheet;
    sheet.set(37, "current_status", "銀行としてAPI接続先を審査している。");
    sheet.set(38, "plan", "2025年3月までに銀行の規程を改める。");
    sheet.set(38, "issue", "規程が古い。");
    const auto found = sheet.findings("leftover.bank_answer", Role::Both);
    ASSERT_EQ(numbers_of(found), std::vector<int>{37});  // on the first, counting the rest
    EXPECT_EQ(found[0].severity, validate::Severity::Info);
    EXPECT_NE(found[0].message_ja.find("ほか 1 項目"), std::string::npos);
}

TEST(RuleTrialLeftovers, TheTrialVersionItselfLeavesNothingBehind) {
    RuleSheet trial("bank-api-trial-2017");  // its 銀行 and 今後の対応予定 are its own
    trial.set(2, "current_status", "銀行との契約に基づき管理している。");
    for (const char* rule : kLeftoverRules)
        EXPECT_TRUE(trial.findings(rule, Role::Both).empty()) << rule;
    EXPECT_TRUE(trial.all_findings(Role::Both).empty());
}
