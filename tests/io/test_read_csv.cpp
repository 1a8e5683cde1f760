// CSV as Excel writes it and Excel (and Python's csv module) read it (issues 13 §7, 14 §8,
// 22): RFC 4180 rows and quotes, and the encodings Japanese Excel saves in, each from bytes
// written by the test.

#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>

#include "apichecklist/io/read_workbook.hpp"
#include "csv_reader.hpp"

using namespace apichecklist;

namespace {

// 「通番,回答\r\n1,"はい,\r\n済み"\r\n」 in CP932 (as uconv -t windows-31j writes it).
const std::string kCp932 =
    "\x92\xCA\x94\xD4,\x89\xF1\x93\x9A\r\n1,\"\x82\xCD\x82\xA2,\r\n\x8D\xCF\x82\xDD\"\r\n";
// The same in EUC-JP.
const std::string kEucJp =
    "\xC4\xCC\xC8\xD6,\xB2\xF3\xC5\xFA\r\n1,\"\xA4\xCF\xA4\xA4,\r\n\xBA\xD1\xA4\xDF\"\r\n";

std::string utf16(std::u16string_view text, bool little_endian) {
    std::string bytes = little_endian ? "\xFF\xFE" : "\xFE\xFF";
    for (char16_t u : text) {
        const char high = char(u >> 8), low = char(u & 0xFF);
        bytes += little_endian ? low : high;
        bytes += little_endian ? high : low;
    }
    return bytes;
}

class ReadCsv : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("apichecklist-csv-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    std::filesystem::path write(const std::string& bytes) {
        const auto path = dir_ / "回答.csv";
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }
    sheet::Sheet read(const std::string& bytes, const io::ReadLimits& limits = {}) {
        sheet::Workbook workbook = io::read_workbook(write(bytes), limits);
        EXPECT_EQ(workbook.sheets.size(), 1u);
        EXPECT_EQ(workbook.sheets.at(0).name(), "回答");
        return workbook.sheets.at(0);
    }
    // The Japanese and the English message of the refusal.
    std::pair<std::string, std::string> refusal(const std::string& bytes,
                                                const io::ReadLimits& limits = {}) {
        try {
            io::read_workbook(write(bytes), limits);
        } catch (const io::ReadError& e) {
            return {e.message_ja(), e.message_en()};
        }
        ADD_FAILURE() << "read without an error";
        return {};
    }

    std::filesystem::path dir_;
};

void expect_answer_sheet(const sheet::Sheet& sheet) {
    ASSERT_EQ(sheet.row_count(), 2);
    EXPECT_EQ(sheet.text(0, 0), "通番");
    EXPECT_EQ(sheet.text(0, 1), "回答");
    EXPECT_EQ(sheet.text(1, 0), "1");
    EXPECT_EQ(sheet.text(1, 1), "はい,\n済み");
}

}  // namespace

TEST_F(ReadCsv, QuotedLastFieldBeforeCrlf) {
    // SheetJS's 2011_LONumbers-2010.xls.0.csv, line 29; orcus said "expected a delimiter".
    const auto sheet = read("a,\"12,346\"\r\nb,\"x\"\r\nc,d\r\n");
    ASSERT_EQ(sheet.row_count(), 3);
    EXPECT_EQ(sheet.text(0, 1), "12,346");
    EXPECT_EQ(sheet.text(1, 1), "x");
    EXPECT_EQ(sheet.text(2, 0), "c");
    EXPECT_EQ(sheet.text(2, 1), "d");
}

TEST_F(ReadCsv, QuotedFieldsAnywhereInARow) {
    const auto sheet = read("\"a\",b,\"c\"\n\"\",\"e\",f\n");
    ASSERT_EQ(sheet.row_count(), 2);
    EXPECT_EQ(sheet.text(0, 0), "a");
    EXPECT_EQ(sheet.text(0, 1), "b");
    EXPECT_EQ(sheet.text(0, 2), "c");
    EXPECT_EQ(sheet.text(1, 0), "");
    EXPECT_EQ(sheet.text(1, 1), "e");
    EXPECT_EQ(sheet.text(1, 2), "f");
}

TEST_F(ReadCsv, DoubledQuotesAreOneQuote) {
    const auto sheet = read("\"say \"\"hi\"\"\",\"\"\"\",x\"y\r\n");
    EXPECT_EQ(sheet.text(0, 0), "say \"hi\"");
    EXPECT_EQ(sheet.text(0, 1), "\"");
    // A quote inside an unquoted field is a character, as in Excel.
    EXPECT_EQ(sheet.text(0, 2), "x\"y");
}

TEST_F(ReadCsv, LineBreaksInsideQuotesBelongToTheCell) {
    // Excel writes Alt+Enter as LF inside quotes; other tools write CRLF. Both are '\n'.
    const auto sheet = read("備考,次\r\n\"一行目\r\n二行目\",\"a\nb\"\r\nlast,row\r\n");
    ASSERT_EQ(sheet.row_count(), 3);
    EXPECT_EQ(sheet.text(1, 0), "一行目\n二行目");
    EXPECT_EQ(sheet.text(1, 1), "a\nb");
    EXPECT_EQ(sheet.text(2, 0), "last");
}

TEST_F(ReadCsv, LfAndCrlfRowsWithAndWithoutAFinalLineEnd) {
    for (const std::string& bytes :
         {std::string("a,b\nc,d\n"), std::string("a,b\r\nc,d\r\n"), std::string("a,b\r\nc,d"),
          std::string("a,b\nc,d"), std::string("a,b\rc,d\r")}) {
        SCOPED_TRACE(bytes);
        const auto sheet = read(bytes);
        ASSERT_EQ(sheet.row_count(), 2);
        EXPECT_EQ(sheet.text(0, 1), "b");  // no CR left in the last cell
        EXPECT_EQ(sheet.text(1, 0), "c");
        EXPECT_EQ(sheet.text(1, 1), "d");
    }
}

TEST_F(ReadCsv, QuotedLastFieldOfTheFileWithoutALineEnd) {
    const auto sheet = read("a,\"b\r\nc\"");
    ASSERT_EQ(sheet.row_count(), 1);
    EXPECT_EQ(sheet.text(0, 1), "b\nc");
}

TEST_F(ReadCsv, EmptyFieldsAndEmptyLinesKeepTheirPlace) {
    const auto sheet = read(",a,,\r\n\r\n,,b\r\n");
    ASSERT_EQ(sheet.row_count(), 3);
    EXPECT_EQ(sheet.text(0, 0), "");
    EXPECT_EQ(sheet.text(0, 1), "a");
    EXPECT_EQ(sheet.text(1, 0), "");
    EXPECT_EQ(sheet.text(2, 2), "b");  // the row numbers are Excel's
}

TEST_F(ReadCsv, UnterminatedQuoteNamesTheLineWhereItOpened) {
    const auto [ja, en] = refusal("a,b\r\nc,d\r\ne,\"open\r\nf,g\r\nh\r\n");
    EXPECT_NE(ja.find("3 行目"), std::string::npos) << ja;
    EXPECT_NE(ja.find("引用符"), std::string::npos) << ja;
    EXPECT_NE(en.find("line 3"), std::string::npos) << en;
    EXPECT_LT(ja.size(), 400u);
}

TEST_F(ReadCsv, RowLimitStillHolds) {
    io::ReadLimits limits;
    limits.max_rows = 3;
    EXPECT_EQ(read("1\n2\n3\n", limits).row_count(), 3);
    const auto [ja, en] = refusal("1\n2\n3\n4\n", limits);
    EXPECT_NE(ja.find("行が多すぎます"), std::string::npos) << ja;
    EXPECT_NE(en.find("more than 3 rows"), std::string::npos) << en;
}

TEST_F(ReadCsv, CellsBeyondTheColumnLimitAreDropped) {
    io::ReadLimits limits;
    limits.max_columns = 2;
    const auto sheet = read("a,b,c,d\n", limits);
    EXPECT_EQ(sheet.text(0, 1), "b");
    EXPECT_EQ(sheet.text(0, 2), "");
}

TEST_F(ReadCsv, Utf8WithAndWithoutBom) {
    const std::string text = "通番,回答\r\n1,\"はい,\r\n済み\"\r\n";
    expect_answer_sheet(read(text));
    expect_answer_sheet(read("\xEF\xBB\xBF" + text));
    EXPECT_EQ(io::decode_csv_bytes(text).encoding, "UTF-8");
    EXPECT_EQ(io::decode_csv_bytes("\xEF\xBB\xBF" + text).encoding, "UTF-8 (BOM)");
    EXPECT_EQ(io::decode_csv_bytes("\xEF\xBB\xBF" + text).utf8, text);
}

TEST_F(ReadCsv, Utf16LittleAndBigEndianWithBom) {
    const std::u16string text = u"通番,回答\r\n1,\"はい,\r\n済み\"\r\n";
    expect_answer_sheet(read(utf16(text, true)));
    expect_answer_sheet(read(utf16(text, false)));
    EXPECT_EQ(io::decode_csv_bytes(utf16(text, true)).encoding, "UTF-16LE (BOM)");
    EXPECT_EQ(io::decode_csv_bytes(utf16(text, false)).encoding, "UTF-16BE (BOM)");
}

TEST_F(ReadCsv, Cp932AsJapaneseExcelWritesIt) {
    expect_answer_sheet(read(kCp932));
    EXPECT_EQ(io::decode_csv_bytes(kCp932).encoding, "Shift_JIS (CP932)");
    EXPECT_EQ(io::read_workbook(write(kCp932)).encoding, "Shift_JIS (CP932)");  // for readings
    // CP932's own characters: ① (NEC row 13), 髙 (IBM extension), ～ (U+FF5E), \ stays \.
    EXPECT_EQ(io::decode_csv_bytes("\x87\x40,\xFB\xFC,\x81\x60,\\\r\n").utf8, "①,髙,～,\\\r\n");
}

TEST_F(ReadCsv, EucJp) {
    // Its bytes are also CP932 (half-width katakana): the reading without them wins.
    expect_answer_sheet(read(kEucJp));
    EXPECT_EQ(io::decode_csv_bytes(kEucJp).encoding, "EUC-JP");
}

TEST_F(ReadCsv, UndecodableFileListsTheEncodingsTried) {
    // 0xFF is no byte of UTF-8, CP932 or EUC-JP.
    const auto [ja, en] = refusal("a,\xFF\xFF\r\n");
    for (const char* name : {"UTF-8", "Shift_JIS", "EUC-JP", "UTF-16"}) {
        EXPECT_NE(ja.find(name), std::string::npos) << ja;
        EXPECT_NE(en.find(name), std::string::npos) << en;
    }
    EXPECT_NE(ja.find("CSV UTF-8 (コンマ区切り)"), std::string::npos) << ja;
    EXPECT_NE(en.find("save it as"), std::string::npos) << en;
    // Where UTF-8 stops, for a file that is UTF-8 but for a pasted piece.
    EXPECT_NE(refusal("通番\r\n1\r\n2,\xFF\r\n").first.find("3 行目で読めなくなります"),
              std::string::npos);
    // Windows-1252 é (0xE9 before a comma) neither; ICU's EUC-JP C1 pass-through is not
    // taken for text.
    EXPECT_NE(refusal("caf\xE9,x\r\n").first.find("文字コード"), std::string::npos);
    EXPECT_NE(refusal("\x80\x81\x82\r\n").first.find("文字コード"), std::string::npos);
}

TEST_F(ReadCsv, Utf16WithoutBomIsNotGuessed) {
    std::string bytes = utf16(u"a,b\r\n", true).substr(2);
    const auto [ja, en] = refusal(bytes);
    EXPECT_NE(ja.find("NUL"), std::string::npos) << ja;
    EXPECT_NE(en.find("byte order mark"), std::string::npos) << en;
}

TEST_F(ReadCsv, DamagedTextAfterABomIsRefused) {
    // An odd number of bytes after a UTF-16LE BOM: truncated.
    const auto [ja, en] = refusal(utf16(u"a,b\r\n", true) + "x");
    EXPECT_NE(ja.find("BOM"), std::string::npos) << ja;
    EXPECT_NE(en.find("UTF-16LE"), std::string::npos) << en;
    // Invalid UTF-8 after a UTF-8 BOM: the BOM is believed, not overruled by a guess.
    EXPECT_NE(refusal("\xEF\xBB\xBF\x92\xCA\x94\xD4\r\n").second.find("UTF-8"), std::string::npos);
}
