// `apichecklist validate` as a user runs it: output, JSON schema, exit codes.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fixtures.hpp"
#include "run_process.hpp"
#include "temp_dir.hpp"
#include "test_paths.hpp"

using namespace apichecklist;

namespace {

test::ProcessResult validate_cli(std::vector<std::string> args) {
    args.insert(args.begin(), {test::cli_binary().string(), "validate"});
    return test::run_process(
        args, {"APICHECKLIST_CATALOG=" + test::catalog_dir().string(), "APICHECKLIST_LANG=ja"});
}

std::string fx(const char* name) { return test::fixture(name).string(); }

}  // namespace

TEST(ValidateCli, CleanSheetExitsZero) {
    const auto r = validate_cli({fx("clean-api.xlsx")});
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("エラー 0、警告 0、情報 0"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("役割: API接続先 (文書の設定)"), std::string::npos) << r.out;
}

TEST(ValidateCli, FindingsAreGroupedByItemWithCells) {
    const auto r = validate_cli({fx("broken.ods")});
    EXPECT_EQ(r.exit_code, 1) << r.err;
    const auto item3 = r.out.find("通番 3  役職員に対する");
    ASSERT_NE(item3, std::string::npos) << r.out;
    EXPECT_NE(r.out.find("E8  answer.required", item3), std::string::npos);
    EXPECT_NE(r.out.find("無視した指摘 (2)"), std::string::npos);
    EXPECT_NE(r.out.find("理由: 当社のサービスは該当しないため削除"), std::string::npos);
}

TEST(ValidateCli, RoleOptionOverridesTheDocument) {
    const auto r = validate_cli({"--role", "card", fx("clean-api.ods")});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.out.find("--role で指定"), std::string::npos);
}

TEST(ValidateCli, WithoutOptionOrSettingsTheRoleIsInferredFromTheAnswers) {
    // The CSV carries no _apichecklist sheet; its answers are a connector's.
    const auto text = validate_cli({fx("clean-api.csv")});
    EXPECT_EQ(text.exit_code, 0) << text.out;
    EXPECT_NE(text.out.find("役割: API接続先 (回答から推定"), std::string::npos) << text.out;
    const auto json = nlohmann::json::parse(validate_cli({"--json", fx("clean-api.csv")}).out);
    EXPECT_EQ(json["files"][0]["role"], "api");
    EXPECT_EQ(json["files"][0]["role_source"], "inferred");
}

TEST(ValidateCli, JsonFollowsTheDocumentedSchema) {
    const auto r = validate_cli({"--json", fx("broken.xlsx"), fx("truncated.ods")});
    EXPECT_EQ(r.exit_code, 2) << "an unreadable file wins over findings";
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["schema"], 1);
    ASSERT_EQ(j["files"].size(), 2u);
    const auto& broken = j["files"][0];
    EXPECT_EQ(broken["status"], "checked");
    EXPECT_EQ(broken["checklist"], "card-api-1.0");
    EXPECT_EQ(broken["role"], "api");
    EXPECT_EQ(broken["header_row"], 5);
    for (const auto& f : broken["findings"])
        for (const char* key :
             {"rule", "severity", "number", "column", "cell", "message", "message_en"})
            EXPECT_TRUE(f.contains(key)) << key;
    EXPECT_EQ(broken["counts"]["error"], 9);
    EXPECT_EQ(broken["counts"]["ignored"], 2);
    EXPECT_EQ(broken["ignored"][0]["reason"],
              "当社のサービスは該当しないため削除（審査部合意済み）");
    EXPECT_EQ(j["files"][1]["status"], "unreadable");
    EXPECT_NE(j["files"][1]["error"]["message"].get<std::string>().find("壊れて"),
              std::string::npos);
    EXPECT_EQ(j["summary"]["unreadable"], 1);
    EXPECT_EQ(j["exit_code"], 2);
}

TEST(ValidateCli, BadInputsExitTwoAndTheOthersAreStillChecked) {
    const auto r =
        validate_cli({fx("not-a-spreadsheet.xlsx"), fx("zip-bomb.xlsx"), fx("password.ods"),
                      fx("empty.xlsx"), fx("no-checklist.ods"), fx("clean-api.ods")});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.out.find("zip 爆弾"), std::string::npos);
    EXPECT_NE(r.out.find("チェックリストが見つかりません。各シートの先頭 30 行"),
              std::string::npos);
    EXPECT_NE(r.out.find("エラー 0、警告 0、情報 0"), std::string::npos)
        << "clean-api.ods still checked";
}

TEST(ValidateCli, MalformedCsvKeepsJsonClean) {
    const auto r = validate_cli({"--json", fx("bad-quotes.csv")});
    EXPECT_EQ(r.exit_code, 2);
    const auto j = nlohmann::json::parse(r.out);  // throws if a parser wrote to stdout
    EXPECT_NE(j["files"][0]["error"]["message"].get<std::string>().find("CSV"), std::string::npos);
}

TEST(ValidateCli, DirectoriesAreSearched) {
    test::TempDir dir;
    std::filesystem::create_directories(dir.path() / "sub");
    std::filesystem::copy_file(test::fixture("clean-api.ods"), dir.path() / "a.ods");
    std::filesystem::copy_file(test::fixture("clean-card.xlsx"), dir.path() / "sub" / "b.xlsx");
    std::filesystem::copy_file(test::fixture("not-a-spreadsheet.xlsx"),
                               dir.path() / "sub" / ".~lock.b.xlsx#");
    const auto r = validate_cli({"--json", dir.path().string()});
    EXPECT_EQ(r.exit_code, 0) << r.out;
    EXPECT_EQ(nlohmann::json::parse(r.out)["summary"]["files"], 2);
}

TEST(ValidateCli, UnknownChecklistIsAnError) {
    const auto r = validate_cli({"--checklist", "nope", fx("clean-api.ods")});
    EXPECT_NE(r.exit_code, 0);
    EXPECT_NE(r.err.find("nope"), std::string::npos);
}
