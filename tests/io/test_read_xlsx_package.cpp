// The .xlsx reader on packages built part by part: where the parts live (OPC
// relationships), what a cell holds (shared and inline strings, dates, formulas with their
// cached values), and the XML no parser may be handed.

#include <gtest/gtest.h>

#include <unistd.h>

#include <fstream>
#include <tuple>

#include "apichecklist/io/read_workbook.hpp"
#include "package_writer.hpp"

using namespace apichecklist;

namespace {

const std::string kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const std::string kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

class XlsxPackage : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("apichecklist-xlsx-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    sheet::Workbook read(const test::Parts& parts, const char* name = "book.xlsx") {
        const auto path = dir_ / name;
        test::write_package(path, parts);
        return io::read_workbook(path);
    }
    std::string refusal(const test::Parts& parts, const char* name = "book.xlsx") {
        try {
            read(parts, name);
        } catch (const io::ReadError& e) {
            EXPECT_FALSE(e.message_en().empty());
            return e.message_ja();
        }
        ADD_FAILURE() << "read without an error";
        return {};
    }

    std::filesystem::path dir_;
};

}  // namespace

TEST_F(XlsxPackage, TheWorkbookPartIsFoundThroughThePackageRelationships) {
    // As SheetJS's wtf_path.xlsx: the workbook in wtf/, targets absolute.
    test::Parts parts = test::minimal_xlsx("");
    parts.erase("xl/workbook.xml");
    parts.erase("xl/_rels/workbook.xml.rels");
    parts.erase("xl/worksheets/sheet1.xml");
    parts["[Content_Types].xml"] =
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Override PartName=\"/wtf/workbook.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>";
    parts["_rels/.rels"] =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"a\" Type=\"" +
        kRel +
        "/officeDocument\" Target=\"/wtf/workbook.xml\"/>"
        "</Relationships>";
    parts["wtf/workbook.xml"] = "<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRel +
                                "\"><sheets><sheet name=\"一覧\" r:id=\"s\"/></sheets></workbook>";
    parts["wtf/_rels/workbook.xml.rels"] =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"s\" Type=\"" +
        kRel +
        "/worksheet\" Target=\"/data/one.xml\"/>"
        "<Relationship Id=\"t\" Type=\"" +
        kRel +
        "/sharedStrings\" Target=\"../strings.xml\"/>"
        "</Relationships>";
    parts["strings.xml"] = "<sst xmlns=\"" + kMain + "\"><si><t>通番</t></si></sst>";
    parts["data/one.xml"] = "<worksheet xmlns=\"" + kMain +
                            "\"><sheetData><row r=\"3\"><c r=\"B3\" t=\"s\"><v>0</v></c></row>"
                            "</sheetData></worksheet>";
    const sheet::Workbook wb = read(parts);
    ASSERT_EQ(wb.sheets.size(), 1u);
    EXPECT_EQ(wb.sheets[0].name(), "一覧");
    EXPECT_EQ(wb.sheets[0].text(2, 1), "通番");
}

TEST_F(XlsxPackage, DateStyledNumbersAreDatesAndOtherNumbersStayNumbers) {
    const std::string styles =
        "<numFmts><numFmt numFmtId=\"176\" "
        "formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
        "<numFmt numFmtId=\"177\" formatCode=\"#,##0&quot;件&quot;\"/></numFmts>"
        "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"176\"/>"
        "<xf numFmtId=\"177\"/><xf numFmtId=\"22\"/></cellXfs>";
    const sheet::Workbook wb = read(test::minimal_xlsx(
        "<row r=\"1\"><c r=\"A1\"><v>45565</v></c><c r=\"B1\" s=\"1\"><v>45565</v></c>"
        "<c r=\"C1\" s=\"2\"><v>45565</v></c><c r=\"D1\" s=\"3\"><v>1200</v></c>"
        "<c r=\"E1\" s=\"4\"><v>45565.5</v></c><c r=\"F1\" s=\"1\"><v>1</v></c>"
        "<c r=\"G1\"><v>0.25</v></c><c r=\"H1\" t=\"d\"><v>2024-09-30T00:00:00</v></c></row>",
        {}, styles));
    const sheet::Sheet& s = wb.sheets.at(0);
    EXPECT_EQ(s.text(0, 0), "45565");
    EXPECT_EQ(s.text(0, 1), "2024-09-30");
    EXPECT_EQ(s.text(0, 2), "2024-09-30");
    EXPECT_EQ(s.text(0, 3), "1200");
    EXPECT_EQ(s.text(0, 4), "2024-09-30 12:00:00");
    EXPECT_EQ(s.text(0, 5), "1900-01-01");
    EXPECT_EQ(s.text(0, 6), "0.25");
    EXPECT_EQ(s.text(0, 7), "2024-09-30");
    EXPECT_EQ(s.at(0, 1).kind, sheet::CellKind::Number);
}

TEST_F(XlsxPackage, The1904DateSystemIsHonoured) {
    test::Parts parts =
        test::minimal_xlsx("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c></row>", {},
                           "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>");
    parts["xl/workbook.xml"] = "<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRel +
                               "\"><workbookPr date1904=\"1\"/><sheets><sheet name=\"Sheet1\" "
                               "r:id=\"rId1\"/></sheets></workbook>";
    EXPECT_EQ(read(parts).sheets.at(0).text(0, 0), "1904-01-01");
}

TEST_F(XlsxPackage, FormulasKeepTheirTextAndCachedValueAndAreNeverEvaluated) {
    // Shared and array formulas: what crashed liborcus's xlsx filter (SheetJS, Apache POI).
    const sheet::Workbook wb = read(test::minimal_xlsx(
        "<row r=\"1\"><c r=\"A1\"><f t=\"shared\" ref=\"A1:A3\" si=\"0\">ROW()</f><v>1</v></c>"
        "<c r=\"B1\"><f t=\"array\" ref=\"B1:B2\">XLOOKUP(1,A1:A3,A1:A3)</f><v>1</v></c>"
        "<c r=\"C1\" t=\"str\"><f>\"済\"</f><v>済</v></c>"
        "<c r=\"D1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>"
        "<row r=\"2\"><c r=\"A2\"><f t=\"shared\" si=\"0\"/><v>2</v></c><c "
        "r=\"B2\"><v>1</v></c></row>"
        "<row r=\"3\"><c r=\"A3\"><f t=\"shared\" si=\"0\"/><v>3</v></c></row>"));
    const sheet::Sheet& s = wb.sheets.at(0);
    EXPECT_EQ(s.at(0, 0).kind, sheet::CellKind::Formula);
    EXPECT_EQ(s.at(0, 0).formula, "=ROW()");
    EXPECT_EQ(s.text(2, 0), "3");
    EXPECT_EQ(s.at(2, 0).formula, "=ROW()");
    EXPECT_EQ(s.at(0, 1).formula, "=XLOOKUP(1,A1:A3,A1:A3)");
    EXPECT_EQ(s.text(0, 2), "済");
    EXPECT_EQ(s.at(0, 2).kind, sheet::CellKind::Formula);
    EXPECT_EQ(s.at(0, 3).kind, sheet::CellKind::Error);
    EXPECT_EQ(s.text(0, 3), "#DIV/0!");
}

TEST_F(XlsxPackage, StringsAreReadAsExcelShowsThem) {
    const sheet::Workbook wb = read(test::minimal_xlsx(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
        "<c r=\"C1\" t=\"inlineStr\"><is><r><t>API</t></r><r><t xml:space=\"preserve\">接続先 "
        "</t></r></is></c>"
        "<c r=\"D1\" t=\"s\"><v>7</v></c><c r=\"E1\" t=\"b\"><v>1</v></c></row>",
        "<si><t>一行目_x000D_\n二行目</t></si>"
        "<si><r><t>通番</t></r><rPh sb=\"0\" eb=\"2\"><t>ツウバン</t></rPh></si>"));
    const sheet::Sheet& s = wb.sheets.at(0);
    EXPECT_EQ(s.text(0, 0), "一行目\n二行目");
    EXPECT_EQ(s.text(0, 1), "通番");
    EXPECT_EQ(s.text(0, 2), "API接続先 ");
    EXPECT_EQ(s.at(0, 3).kind, sheet::CellKind::Empty) << "an index beyond the table";
    EXPECT_EQ(s.text(0, 4), "TRUE");
}

TEST_F(XlsxPackage, CellsWithoutReferencesFollowEachOther) {
    // Some generators leave out r="…" on rows and cells.
    const sheet::Workbook wb =
        read(test::minimal_xlsx("<row><c t=\"inlineStr\"><is><t>a</t></is></c><c "
                                "t=\"inlineStr\"><is><t>b</t></is></c></row>"
                                "<row><c r=\"C2\"><v>3</v></c><c><v>4</v></c></row>"));
    const sheet::Sheet& s = wb.sheets.at(0);
    EXPECT_EQ(s.text(0, 0), "a");
    EXPECT_EQ(s.text(0, 1), "b");
    EXPECT_EQ(s.text(1, 2), "3");
    EXPECT_EQ(s.text(1, 3), "4");
}

TEST_F(XlsxPackage, HiddenSheetsAreMarkedAndChartSheetsLeftOut) {
    test::Parts parts = test::minimal_xlsx("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
    parts["xl/workbook.xml"] = "<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRel +
                               "\"><sheets><sheet name=\"Sheet1\" r:id=\"rId1\" state=\"hidden\"/>"
                               "<sheet name=\"グラフ\" r:id=\"rId9\"/></sheets></workbook>";
    const sheet::Workbook wb = read(parts);
    ASSERT_EQ(wb.sheets.size(), 1u);
    EXPECT_TRUE(wb.sheets[0].hidden);
}

TEST_F(XlsxPackage, CharacterReferencesNoXmlAllowsAreRefusedWithThePart) {
    // liborcus aborts the process on these (issue 14); they must be a clear refusal.
    for (const char* reference : {"&#x110000;", "&#-1;", "&#0;", "&#xD800;", "&#12"}) {
        const std::string message =
            refusal(test::minimal_xlsx("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>",
                                       std::string("<si><t>a") + reference + "b</t></si>"));
        EXPECT_NE(message.find("xl/sharedStrings.xml"), std::string::npos) << message;
        EXPECT_NE(message.find("文字参照"), std::string::npos) << message;
    }
    const std::string in_sheet = refusal(test::minimal_xlsx(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&#x110000;</t></is></c></row>"));
    EXPECT_NE(in_sheet.find("xl/worksheets/sheet1.xml"), std::string::npos) << in_sheet;
    // Allowed references stay what they say.
    const sheet::Workbook wb = read(
        test::minimal_xlsx("<row r=\"1\"><c r=\"A1\" "
                           "t=\"inlineStr\"><is><t>&#x901A;&#30058;&#x1F600;</t></is></c></row>"));
    EXPECT_EQ(wb.sheets.at(0).text(0, 0), "通番😀");
}

TEST_F(XlsxPackage, CharacterReferencesInOdsContentAreRefusedToo) {
    const std::string content =
        "<office:document-content "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body>"
        "<office:spreadsheet><table:table table:name=\"S\"><table:table-row><table:table-cell "
        "office:value-type=\"string\"><text:p>&#x110000;</text:p></table:table-cell>"
        "</table:table-row></table:table></office:spreadsheet></office:body>"
        "</office:document-content>";
    const std::string message = refusal(
        {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", content}},
        "book.ods");
    EXPECT_NE(message.find("content.xml"), std::string::npos) << message;
    EXPECT_NE(message.find("文字参照"), std::string::npos) << message;
}

TEST_F(XlsxPackage, MalformedXmlIsSaidInOurWords) {
    const std::string message =
        refusal(test::minimal_xlsx("<row r=\"1\"><c r=\"A1\"><v>1</v></row>"));
    EXPECT_NE(message.find("xl/worksheets/sheet1.xml"), std::string::npos) << message;
    EXPECT_NE(message.find("XML の構文が壊れています"), std::string::npos) << message;
    EXPECT_NE(message.find("保存し直"), std::string::npos) << message;
}

TEST_F(XlsxPackage, AMissingSheetPartIsDamage) {
    test::Parts parts = test::minimal_xlsx("");
    parts.erase("xl/worksheets/sheet1.xml");
    EXPECT_NE(refusal(parts).find("xl/worksheets/sheet1.xml"), std::string::npos);
}

TEST_F(XlsxPackage, ARevisionLogNeverReachesStandardOutput) {
    // A shared workbook's revision log (liborcus's filter printed it into --json).
    test::Parts parts = test::minimal_xlsx("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
    parts["xl/revisions/revisionHeaders.xml"] =
        "<headers xmlns=\"" + kMain + "\" guid=\"{1}\"><header guid=\"{2}\"/></headers>";
    ::testing::internal::CaptureStdout();
    const sheet::Workbook wb = read(parts);
    EXPECT_EQ(::testing::internal::GetCapturedStdout(), "");
    EXPECT_EQ(wb.sheets.at(0).text(0, 0), "1");
}

TEST_F(XlsxPackage, AnEntryWhoseCrcDoesNotMatchIsDamage) {
    // libzip checks the CRC only on a read that reaches the end of the entry.
    const auto path = dir_ / "book.xlsx";
    test::write_package(path, test::minimal_xlsx("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"));
    std::string bytes;
    {
        std::ifstream in(path, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    const std::string name = "xl/worksheets/sheet1.xml";
    int flipped = 0;
    for (const auto& [signature, crc_at, name_at] :
         {std::tuple{std::string("PK\x03\x04", 4), 14, 30}, {std::string("PK\x01\x02", 4), 16, 46}})
        for (std::size_t at = bytes.find(signature); at != std::string::npos;
             at = bytes.find(signature, at + 4))
            if (bytes.compare(at + std::size_t(name_at), name.size(), name) == 0) {
                bytes[at + std::size_t(crc_at)] ^= 0x5A;
                ++flipped;
            }
    ASSERT_EQ(flipped, 2);
    std::ofstream(path, std::ios::binary) << bytes;
    try {
        io::read_workbook(path);
        ADD_FAILURE() << "read without an error";
    } catch (const io::ReadError& e) {
        EXPECT_NE(e.message_ja().find(name), std::string::npos) << e.message_ja();
        EXPECT_NE(e.message_ja().find("CRC"), std::string::npos) << e.message_ja();
    }
}
