// The liborcus-based reader on real files written by LibreOffice and openpyxl.

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <fstream>
#include <sstream>

#include "../validate/fixtures.hpp"

using namespace apichecklist;

namespace {

const std::string kAnswer1 =
    "通番1について社内規程を整備し、担当部署が運用している。\n"
    "年1回、内部監査で運用状況を確認している（ISMS認証取得済み）。";

std::string bytes_of(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string read_error_ja(const std::string& name) {
    try {
        test::read_fixture(name);
    } catch (const io::ReadError& e) {
        EXPECT_FALSE(e.message_en().empty());
        return e.message_ja();
    }
    ADD_FAILURE() << name << " was read without an error";
    return {};
}

}  // namespace

class EveryFormat : public ::testing::TestWithParam<const char*> {};

TEST_P(EveryFormat, MultiParagraphCellArrivesComplete) {
    const sheet::Workbook wb = test::read_fixture(GetParam());
    ASSERT_FALSE(wb.sheets.empty());
    EXPECT_EQ(wb.sheets[0].text(5, 4), kAnswer1) << "E6 of " << GetParam();
    EXPECT_EQ(wb.sheets[0].text(4, 2), "セキュリティ対応目標");
}

TEST_P(EveryFormat, NumbersAndTitlesAreRead) {
    const sheet::Workbook wb = test::read_fixture(GetParam());
    EXPECT_EQ(wb.sheets[0].text(0, 0), "クレジットカード分野のオープンAPIに係る接続チェックリスト");
    EXPECT_EQ(wb.sheets[0].text(5, 0), "1");
    EXPECT_EQ(wb.sheets[0].text(47, 0), "43");
}

INSTANTIATE_TEST_SUITE_P(Fixtures, EveryFormat,
                         ::testing::Values("clean-api.ods", "clean-api.xlsx", "clean-api.csv",
                                           "inline-strings.xlsx"));

TEST(ReadWorkbook, HeaderLineBreaksAreKeptInOdsAndXlsx) {
    for (const char* name : {"layout-variants.ods", "layout-variants.xlsx"}) {
        const sheet::Workbook wb = test::read_fixture(name);
        EXPECT_EQ(wb.sheets[0].text(4, 2), "セキュリティ\n対応目標") << name;
        EXPECT_EQ(wb.sheets[0].text(4, 6), "課題　認識") << name;
    }
}

TEST(ReadWorkbook, SettingsSheetIsRead) {
    const sheet::Workbook wb = test::read_fixture("broken.ods");
    ASSERT_EQ(wb.sheets.size(), 2u);
    EXPECT_EQ(wb.sheets[1].name(), "_apichecklist");
    EXPECT_NE(wb.sheets[1].text(0, 0).find("\"role\": \"api\""), std::string::npos);
}

TEST(ReadWorkbook, FormulasAndErrorValuesKeepTheirKind) {
    for (const char* name : {"broken.ods", "broken.xlsx"}) {
        const sheet::Workbook wb = test::read_fixture(name);
        const sheet::Sheet& s = wb.sheets[0];
        // Item 21 is in row 26, item 22 in row 27 (items 20 missing, 10 doubled).
        EXPECT_EQ(s.at(25, 4).kind, sheet::CellKind::Formula) << name;
        EXPECT_EQ(s.at(25, 4).text, "二要素認証を導入") << name;
        EXPECT_EQ(s.at(26, 4).kind, sheet::CellKind::Error) << name;
        EXPECT_EQ(s.at(26, 4).text, "#DIV/0!") << name;
        EXPECT_EQ(s.at(26, 4).formula, "=1/0") << name;
    }
}

TEST(ReadWorkbook, OneMegabyteCellArrivesWhole) {
    const sheet::Workbook wb = test::read_fixture("big-cell.ods");
    EXPECT_EQ(wb.sheets[0].text(5, 9).size(), std::string("長い備考。").size() * 200'000);
}

TEST(ReadWorkbook, TenThousandExtraRowsAreRead) {
    const sheet::Workbook wb = test::read_fixture("many-rows.xlsx");
    EXPECT_EQ(wb.sheets[0].row_count(), 10'060);
}

TEST(ReadWorkbook, EmptyWorkbookHasAnEmptySheet) {
    const sheet::Workbook wb = test::read_fixture("empty.ods");
    ASSERT_EQ(wb.sheets.size(), 1u);
    EXPECT_EQ(wb.sheets[0].row_count(), 0);
}

TEST(ReadWorkbook, BadInputGivesAClearMessage) {
    EXPECT_NE(read_error_ja("truncated.xlsx").find("zip 形式が壊れています"), std::string::npos);
    EXPECT_NE(read_error_ja("truncated.ods").find("zip 形式が壊れています"), std::string::npos);
    EXPECT_NE(read_error_ja("not-a-spreadsheet.xlsx").find("表計算ファイル"), std::string::npos);
    EXPECT_NE(read_error_ja("password.ods").find("パスワード"), std::string::npos);
    EXPECT_NE(read_error_ja("password.xls").find("パスワード"), std::string::npos);
    EXPECT_NE(read_error_ja("no-such-file.ods").find("見つかりません"), std::string::npos);
}

TEST(ReadWorkbook, ZipBombIsRefusedBeforeInflating) {
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    EXPECT_NE(read_error_ja("zip-bomb.xlsx").find("zip 爆弾"), std::string::npos);
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    EXPECT_LT(after.ru_maxrss - before.ru_maxrss, 300 * 1024) << "peak memory grew by KB";
}

TEST(ReadWorkbook, RowLimitIsEnforced) {
    io::ReadLimits limits;
    limits.max_rows = 1000;
    EXPECT_THROW(io::read_workbook(test::fixture("many-rows.ods"), limits), io::ReadError);
    EXPECT_THROW(io::read_workbook(test::fixture("many-rows.xlsx"), limits), io::ReadError);
}

TEST(ReadWorkbook, InputFilesAreNeverModified) {
    for (const char* name : {"broken.ods", "broken.xlsx", "clean-api.csv", "truncated.xlsx"}) {
        const auto path = test::fixture(name);
        const std::string before = bytes_of(path);
        const auto time_before = std::filesystem::last_write_time(path);
        try {
            io::read_workbook(path);
        } catch (const io::ReadError&) {
        }
        EXPECT_EQ(bytes_of(path), before) << name;
        EXPECT_EQ(std::filesystem::last_write_time(path), time_before) << name;
    }
}
