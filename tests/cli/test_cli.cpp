// The real apichecklist binary: output, JSON shapes and exit codes.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

#include "run_process.hpp"
#include "temp_dir.hpp"
#include "test_paths.hpp"

using namespace apichecklist;

namespace {

test::ProcessResult cli(std::vector<std::string> args, std::vector<std::string> env = {}) {
    args.insert(args.begin(), test::cli_binary().string());
    env.push_back("APICHECKLIST_CATALOG=" + test::catalog_dir().string());
    env.push_back("APICHECKLIST_LANG=ja");
    env.push_back("APICHECKLIST_DATA_HOME=/nonexistent/apichecklist-test-data");
    return test::run_process(args, env);
}

nlohmann::json json_of(const test::ProcessResult& r) { return nlohmann::json::parse(r.out); }

}  // namespace

TEST(Cli, HelpAndVersionExitZero) {
    const auto help = cli({"--help"});
    EXPECT_EQ(help.exit_code, 0);
    for (const char* command :
         {"list", "show", "items", "mapping", "glossary", "related", "search"})
        EXPECT_NE(help.out.find(command), std::string::npos) << command;
    const auto version = cli({"--version"});
    EXPECT_EQ(version.exit_code, 0);
    EXPECT_NE(version.out.find("apichecklist "), std::string::npos);
}

TEST(Cli, ListShowsBothChecklists) {
    const auto r = cli({"list"});
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_NE(r.out.find("card-api-1.0"), std::string::npos);
    EXPECT_NE(r.out.find("bank-api-trial-2017"), std::string::npos);
    const auto j = json_of(cli({"list", "--json"}));
    ASSERT_EQ(j.size(), 2u);
}

TEST(Cli, ShowPrintsTheItemInJapanese) {
    const auto r = cli({"show", "21"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("システムアクセス時の認証を実施する。"), std::string::npos);
    EXPECT_NE(r.out.find("手法例"), std::string::npos);
    EXPECT_NE(r.out.find("<二因子による認証>"), std::string::npos);
}

TEST(Cli, ShowJsonHasTheFullItem) {
    const auto j = json_of(cli({"show", "2", "--json"}));
    EXPECT_EQ(j["number"], 2);
    EXPECT_EQ(j["id"], "card-api-1.0:item-02");
    EXPECT_EQ(j["notes"][0]["entries"][0]["entries"].size(), 5u) << "注1 ① has a.–e.";
}

TEST(Cli, ShowOnTheTrialChecklist) {
    const auto r = cli({"show", "1", "--checklist", "bank-api-trial-2017"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("セキュリティ管理責任"), std::string::npos);
}

TEST(Cli, ItemsJsonHasTheRequiredFields) {
    const auto r = cli({"items", "--checklist", "card-api-1.0", "--json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto j = json_of(r);
    ASSERT_EQ(j.size(), 43u);
    for (const auto& item : j)
        for (const char* key : {"id", "number", "category", "target", "goal"})
            EXPECT_TRUE(item.contains(key)) << key;
    EXPECT_EQ(j[0]["target"], "API 接続先");
}

TEST(Cli, MappingJsonCoversEveryTrialItem) {
    const auto r =
        cli({"mapping", "--from", "bank-api-trial-2017", "--to", "card-api-1.0", "--json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::set<int> from;
    for (const auto& row : json_of(r)) {
        for (const char* key : {"from_number", "relation", "to_numbers"})
            EXPECT_TRUE(row.contains(key)) << key;
        if (!row["from_number"].is_null()) from.insert(row["from_number"].get<int>());
    }
    EXPECT_EQ(from.size(), 60u);
}

TEST(Cli, GlossaryFindsATermWrittenFullWidth) {
    const auto r = cli({"glossary", "ＯＡｕｔｈ２．０", "--json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(json_of(r)[0]["term"], "OAuth2.0");
    EXPECT_EQ(json_of(cli({"glossary", "--json"})).size(), 65u);
}

TEST(Cli, RelatedJsonListsItemsAndVersions) {
    const auto j = json_of(cli({"related", "40", "--json"}));
    EXPECT_FALSE(j["items"].empty());
    EXPECT_FALSE(j["predecessors"].empty());
}

TEST(Cli, SearchPrintsSnippets) {
    const auto r = cli({"search", "ＴＬＳ"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("【TLS】"), std::string::npos);
}

TEST(Cli, NotFoundIsExitOne) {
    const auto item = cli({"show", "99"});
    EXPECT_EQ(item.exit_code, 1);
    EXPECT_NE(item.err.find("99"), std::string::npos);
    EXPECT_EQ(cli({"glossary", "存在しない用語"}).exit_code, 1);
    EXPECT_EQ(cli({"search", "zzqqxx"}).exit_code, 1);
    EXPECT_EQ(cli({"show", "1", "--checklist", "nope"}).exit_code, 1);
}

TEST(Cli, UsageErrorIsExitTwo) {
    EXPECT_EQ(cli({}).exit_code, 2);
    EXPECT_EQ(cli({"show"}).exit_code, 2);
    EXPECT_EQ(cli({"show", "abc"}).exit_code, 2);
    EXPECT_EQ(cli({"frobnicate"}).exit_code, 2);
}

TEST(Cli, DamagedCatalogIsExitTwoWithFileAndPointer) {
    test::TempDir dir;
    std::filesystem::copy(test::catalog_dir(), dir.path() / "c",
                          std::filesystem::copy_options::recursive);
    std::ofstream(dir.path() / "c" / "references.json", std::ios::trunc) << "{ broken";
    const auto r = test::run_process(
        {test::cli_binary().string(), "--catalog", (dir.path() / "c").string(), "list"},
        {"APICHECKLIST_LANG=ja"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("references.json"), std::string::npos) << r.err;
}

TEST(Cli, EnglishLocale) {
    const auto r = test::run_process(
        {test::cli_binary().string(), "show", "1"},
        {"APICHECKLIST_CATALOG=" + test::catalog_dir().string(), "APICHECKLIST_LANG=en",
         "APICHECKLIST_DATA_HOME=/nonexistent/apichecklist-test-data"});
    EXPECT_NE(r.out.find("Category: "), std::string::npos);
    EXPECT_NE(r.out.find("セキュリティ管理責任の所在と対象範囲を明確にする。"), std::string::npos)
        << "official text stays Japanese";
}
