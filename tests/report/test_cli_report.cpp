// `apichecklist report`: the completeness report agrees with the validator and stands alone.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <filesystem>

#include "apichecklist/util/sha256.hpp"
#include "run_process.hpp"
#include "temp_dir.hpp"
#include "test_paths.hpp"

using namespace apichecklist;
namespace fs = std::filesystem;

namespace {

std::string fixture(const char* name) {
    return (fs::path(APICHECKLIST_TEST_FIXTURES) / name).string();
}

test::ProcessResult cli(std::vector<std::string> args) {
    args.insert(args.begin(), test::cli_binary().string());
    return test::run_process(
        args, {"APICHECKLIST_CATALOG=" + test::catalog_dir().string(), "APICHECKLIST_LANG=ja",
               "APICHECKLIST_DATA_HOME=/nonexistent/apichecklist-test-data"});
}

nlohmann::json report_json(const std::string& file, const char* role) {
    const auto r = cli({"report", file, "--format", "json", "--role", role});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return nlohmann::json::parse(r.out);
}

}  // namespace

class ReportAgreesWithValidator
    : public ::testing::TestWithParam<std::pair<std::string, std::string>> {};

TEST_P(ReportAgreesWithValidator, CountsAreTheValidatorsCounts) {
    const auto& [name, role] = GetParam();
    const auto validation = cli({"validate", "--json", "--role", role, fixture(name.c_str())});
    const auto files = nlohmann::json::parse(validation.out)["files"];
    ASSERT_EQ(files.size(), 1u) << validation.out;
    const auto& expected = files[0]["counts"];
    const auto report = report_json(fixture(name.c_str()), role.c_str());
    EXPECT_EQ(report["counts"]["error"], expected["error"]);
    EXPECT_EQ(report["counts"]["warning"], expected["warning"]);
    EXPECT_EQ(report["counts"]["info"], expected["info"]);
    EXPECT_EQ(report["counts"]["ignored"], expected["ignored"]);
    EXPECT_EQ(report["findings"].size(), files[0]["findings"].size());
    int items = 0;
    for (const auto& category : report["categories"]) {
        const auto& s = category["states"];
        EXPECT_EQ(category["items"].get<int>(),
                  s["open"].get<int>() + s["issue_without_plan"].get<int>() +
                      s["issue_with_plan"].get<int>() + s["answered"].get<int>() +
                      s["not_required"].get<int>())
            << "each row is in exactly one state";
        items += category["items"].get<int>();
    }
    EXPECT_EQ(items, report["total"]["items"].get<int>());
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, ReportAgreesWithValidator,
    ::testing::Values(std::pair<std::string, std::string>{"clean-api.ods", "api"},
                      std::pair<std::string, std::string>{"clean-card.xlsx", "card"},
                      std::pair<std::string, std::string>{"broken.ods", "api"},
                      std::pair<std::string, std::string>{"broken.xlsx", "both"}),
    [](const auto& param_info) {
        std::string name = std::string(param_info.param.first) + "_" + param_info.param.second;
        for (char& c : name)
            if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
        return name;
    });

TEST(Report, CleanSheetHas43ItemsIn9CategoriesAndNoOpenItems) {
    const auto report = report_json(fixture("clean-api.ods"), "api");
    EXPECT_EQ(report["checklist"], "card-api-1.0");
    EXPECT_EQ(report["categories"].size(), 9u);
    EXPECT_EQ(report["total"]["items"], 43);
    EXPECT_EQ(report["total"]["open"], 0);
    EXPECT_TRUE(report["findings"].empty());
}

TEST(Report, BrokenSheetListsIgnoredFindingsWithReasons) {
    const auto report = report_json(fixture("broken.ods"), "api");
    ASSERT_FALSE(report["ignored"].empty());
    for (const auto& ignored : report["ignored"])
        EXPECT_FALSE(ignored["reason"].get<std::string>().empty());
    EXPECT_GT(report["total"]["open"].get<int>(), 0);
}

TEST(Report, FollowUpsAreSortedByDate) {
    const auto report = report_json(fixture("broken.ods"), "api");
    std::string previous;
    for (const auto& f : report["follow_ups"]) {
        EXPECT_LE(previous, f["date"].get<std::string>());
        previous = f["date"];
    }
}

TEST(Report, HtmlIsSelfContainedWithAChart) {
    test::TempDir dir;
    const fs::path out = dir.path() / "report.html";
    const auto r = cli({"report", fixture("broken.ods"), "--role", "api", "-o", out.string()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string html = util::read_file(out);
    EXPECT_NE(html.find("<svg"), std::string::npos);
    EXPECT_NE(html.find("確認結果"), std::string::npos);
    EXPECT_NE(html.find("区分ごとの回答状況"), std::string::npos);
    EXPECT_EQ(html.find("src=\"http"), std::string::npos) << "nothing is fetched";
    EXPECT_EQ(html.find("<link"), std::string::npos);
    EXPECT_EQ(html.find("<script"), std::string::npos);
    for (const auto& entry : fs::directory_iterator(dir.path()))
        EXPECT_EQ(entry.path().filename(), "report.html") << "no temp file left behind";
}

TEST(Report, InputIsNeverModified) {
    const std::string before = util::read_file(fixture("broken.xlsx"));
    cli({"report", fixture("broken.xlsx"), "--format", "json"});
    EXPECT_EQ(util::sha256_hex(util::read_file(fixture("broken.xlsx"))), util::sha256_hex(before));
}

TEST(Report, BadInputIsExitTwo) {
    const auto none = cli({"report", fixture("no-checklist.ods")});
    EXPECT_EQ(none.exit_code, 2);
    EXPECT_NE(none.err.find("no-checklist.ods"), std::string::npos);
    EXPECT_EQ(cli({"report", fixture("truncated.xlsx")}).exit_code, 2);
    EXPECT_EQ(cli({"report", fixture("clean-api.ods"), "-o", "/nonexistent/dir/r.html"}).exit_code,
              2);
}
