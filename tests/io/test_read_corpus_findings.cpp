// What running public corpora through the reader found (issues 22, 23; scripts/corpus/run.py),
// each as the smallest package that shows it: one shared string repeated in many cells (POI's
// poc-shared-strings.xlsx took 12 GB), ODS rows and cells repeated far beyond what the file
// holds, part names in another case or with backslashes (POI's 49609.xlsx), and thousands of
// sheets (the archive reopened per part made reading quadratic).

#include <gtest/gtest.h>

#include <unistd.h>

#include <chrono>

#include "apichecklist/io/read_workbook.hpp"
#include "package_writer.hpp"

using namespace apichecklist;

namespace {

const std::string kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const std::string kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

class CorpusFindings : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("apichecklist-corpus-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    sheet::Workbook read(const test::Parts& parts, const char* name = "book.xlsx",
                         const io::ReadLimits& limits = {}) {
        const auto path = dir_ / name;
        test::write_package(path, parts);
        return io::read_workbook(path, limits);
    }
    std::string refusal(const test::Parts& parts, const char* name = "book.xlsx",
                        const io::ReadLimits& limits = {}) {
        try {
            read(parts, name, limits);
        } catch (const io::ReadError& e) {
            EXPECT_FALSE(e.message_en().empty());
            return e.message_en();
        }
        ADD_FAILURE() << "read without an error";
        return {};
    }

    static test::Parts ods(const std::string& table) {
        return {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                {"content.xml",
                 "<office:document-content "
                 "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                 "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                 "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body>"
                 "<office:spreadsheet><table:table table:name=\"S\">" +
                     table +
                     "</table:table></office:spreadsheet></office:body>"
                     "</office:document-content>"}};
    }

    std::filesystem::path dir_;
};

std::string shared_string_cells(int n) {
    std::string rows;
    for (int r = 1; r <= n; ++r)
        rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"A" + std::to_string(r) +
                "\" t=\"s\"><v>0</v></c></row>";
    return rows;
}

}  // namespace

TEST_F(CorpusFindings, OneSharedStringInManyCellsIsBoundedByTheSizeLimit) {
    io::ReadLimits limits;
    limits.max_uncompressed_bytes = 4u << 20;
    const std::string strings = "<si><t>" + std::string(100'000, 'x') + "</t></si>";
    // 30 cells × 100 kB = 3 MB of text: read.
    const sheet::Workbook wb =
        read(test::minimal_xlsx(shared_string_cells(30), strings), "few.xlsx", limits);
    EXPECT_EQ(wb.sheets.at(0).text(29, 0).size(), 100'000u);
    // 100 cells × 100 kB = 10 MB from a package of 100 kB: refused before it is stored.
    const std::string message =
        refusal(test::minimal_xlsx(shared_string_cells(100), strings), "many.xlsx", limits);
    EXPECT_NE(message.find("more than 4 MB of text"), std::string::npos) << message;
    EXPECT_NE(message.find("Sheet1"), std::string::npos) << message;
}

TEST_F(CorpusFindings, RepeatedOdsRowsAndCellsAreBounded) {
    // 99,999 rows × 256 cells of one number: 25 million cells from 300 bytes.
    std::string message =
        refusal(ods("<table:table-row table:number-rows-repeated=\"99999\"><table:table-cell "
                    "table:number-columns-repeated=\"256\" office:value-type=\"float\" "
                    "office:value=\"1\"/></table:table-row>"),
                "cells.ods");
    EXPECT_NE(message.find("cells in the workbook"), std::string::npos) << message;
    // One cell's text grown by <text:s text:c="65536"/>: 196 MB from 75 kB.
    std::string spaces;
    for (int i = 0; i < 3000; ++i) spaces += "<text:s text:c=\"65536\"/>";
    message = refusal(ods("<table:table-row><table:table-cell office:value-type=\"string\">"
                          "<text:p>a" +
                          spaces + "</text:p></table:table-cell></table:table-row>"),
                      "spaces.ods");
    EXPECT_NE(message.find("MB of text"), std::string::npos) << message;
    // What LibreOffice writes: a repeated row of a few cells is read.
    const sheet::Workbook wb =
        read(ods("<table:table-row table:number-rows-repeated=\"500\"><table:table-cell "
                 "table:number-columns-repeated=\"3\" office:value-type=\"string\">"
                 "<text:p>未</text:p></table:table-cell></table:table-row>"),
             "repeated.ods");
    EXPECT_EQ(wb.sheets.at(0).text(499, 2), "未");
}

TEST_F(CorpusFindings, PartNamesInAnotherCaseOrWithBackslashesAreFound) {
    // As POI's 49609.xlsx, written by a .NET exporter: "[content_types].xml",
    // "xl\sharedstrings.xml", while the relationships say /xl/sharedStrings.xml.
    test::Parts written = test::minimal_xlsx("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>",
                                             "<si><t>通番</t></si>");
    test::Parts parts;
    for (const auto& [name, bytes] : written) {
        std::string odd = name == "[Content_Types].xml" ? "[content_types].xml" : name;
        if (odd == "xl/sharedStrings.xml") odd = "xl/sharedstrings.xml";
        for (char& c : odd)
            if (c == '/') c = '\\';
        parts[odd] = bytes;
    }
    const sheet::Workbook wb = read(parts);
    ASSERT_EQ(wb.sheets.size(), 1u);
    EXPECT_EQ(wb.sheets[0].text(0, 0), "通番");
}

TEST_F(CorpusFindings, ThousandsOfSheetsAreReadFromOneOpenArchive) {
    // 4000 sheets of one cell: with the archive reopened for every part this took minutes.
    test::Parts parts = test::minimal_xlsx("");
    std::string sheets, rels;
    for (int i = 1; i <= 4000; ++i) {
        const std::string n = std::to_string(i);
        sheets += "<sheet name=\"S" + n + "\" sheetId=\"" + n + "\" r:id=\"r" + n + "\"/>";
        rels += "<Relationship Id=\"r" + n + "\" Type=\"" + kRel +
                "/worksheet\" Target=\"worksheets/s" + n + ".xml\"/>";
        parts["xl/worksheets/s" + n + ".xml"] = "<worksheet xmlns=\"" + kMain +
                                                "\"><sheetData><row r=\"1\"><c r=\"A1\"><v>" + n +
                                                "</v></c></row></sheetData></worksheet>";
    }
    parts["xl/workbook.xml"] = "<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRel +
                               "\"><sheets>" + sheets + "</sheets></workbook>";
    parts["xl/_rels/workbook.xml.rels"] =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        rels + "</Relationships>";
    const auto start = std::chrono::steady_clock::now();
    const sheet::Workbook wb = read(parts);
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_EQ(wb.sheets.size(), 4000u);
    EXPECT_EQ(wb.sheets[3999].text(0, 0), "4000");
    EXPECT_LT(seconds, 10.0);
}

TEST_F(CorpusFindings, ExtensionElementsOfTheSameNameChangeNeitherDateSystemNorFormats) {
    // Excel 2013 and later: <x15:workbookPr chartTrackingRefBase="1"/> in extLst after the
    // real <workbookPr date1904="1"/> (SheetJS's 1904.xlsx read 1 as 1900-01-01); a
    // conditional format's <dxf><numFmt numFmtId="164"/> reusing a cell format's id; and
    // <cellStyleXfs><xf/> before <cellXfs>.
    const std::string x15 = "http://schemas.microsoft.com/office/spreadsheetml/2010/11/main";
    test::Parts parts = test::minimal_xlsx(
        "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>1</v></c><c r=\"B1\" s=\"2\"><v>2</v></c></row>", {},
        "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy/mm/dd\"/>"
        "<numFmt numFmtId=\"165\" formatCode=\"0.0\"/></numFmts>"
        "<cellStyleXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellStyleXfs>"
        "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/></cellXfs>"
        "<dxfs><dxf><numFmt numFmtId=\"164\" formatCode=\"0.00\"/></dxf>"
        "<dxf><numFmt numFmtId=\"165\" formatCode=\"yyyy\"/></dxf></dxfs>");
    parts["xl/workbook.xml"] = "<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRel +
                               "\"><workbookPr date1904=\"1\"/><sheets><sheet name=\"Sheet1\" "
                               "r:id=\"rId1\"/></sheets><extLst><ext xmlns:x15=\"" +
                               x15 +
                               "\"><x15:workbookPr chartTrackingRefBase=\"1\"/></ext></extLst>"
                               "</workbook>";
    const sheet::Workbook wb = read(parts);
    EXPECT_EQ(wb.sheets.at(0).text(0, 0), "1904-01-02");
    EXPECT_EQ(wb.sheets.at(0).text(0, 1), "2");
}

// Files of the committed corpus selection (tests/corpus, see its LICENSE-NOTE.md) read as
// the reader should read them: the cells, not just "no crash".
namespace {

sheet::Workbook corpus(const char* name) {
    return io::read_workbook(std::filesystem::path(APICHECKLIST_TEST_CORPUS) / name);
}

const sheet::Sheet& sheet_named(const sheet::Workbook& wb, const std::string& name) {
    for (const sheet::Sheet& s : wb.sheets)
        if (s.name() == name) return s;
    throw std::runtime_error("no sheet " + name);
}

}  // namespace

TEST(CorpusFiles, WtfPathIsFoundThroughTheRelationshipsWithItsCellsAndComment) {
    const sheet::Workbook wb = corpus("sheetjs/wtf_path.xlsx");
    ASSERT_EQ(wb.sheets.size(), 2u);
    EXPECT_EQ(wb.sheets[0].name(), "SheetJS");
    EXPECT_TRUE(wb.sheets[1].hidden);
    const sheet::Sheet& s = wb.sheets[0];
    EXPECT_EQ(s.at(0, 2).formula, "=A1+B1");
    EXPECT_EQ(s.at(0, 2).text, "3");
    EXPECT_EQ(s.text(2, 0), "foo    bar");
    EXPECT_EQ(s.text(1, 0), "TRUE");
    EXPECT_EQ(s.at(3, 0).comment.rfind("I'm a little comment", 0), 0u) << s.at(3, 0).comment;
}

TEST(CorpusFiles, FormulasThatCrashedOrcusAreReadWithTheirCachedValues) {
    const sheet::Workbook stress = corpus("sheetjs/formula_stress_test.xlsx");
    const sheet::Cell& daverage = sheet_named(stress, "Database").at(1, 1);
    EXPECT_EQ(daverage.kind, sheet::CellKind::Formula);
    EXPECT_EQ(daverage.formula, "=DAVERAGE(A24:E30,D2,A19:C21)");
    EXPECT_EQ(daverage.text, "11.666666666666666");

    const sheet::Workbook metadata = corpus("sheetjs/metadata_2019.xlsx");
    const sheet::Cell& fv = metadata.sheets.at(0).at(1, 1);
    EXPECT_EQ(fv.kind, sheet::CellKind::Error);
    EXPECT_EQ(fv.text, "#VALUE!");

    const sheet::Workbook lookup = corpus("poi/xlookup.xlsx");
    const sheet::Cell& xlookup = lookup.sheets.at(0).at(1, 2);
    EXPECT_EQ(xlookup.text, "Dianne Pugh");
    EXPECT_NE(xlookup.formula.find("XLOOKUP(B2,B5:B14,C5:D14)"), std::string::npos)
        << xlookup.formula;

    const sheet::Workbook matrix = corpus("poi/MatrixFormulaEvalTestData.xlsx");
    EXPECT_EQ(matrix.sheets.at(0).at(1, 7).formula, "=B2:D4 + E2:G4");

    for (const char* name : {"sheetjs/formulae_test_simple.xlsx", "poi/57798.xlsx",
                             "poi/66365.xlsx", "poi/XSSFSheet.copyRows.xlsx"})
        EXPECT_FALSE(corpus(name).sheets.empty()) << name;
}

TEST(CorpusFiles, TheRevisionLogOfASharedWorkbookStaysOffStandardOutput) {
    ::testing::internal::CaptureStdout();
    const sheet::Workbook wb = corpus("poi/workbookProtection_workbook_revision_protected.xlsx");
    EXPECT_EQ(::testing::internal::GetCapturedStdout(), "");
    EXPECT_EQ(wb.sheets.size(), 3u);
}

TEST(CorpusFiles, The1904DateSystemAndStrictOoxmlAndOdsAreRead) {
    const sheet::Workbook book1904 = corpus("sheetjs/1904.xlsx");
    const sheet::Sheet& dates = book1904.sheets.at(0);
    EXPECT_EQ(dates.text(0, 2), "1904-01-02");
    EXPECT_EQ(dates.text(0, 1), "1904-01-02");
    const sheet::Workbook strict = corpus("sheetjs/sheet_visibility_strict.xlsx");
    ASSERT_GE(strict.sheets.size(), 2u);
    const sheet::Workbook ods = corpus("sheetjs/comments_stress_test.ods");
    ASSERT_FALSE(ods.sheets.empty());
}
