// Accepting a finding from the 検証 panel and taking the acceptance back.

#include <gtest/gtest.h>

#include "apichecklist/validate/ignore_edits.hpp"

using namespace apichecklist;

namespace {

validate::Finding finding(std::optional<int> number, std::string item, int row) {
    validate::Finding f;
    f.rule = "answer.required";
    f.number = number;
    f.item = std::move(item);
    f.sheet = "チェックリスト";
    f.cell = sheet::CellAddress{row, 4};
    return f;
}

}  // namespace

TEST(IgnoreEdits, AnIgnoreIsPinnedToTheFindingsItemAndCell) {
    const auto f = finding(5, "5", 7);
    const validate::Ignore ignore = validate::ignore_for(f, "次回面談で確認");
    EXPECT_EQ(ignore.rule, "answer.required");
    EXPECT_EQ(ignore.number, 5);
    EXPECT_EQ(ignore.item, "");
    EXPECT_EQ(ignore.cell, "E8");
    EXPECT_EQ(ignore.reason, "次回面談で確認");
    EXPECT_TRUE(validate::ignore_matches(ignore, f));
    EXPECT_FALSE(validate::ignore_matches(ignore, finding(5, "5", 8))) << "another cell";
    EXPECT_FALSE(validate::ignore_matches(ignore, finding(6, "6", 7))) << "another item";
}

TEST(IgnoreEdits, AnOwnItemIsNamedByItsLabel) {
    const auto f = finding(std::nullopt, "独自1", 50);
    const validate::Ignore ignore = validate::ignore_for(f, "該当なし");
    EXPECT_FALSE(ignore.number);
    EXPECT_EQ(ignore.item, "独自1");
    EXPECT_FALSE(validate::ignore_matches(ignore, finding(std::nullopt, "独自2", 50)));
}

TEST(IgnoreEdits, RestoreRemovesEveryIgnoreThatAcceptsTheFindingAndNoOther) {
    const auto f = finding(5, "5", 7);
    validate::DocumentSettings settings;
    settings.ignores = {validate::ignore_for(f, "一つ目"),
                        validate::Ignore{"answer.required", std::nullopt, "", "", "規則ごと"},
                        validate::ignore_for(finding(6, "6", 8), "別の項目")};
    EXPECT_EQ(validate::restore_finding(settings, f), 2u);
    ASSERT_EQ(settings.ignores.size(), 1u);
    EXPECT_EQ(settings.ignores[0].reason, "別の項目");
}
