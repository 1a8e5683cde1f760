// own_item.goal_missing (core/src/validate/rule_own_items.cpp): an item a company adds
// (通番 独自1, 独自-2, …) says what it checks.

#include <gtest/gtest.h>

#include "rule_sheet.hpp"

using namespace apichecklist;
using settings::Role;
using test::RuleSheet;

TEST(RuleOwnItems, AnOwnItemWithItsGoalIsFine) {
    RuleSheet sheet;
    sheet.add_row({{"number", "独自1"},
                   {"goal", "加盟店管理を適切に行う。"},
                   {"target", "API 接続先"},
                   {"current_status", "加盟店審査の手順を定めている。"}});
    EXPECT_TRUE(sheet.all_findings(Role::Both).empty());
}

TEST(RuleOwnItems, AnOwnItemWithoutAGoalIsAWarning) {
    RuleSheet sheet;
    sheet.add_row(
        {{"number", "独自2"}, {"target", "API 接続先"}, {"current_status", "実施している。"}});
    const auto found = sheet.findings("own_item.goal_missing", Role::Both);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].item, "独自2");
    EXPECT_EQ(found[0].severity, validate::Severity::Warning);
    EXPECT_EQ(found[0].column, "goal");
}
