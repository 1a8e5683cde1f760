// cell.formula, cell.error (core/src/validate/rule_cell_values.cpp): answers are written
// text, not computed.

#include <gtest/gtest.h>

#include "rule_sheet.hpp"

using namespace apichecklist;
using settings::Role;
using test::numbers_of;
using test::RuleSheet;

namespace {

sheet::Cell computed(sheet::CellKind kind, std::string shown, std::string formula) {
    sheet::Cell cell;
    cell.kind = kind;
    cell.text = std::move(shown);
    cell.formula = std::move(formula);
    return cell;
}

}  // namespace

TEST(RuleCellValues, WrittenAnswersAreFine) {
    const RuleSheet sheet;
    EXPECT_TRUE(sheet.findings("cell.formula", Role::Both).empty());
    EXPECT_TRUE(sheet.findings("cell.error", Role::Both).empty());
}

TEST(RuleCellValues, AFormulaInAnAnswerCellIsAWarning) {
    RuleSheet sheet;
    sheet.set_cell(21, "current_status",
                   computed(sheet::CellKind::Formula, "二要素認証を導入",
                            "=CONCATENATE(\"二要素認証\";\"を導入\")"));
    sheet.set_cell(22, "remarks", computed(sheet::CellKind::Formula, "済", "=A1"));
    const auto found = sheet.findings("cell.formula", Role::Both);
    ASSERT_EQ(numbers_of(found), (std::vector<int>{21, 22}));
    EXPECT_EQ(found[0].severity, validate::Severity::Warning);
    EXPECT_EQ(found[0].cell_a1(), sheet.cell_of(21, "current_status"));
    EXPECT_EQ(found[1].cell_a1(), sheet.cell_of(22, "remarks"));
    EXPECT_NE(found[0].message_ja.find("=CONCATENATE"), std::string::npos);
}

TEST(RuleCellValues, AnErrorValueIsAnErrorNamingTheFormula) {
    RuleSheet sheet;
    sheet.set_cell(22, "current_status", computed(sheet::CellKind::Error, "#DIV/0!", "=1/0"));
    const auto found = sheet.findings("cell.error", Role::Both);
    ASSERT_EQ(numbers_of(found), std::vector<int>{22});
    EXPECT_EQ(found[0].severity, validate::Severity::Error);
    EXPECT_NE(found[0].message_ja.find("#DIV/0!"), std::string::npos);
    EXPECT_NE(found[0].message_ja.find("=1/0"), std::string::npos);
    EXPECT_TRUE(sheet.findings("cell.formula", Role::Both).empty());  // one finding, not two
}

TEST(RuleCellValues, OnlyAnswerColumnsAreChecked) {
    RuleSheet sheet;  // an official column is the official text's business (official.changed)
    sheet.set_cell(21, "number", computed(sheet::CellKind::Formula, "21", "=20+1"));
    EXPECT_TRUE(sheet.findings("cell.formula", Role::Both).empty());
}
