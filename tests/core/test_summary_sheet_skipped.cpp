// The 確認結果 sheet the report writes into a document repeats the checklist's headings in
// its tables; it must never be taken for the checklist nor be validated.

#include <gtest/gtest.h>

#include "apichecklist/sheet/layout.hpp"
#include "apichecklist/validate/validate.hpp"
#include "catalog_fixture.hpp"
#include "checklist_like_sheet.hpp"

using namespace apichecklist;

using test::checklist_like;

TEST(SummarySheet, IsNeverTakenForTheChecklist) {
    sheet::Workbook workbook;
    // Before the checklist and with more matching rows: without the exclusion it would win.
    workbook.sheets.push_back(checklist_like(sheet::kSummarySheet, 43, false));
    workbook.sheets.push_back(checklist_like("回答", 10, true));
    const auto layout = sheet::detect_layout(workbook, test::shipped_catalog(), {});
    ASSERT_TRUE(layout);
    EXPECT_EQ(layout->sheet, 1);
    EXPECT_EQ(layout->rows.size(), 10u);

    const validate::Report report =
        validate::validate(workbook, *layout, test::shipped_catalog(), settings::Role::Api, {});
    for (const validate::Finding& f : report.findings)
        EXPECT_NE(f.sheet, sheet::kSummarySheet) << f.rule << " " << f.cell_a1();
}

TEST(SummarySheet, AloneIsNoChecklist) {
    sheet::Workbook workbook;
    workbook.sheets.push_back(checklist_like(sheet::kSummarySheet, 43, true));
    EXPECT_FALSE(sheet::detect_layout(workbook, test::shipped_catalog(), {}));
    workbook.sheets.push_back(checklist_like("Sheet1", 43, true));
    EXPECT_TRUE(sheet::detect_layout(workbook, test::shipped_catalog(), {}));
}
