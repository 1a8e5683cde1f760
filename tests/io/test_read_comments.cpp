// Cell comments read by the liborcus-based reader, checked against what LibreOffice itself
// reads from the same LibreOffice-written trial sheets (.ods and .xlsx).

#include <gtest/gtest.h>

#include <set>
#include <tuple>

#include "../migrate/libreoffice_comments.hpp"
#include "apichecklist/io/read_workbook.hpp"
#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::test {
namespace {

std::filesystem::path trial_fixtures() { return APICHECKLIST_TEST_TRIAL_FIXTURES; }

using Comment = std::tuple<int, int, int, std::string>;  // sheet, row, column, text

std::set<Comment> read_by_reader(const std::filesystem::path& file) {
    const sheet::Workbook workbook = io::read_workbook(file);
    std::set<Comment> comments;
    for (std::size_t s = 0; s < workbook.sheets.size(); ++s) {
        const sheet::Sheet& sheet = workbook.sheets[s];
        for (int r = 0; r < sheet.row_count(); ++r)
            for (int c = 0; c < sheet.column_count(); ++c)
                if (!sheet.at(r, c).comment.empty())
                    comments.emplace(static_cast<int>(s), r, c, sheet.at(r, c).comment);
    }
    return comments;
}

std::set<Comment> read_by_libreoffice(office::Office& soffice, const std::filesystem::path& file) {
    std::set<Comment> comments;
    soffice.run("read comments", [&](office::Session& session) {
        for (const auto& c : read_cell_comments(session, file))
            comments.emplace(c.sheet, c.row, c.column, c.text);
    });
    return comments;
}

TEST(ReadComments, TheReaderSeesTheCommentsLibreOfficeSees) {
    office::Office soffice;
    for (const char* name :
         {"trial-api.ods", "trial-api.xlsx", "trial-bank.ods", "trial-bank.xlsx"}) {
        const auto file = trial_fixtures() / name;
        const auto by_reader = read_by_reader(file);
        EXPECT_EQ(by_reader, read_by_libreoffice(soffice, file)) << name;
        EXPECT_GE(by_reader.size(), 3U) << name;
    }
}

TEST(ReadComments, AMultiParagraphCommentArrivesWholeAndApartFromTheCellText) {
    for (const char* name : {"trial-api.ods", "trial-api.xlsx"}) {
        const sheet::Workbook workbook = io::read_workbook(trial_fixtures() / name);
        bool found = false;
        const sheet::Sheet& sheet = workbook.sheets[0];
        for (int r = 0; r < sheet.row_count(); ++r)
            for (int c = 0; c < sheet.column_count(); ++c) {
                EXPECT_EQ(sheet.text(r, c).find("コメント"), std::string::npos)
                    << name << " " << sheet::to_a1({r, c}) << ": a comment leaked into the text";
                if (sheet.at(r, c).comment ==
                    "コメント独自1: 担当は不正対策室。\n連絡先は内線1234。")
                    found = true;
            }
        EXPECT_TRUE(found) << name;
    }
}

}  // namespace
}  // namespace apichecklist::test
