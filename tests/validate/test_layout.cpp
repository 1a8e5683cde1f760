// Finding the checklist in real workbooks: header row, columns, 通番, version.

#include <gtest/gtest.h>

#include "apichecklist/settings/document_settings.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "fixtures.hpp"

using namespace apichecklist;

namespace {

sheet::ChecklistLayout layout_of(const std::string& name, const std::string& forced = {}) {
    const sheet::Workbook workbook = test::read_fixture(name);
    const auto layout =
        sheet::detect_layout(workbook, test::shipped_catalog(),
                             settings::checklist_hint(settings::read_settings(workbook), forced));
    if (!layout) throw std::runtime_error("no layout in " + name);
    return *layout;
}

}  // namespace

TEST(ItemNumber, AcceptsDigitsInAnyWidth) {
    EXPECT_EQ(sheet::parse_item_number("12"), 12);
    EXPECT_EQ(sheet::parse_item_number("１２"), 12);
    EXPECT_EQ(sheet::parse_item_number(" 7 "), 7);
    EXPECT_FALSE(sheet::parse_item_number(""));
    EXPECT_FALSE(sheet::parse_item_number("独自1"));
    EXPECT_FALSE(sheet::parse_item_number("1a"));
    EXPECT_FALSE(sheet::parse_item_number("0"));
}

TEST(ItemNumber, AcceptsTheFormsPeopleWrite) {
    for (const char* text : {"1", "１", "No.1", "No. 1", "NO.1", "#1", "1.", "項番1", "No．１"})
        EXPECT_EQ(sheet::parse_item_number(text), 1) << text;
    EXPECT_FALSE(sheet::parse_item_number("第1項目"));
    EXPECT_FALSE(sheet::parse_item_number("No."));
}

TEST(Blank, InvisibleCharactersAreBlank) {
    EXPECT_TRUE(sheet::is_blank("\u200b"));
    EXPECT_TRUE(sheet::is_blank("\ufeff \u200b\u3000"));
    EXPECT_TRUE(sheet::is_blank("\u2028"));
    EXPECT_FALSE(sheet::is_blank("\u200bあ"));
}

TEST(ItemNumber, OwnItemMarker) {
    EXPECT_TRUE(sheet::is_own_item_marker("独自1"));
    EXPECT_TRUE(sheet::is_own_item_marker(" 独自-2"));
    EXPECT_FALSE(sheet::is_own_item_marker("12"));
    EXPECT_FALSE(sheet::is_own_item_marker("当社独自"));
}

TEST(Layout, HeaderBelowMergedTitleRows) {
    for (const char* name : {"clean-api.ods", "clean-api.xlsx", "clean-api.csv"}) {
        const auto layout = layout_of(name);
        EXPECT_EQ(layout.header_row, 4) << name;
        EXPECT_EQ(layout.sheet, 0) << name;
        EXPECT_EQ(layout.checklist_id, "card-api-1.0") << name;
        EXPECT_EQ(layout.rows.size(), 43u) << name;
        EXPECT_EQ(layout.column("current_status"), 4) << name;
    }
}

TEST(Layout, ReorderedExtraColumnsLineBreaksAndFullWidthNumbers) {
    for (const char* name : {"layout-variants.ods", "layout-variants.xlsx"}) {
        const auto layout = layout_of(name);
        EXPECT_EQ(layout.sheet, 0) << name;
        EXPECT_EQ(layout.column("goal"), 2) << name;
        EXPECT_EQ(layout.column("current_status"), 5)
            << "after the extra 確認者メモ column, " << name;
        EXPECT_EQ(layout.column("issue"), 6) << "課題　認識 with a full-width space, " << name;
        EXPECT_EQ(layout.column("plan"), 7) << name;
        EXPECT_EQ(layout.detected_by, "content") << name;
        ASSERT_EQ(layout.rows.size(), 43u) << name;
        EXPECT_EQ(layout.rows.front().number, 43) << "rows in reverse order, " << name;
        EXPECT_EQ(layout.rows[1].number, 42) << "full-width ４２, " << name;
    }
}

TEST(Layout, SettingsNameTheChecklist) {
    EXPECT_EQ(layout_of("broken.xlsx").detected_by, "settings");
}

TEST(Layout, TemplatePropertyNamesTheChecklist) {
    for (const char* name : {"template-property.ods", "template-property.xlsx"}) {
        const auto wb = test::read_fixture(name);
        EXPECT_EQ(wb.properties.at("apichecklist.checklist"), "card-api-1.0") << name;
        EXPECT_EQ(layout_of(name).detected_by, "property") << name;
    }
}

TEST(Layout, TrialVersionIsRecognisedFromItsContent) {
    for (const char* name : {"trial-2017.ods", "trial-2017.xlsx"}) {
        const auto layout = layout_of(name);
        EXPECT_EQ(layout.checklist_id, "bank-api-trial-2017") << name;
        EXPECT_EQ(layout.rows.size(), 60u) << name;
        EXPECT_EQ(layout.column("methods"), 4) << name;
    }
}

TEST(Layout, ForcedChecklistWins) {
    EXPECT_EQ(layout_of("trial-2017.ods", "card-api-1.0").checklist_id, "card-api-1.0");
}

TEST(Layout, TrialColumnInVer10IsForeign) {
    const auto layout = layout_of("broken.ods");
    EXPECT_EQ(layout.foreign_columns.at("future_plan"), 10);
    EXPECT_EQ(layout.column("future_plan"), -1);
}

TEST(Layout, OwnItemsAndUnknownNumbers) {
    const auto layout = layout_of("broken.ods");
    int own = 0;
    for (const auto& row : layout.rows) own += row.kind == sheet::RowKind::OwnItem;
    EXPECT_EQ(own, 2);
}

TEST(Layout, NoChecklistIsNullopt) {
    for (const char* name : {"empty.ods", "empty.xlsx", "no-checklist.ods"})
        EXPECT_FALSE(sheet::detect_layout(test::read_fixture(name), test::shipped_catalog(), {}))
            << name;
}

TEST(Layout, HeaderBeyondRow30IsNotSearched) {
    sheet::Workbook wb;
    wb.sheets.emplace_back("s");
    for (int c = 0; c < 3; ++c)
        wb.sheets[0].set_text(
            sheet::kHeaderSearchRows, c,
            std::vector<std::string>{"通番", "セキュリティ対応目標", "現在の対応状況"}[c]);
    EXPECT_FALSE(sheet::detect_layout(wb, test::shipped_catalog(), {}));
    wb.sheets[0] = sheet::Sheet("s");
    for (int c = 0; c < 3; ++c)
        wb.sheets[0].set_text(
            sheet::kHeaderSearchRows - 1, c,
            std::vector<std::string>{"通番", "ｾｷｭﾘﾃｨ対応目標", "現在の 対応状況"}[c]);
    EXPECT_TRUE(sheet::detect_layout(wb, test::shipped_catalog(), {}));
}

TEST(Layout, AnOwnRowRightUnderTheHeaderIsDataNotASecondHeaderRow) {
    // 自社で追加した目標 holds 目標, a header alias; the 独自1 under 通番 says it is an item.
    sheet::Workbook wb;
    sheet::Sheet& s = wb.sheets.emplace_back("s");
    const std::vector<std::string> header = {"通番", "区分", "セキュリティ対応目標", "対象者",
                                             "現在の対応状況"};
    for (int c = 0; c < int(header.size()); ++c) s.set_text(0, c, header[std::size_t(c)]);
    s.set_text(1, 0, "独自1");
    s.set_text(1, 2, "自社で追加した目標");
    const auto layout = sheet::detect_layout(wb, test::shipped_catalog(), {"card-api-1.0"});
    ASSERT_TRUE(layout);
    EXPECT_EQ(layout->header_row, 0);
    ASSERT_EQ(layout->rows.size(), 1u);
    EXPECT_EQ(layout->rows[0].kind, sheet::RowKind::OwnItem);
}
