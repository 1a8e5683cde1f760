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
    const settings::Ignore ignore = validate::ignore_for(f, "次回面談で確認");
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
    const settings::Ignore ignore = validate::ignore_for(f, "該当なし");
    EXPECT_FALSE(ignore.number);
    EXPECT_EQ(ignore.item, "独自1");
    EXPECT_FALSE(validate::ignore_matches(ignore, finding(std::nullopt, "独自2", 50)));
}

TEST(IgnoreEdits, RestoreRemovesEveryIgnoreThatAcceptsTheFindingAndNoOther) {
    const auto f = finding(5, "5", 7);
    settings::DocumentSettings settings;
    settings.ignores = {validate::ignore_for(f, "一つ目"),
                        settings::Ignore{"answer.required", std::nullopt, "", "", "規則ごと"},
                        validate::ignore_for(finding(6, "6", 8), "別の項目")};
    EXPECT_EQ(validate::restore_finding(settings, f), 2u);
    ASSERT_EQ(settings.ignores.size(), 1u);
    EXPECT_EQ(settings.ignores[0].reason, "別の項目");
}

TEST(IgnoreEdits, AddingTheSameTargetTwiceReplacesTheReason) {
    settings::DocumentSettings settings;
    settings::Ignore ignore{"item.missing", 20, "", "", "該当しないため削除"};
    EXPECT_TRUE(validate::add_ignore(settings, ignore));
    ignore.reason = "審査部合意済み";
    EXPECT_FALSE(validate::add_ignore(settings, ignore));
    ASSERT_EQ(settings.ignores.size(), 1u);
    EXPECT_EQ(settings.ignores[0].reason, "審査部合意済み");
    EXPECT_TRUE(validate::add_ignore(settings, {"item.missing", 21, "", "", "別の項目"}));
    EXPECT_TRUE(validate::add_ignore(settings, {"item.missing", 20, "", "A1", "セル指定"}));
    EXPECT_EQ(settings.ignores.size(), 3u);
}

TEST(IgnoreEdits, RemoveTakesOnlyTheExactTarget) {
    settings::DocumentSettings settings;
    settings.ignores = {{"answer.terse", 24, "", "E29", "合意"},
                        {"answer.terse", 24, "", "", "項目ごと"},
                        {"answer.terse", std::nullopt, "独自1", "", "独自"}};
    settings::Ignore key{"answer.terse", std::nullopt, "", "", ""};
    validate::set_ignore_item(key, "24");
    EXPECT_EQ(key.number, 24);
    EXPECT_EQ(validate::remove_ignore(settings, key), 1u);
    ASSERT_EQ(settings.ignores.size(), 2u);
    EXPECT_EQ(settings.ignores[0].cell, "E29");
    validate::set_ignore_item(key, "独自1");
    EXPECT_FALSE(key.number);
    EXPECT_EQ(key.item, "独自1");
    EXPECT_EQ(validate::remove_ignore(settings, key), 1u);
    EXPECT_EQ(validate::remove_ignore(settings, key), 0u);
}

TEST(IgnoreEdits, UnreadableSettingsAreToldApartFromNone) {
    EXPECT_FALSE(settings::settings_unreadable(settings::SettingsReadResult{}));
    EXPECT_TRUE(settings::settings_unreadable(settings::parse_settings_json("not json")));
    EXPECT_FALSE(settings::settings_unreadable(
        settings::parse_settings_json(R"({"ignores":[{"rule":"x"}]})")))
        << "a missing reason is reported, the rest is kept";
}
