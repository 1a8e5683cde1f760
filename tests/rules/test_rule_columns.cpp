// column.missing (core/src/validate/rule_columns.cpp): every column of the フォーマット stays.

#include <gtest/gtest.h>

#include "rule_sheet.hpp"

using namespace apichecklist;
using settings::Role;
using test::RuleSheet;

TEST(RuleColumns, EveryColumnOfTheFormatIsThere) {
    EXPECT_TRUE(RuleSheet().findings("column.missing", Role::Both).empty());
}

TEST(RuleColumns, ADeletedColumnIsAWarningOnTheHeaderRow) {
    RuleSheet sheet;
    sheet.remove_column("remarks");
    sheet.remove_column("rule_location");
    const auto found = sheet.findings("column.missing", Role::Both);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].column, "rule_location");  // in the catalog's column order
    EXPECT_EQ(found[1].column, "remarks");
    EXPECT_EQ(found[0].severity, validate::Severity::Warning);
    EXPECT_EQ(found[0].cell_a1(), sheet.header_cell("number"));
    EXPECT_NE(found[1].message_ja.find("「備考」"), std::string::npos);
}

TEST(RuleColumns, AColumnOfOurOwnIsNoMissingColumn) {
    RuleSheet sheet;
    sheet.add_column("確認者メモ");
    EXPECT_TRUE(sheet.findings("column.missing", Role::Both).empty());
}
