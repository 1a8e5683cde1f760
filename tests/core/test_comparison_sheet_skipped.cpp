// The 比較結果 sheet the sidebar writes on request lists answers under the checklist's
// headings; like 確認結果 it must never be taken for the checklist nor be validated.

#include <gtest/gtest.h>

#include "apichecklist/sheet/layout.hpp"
#include "apichecklist/validate/validate.hpp"
#include "catalog_fixture.hpp"

using namespace apichecklist;

namespace {

// A header row of the フォーマット and one answered row per item.
sheet::Sheet checklist_like(const std::string& name, int items) {
    sheet::Sheet sheet(name);
    const catalog::Checklist& list = *test::shipped_catalog().checklist("card-api-1.0");
    int column = 0;
    for (const auto& c : list.columns) sheet.set_text(0, column++, c.label);
    for (int i = 0; i < items; ++i) {
        const catalog::Item& item = list.items.at(std::size_t(i));
        sheet.set_text(i + 1, 0, std::to_string(item.number));
        sheet.set_text(i + 1, 2, item.goal);
        sheet.set_text(i + 1, 4, "対応済み");
    }
    return sheet;
}

}  // namespace

TEST(ComparisonSheet, IsNeverTakenForTheChecklist) {
    sheet::Workbook workbook;
    // Before the checklist and with more matching rows: without the exclusion it would win.
    workbook.sheets.push_back(checklist_like(sheet::kComparisonSheet, 43));
    workbook.sheets.push_back(checklist_like("回答", 10));
    const auto layout = sheet::detect_layout(workbook, test::shipped_catalog());
    ASSERT_TRUE(layout);
    EXPECT_EQ(layout->sheet, 1);

    const validate::Report report =
        validate::validate(workbook, *layout, test::shipped_catalog(), validate::Role::Api, {});
    for (const validate::Finding& f : report.findings)
        EXPECT_NE(f.sheet, sheet::kComparisonSheet) << f.rule << " " << f.cell_a1();
}

TEST(ComparisonSheet, AloneIsNoChecklist) {
    sheet::Workbook workbook;
    workbook.sheets.push_back(checklist_like(sheet::kComparisonSheet, 43));
    EXPECT_FALSE(sheet::detect_layout(workbook, test::shipped_catalog()));
}
