// apichecklist migrate --to: filled Ver1.0 sheets upgraded to the test-only
// card-api-1.1-test (installed with `catalog install`), a 試行版 sheet through the chain
// 試行版 → 1.0 → 1.1-test, the dry run, and the versions that cannot be migrated.
// One batch (one soffice) writes all outputs; the tests read them back.

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "apichecklist/io/catalog_files.hpp"
#include "apichecklist/util/sha256.hpp"
#include "libreoffice_comments.hpp"
#include "migrate_expectations.hpp"
#include "run_process.hpp"
#include "temp_dir.hpp"

namespace apichecklist::test {
namespace {

namespace fs = std::filesystem;

constexpr const char* kNext = "card-api-1.1-test";

fs::path test_package() {
    return catalog_dir().parent_path() / "tests/data/catalogs/card-api-1.1-test";
}

const catalog::Catalog& with_test_package() {
    static const catalog::Catalog instance =
        io::load_catalogs_with(catalog_dir(), "/nonexistent", {test_package()}, {});
    return instance;
}

ProcessResult helper(std::vector<std::string> args, const fs::path& data_home) {
    args.insert(args.begin(), cli_binary().string());
    return run_process(args, {"APICHECKLIST_DATA_HOME=" + data_home.string(),
                              "APICHECKLIST_CATALOG=" + catalog_dir().string()});
}

std::string sha_of(const fs::path& file) { return util::sha256_hex(util::read_file(file)); }

bool memo_has(const sheet::Workbook& out, const std::string& text) {
    const sheet::Sheet& memo = out.sheets.at(1);
    for (int r = 0; r < memo.row_count(); ++r)
        for (int c = 0; c < memo.column_count(); ++c)
            if (memo.text(r, c).find(text) != std::string::npos) return true;
    return false;
}

// The test package installed into a private data home.
class MigrateVersions : public ::testing::Test {
  protected:
    void SetUp() override {
        const auto installed =
            helper({"catalog", "install", test_package().string()}, data_home_.path());
        ASSERT_EQ(installed.exit_code, 0) << installed.out << installed.err;
    }
    ProcessResult run(std::vector<std::string> args) {
        args.insert(args.begin(), "migrate");
        return helper(args, data_home_.path());
    }
    // In the input's format: ver1-card is the .xlsx of the batch.
    fs::path output(const std::string& stem) const {
        return out_.path() / (stem + "_Ver.1.1-test" + (stem == "ver1-card" ? ".xlsx" : ".ods"));
    }
    void expect_ver1_upgraded() const;
    void expect_trial_through_the_chain() const;
    void expect_comments_with_their_answers() const;

    TempDir data_home_;
    TempDir out_;
};

// One batch (one soffice): two filled Ver1.0 sheets and a 試行版 sheet to 1.1-test.
TEST_F(MigrateVersions, UpgradesVer1AndTrialSheetsKeepingEveryAnswerAndComment) {
    const std::string input_sha = sha_of(trial_fixtures() / "ver1-api.ods");
    const auto batch = run({"--to", kNext, "-o", out_.path().string(),
                            (trial_fixtures() / "ver1-api.ods").string(),
                            (trial_fixtures() / "ver1-card.xlsx").string(),
                            (trial_fixtures() / "trial-api.ods").string()});
    ASSERT_EQ(batch.exit_code, 0) << batch.out << batch.err;
    EXPECT_NE(batch.out.find("合計: 3 ファイル、移行 3"), std::string::npos) << batch.out;
    EXPECT_EQ(sha_of(trial_fixtures() / "ver1-api.ods"), input_sha) << "the input was modified";
    expect_ver1_upgraded();
    expect_trial_through_the_chain();
    expect_comments_with_their_answers();

    // The upgraded sheet cannot go back: 1.1-test → 1.0 is a downgrade (refused before soffice).
    TempDir back;
    const auto down =
        run({"--to", "card-api-1.0", "-o", back.path().string(), output("ver1-api").string()});
    EXPECT_EQ(down.exit_code, 2) << down.out << down.err;
    EXPECT_NE(down.out.find("古い版への移行（ダウングレード）はできません"), std::string::npos)
        << down.out;
    EXPECT_TRUE(fs::is_empty(back.path()));
}

void MigrateVersions::expect_ver1_upgraded() const {
    for (const std::string stem : {"ver1-api", "ver1-card"}) {
        const fs::path input = trial_fixtures() / (stem + (stem == "ver1-api" ? ".ods" : ".xlsx"));
        const TrialSheet source = read_trial(input, with_test_package());
        ASSERT_EQ(source.layout.checklist_id, "card-api-1.0");
        const sheet::Workbook out = io::read_workbook(output(stem));
        ASSERT_GE(out.sheets.size(), 2u);
        EXPECT_GT(expect_answers_at_mapped_cells(source, out.sheets[0], with_test_package(),
                                                 {"card-api-1.0", kNext}, kVer1Routes),
                  (stem == "ver1-api" ? 80 : 10))
            << stem;
        EXPECT_EQ(out.properties.at("apichecklist.checklist"), kNext);
        EXPECT_EQ(out.properties.at("apichecklist.migration_mapping"),
                  "card-api-1.0__card-api-1.1-test");
        EXPECT_EQ(out.properties.at("apichecklist.migrated_from"), input.filename().string());
        // Own items follow the 44 items of 1.1-test, every answer column in place.
        EXPECT_EQ(out.sheets[0].text(49, 0), "独自1");
        const std::vector<std::string> own = {"独自1の現状", "独自1の課題", "独自1の計画",
                                              "独自1の規定", "独自1の箇所", "独自1の備考"};
        for (std::size_t i = 0; i < own.size(); ++i)
            EXPECT_NE(out.sheets[0].text(49, 4 + static_cast<int>(i)).find(own[i]),
                      std::string::npos)
                << own[i];
        // The new item 42 is listed for review; the split copies are marked.
        EXPECT_TRUE(memo_has(out, "Ver. 1.1-test で新設された項目です")) << stem;
    }

    const sheet::Workbook api = io::read_workbook(output("ver1-api"));
    EXPECT_NE(api.sheets[0].text(5 + 43, 4).find(
                  "【要確認: Ver. 1.0 通番20 の回答を分割先の各項目に複写】"),
              std::string::npos)
        << api.sheets[0].text(5 + 43, 4);
    // The removed item 43 (answered by the card side): its full answer is in the 移行メモ.
    const sheet::Workbook card = io::read_workbook(output("ver1-card"));
    EXPECT_TRUE(memo_has(card, "現状V43: 規程に基づき運用している。"));
    EXPECT_TRUE(memo_has(card, "備考V43: 証跡あり。"));
}

void MigrateVersions::expect_trial_through_the_chain() const {
    const fs::path input = trial_fixtures() / "trial-api.ods";
    const TrialSheet source = read_trial(input, with_test_package());
    const sheet::Workbook out = io::read_workbook(output("trial-api"));
    EXPECT_GT(expect_answers_at_mapped_cells(source, out.sheets[0], with_test_package(),
                                             {"bank-api-trial-2017", "card-api-1.0", kNext},
                                             kTrialRoutes),
              10);
    EXPECT_EQ(out.properties.at("apichecklist.migration_mapping"),
              "bank-api-trial-2017__card-api-1.0 → card-api-1.0__card-api-1.1-test");
    EXPECT_EQ(out.properties.at("apichecklist.checklist"), kNext);
    EXPECT_TRUE(memo_has(out, "試行版の項目と回答の移行先"));
}

void MigrateVersions::expect_comments_with_their_answers() const {
    office::Office soffice;
    std::vector<CellComment> api;
    std::vector<CellComment> card;
    soffice.run("read", [&](office::Session& s) {
        api = read_cell_comments(s, output("ver1-api"));
        card = read_cell_comments(s, output("ver1-card"));
    });
    auto at = [](const std::vector<CellComment>& comments, int sheet, int row, int column,
                 const std::string& text) {
        return std::any_of(comments.begin(), comments.end(), [&](const auto& c) {
            return c.sheet == sheet && (row < 0 || (c.row == row && c.column == column)) &&
                   c.text.find(text) != std::string::npos;
        });
    };
    EXPECT_TRUE(at(api, 0, 5 + 19, 4, "コメントV20: 担当者に確認済み。"));  // split: 20 …
    EXPECT_TRUE(at(api, 0, 5 + 43, 4, "コメントV20: 担当者に確認済み。"));  // … and 44
    EXPECT_TRUE(at(api, 0, 5 + 42, 4, "コメントV42: 担当者に確認済み。"));  // renumbered to 43
    EXPECT_TRUE(at(api, 0, 49, 9, "コメント独自1: 審査部が担当。"));
    const sheet::Workbook api_out = io::read_workbook(output("ver1-api"));
    EXPECT_TRUE(memo_has(api_out, "コメントV1目標: 解釈を確認中。"));
    const sheet::Workbook card_out = io::read_workbook(output("ver1-card"));
    EXPECT_TRUE(memo_has(card_out, "コメントV43: 担当者に確認済み。"));  // removed item
}

TEST_F(MigrateVersions, DryRunPrintsThePlanAsJsonAndText) {
    TempDir out;
    const std::string input = (trial_fixtures() / "ver1-card.xlsx").string();
    const auto json_run =
        run({"--dry-run", "--json", "--to", kNext, "-o", out.path().string(), input});
    ASSERT_EQ(json_run.exit_code, 0) << json_run.out << json_run.err;
    const auto json = nlohmann::json::parse(json_run.out);
    const auto& plan = json["files"][0]["plan"];
    EXPECT_EQ(json["files"][0]["status"], "planned");
    EXPECT_EQ(plan["from"], "card-api-1.0");
    EXPECT_EQ(plan["to"], kNext);
    EXPECT_EQ(plan["mappings"], nlohmann::json::array({"card-api-1.0__card-api-1.1-test"}));
    std::map<std::string, nlohmann::json> rows;
    for (const auto& row : plan["trial_rows"]) rows[row["number"].get<std::string>()] = row;
    EXPECT_EQ(rows.at("43")["relation"], "removed");
    EXPECT_TRUE(rows.at("43")["routes"][0]["to_cells"].empty());
    EXPECT_EQ(rows.at("42")["to_numbers"], nlohmann::json::array({43}));
    EXPECT_EQ(json["files"][0]["output"], (out.path() / "ver1-card_Ver.1.1-test.xlsx").string());

    const auto text_run = run({"--dry-run", "--to", kNext, "-o", out.path().string(), input});
    ASSERT_EQ(text_run.exit_code, 0) << text_run.out << text_run.err;
    EXPECT_NE(text_run.out.find("Ver. 1.0 通番43 [removed]"), std::string::npos) << text_run.out;
    EXPECT_NE(text_run.out.find("要確認の Ver. 1.1-test 項目"), std::string::npos) << text_run.out;
    EXPECT_TRUE(fs::is_empty(out.path()));
}

TEST_F(MigrateVersions, DowngradeUnknownTargetAndUnjoinedVersionsAreRefusedBeforeSoffice) {
    TempDir out;
    const auto to_trial = run({"--to", "bank-api-trial-2017", "-o", out.path().string(),
                               (trial_fixtures() / "ver1-api.ods").string()});
    EXPECT_EQ(to_trial.exit_code, 2) << to_trial.out << to_trial.err;
    EXPECT_NE(to_trial.out.find("古い版への移行（ダウングレード）はできません"), std::string::npos)
        << to_trial.out;

    const auto unknown =
        run({"--to", "card-api-9.9", (trial_fixtures() / "ver1-api.ods").string()});
    EXPECT_EQ(unknown.exit_code, 2) << unknown.out << unknown.err;
    EXPECT_NE(unknown.err.find("card-api-9.9"), std::string::npos) << unknown.err;

    // The same checklist installed without its mapping: no chain joins 1.0 to it.
    TempDir unjoined;
    const fs::path package = unjoined.path() / "package";
    fs::copy(test_package(), package, fs::copy_options::recursive);
    fs::remove_all(package / "mappings");
    auto manifest = nlohmann::json::parse(util::read_file(package / "manifest.json"));
    manifest["mappings"] = nlohmann::json::array();
    auto& files = manifest["files"];
    files.erase(std::remove_if(files.begin(), files.end(),
                               [](const auto& f) { return f["kind"] == "mapping"; }),
                files.end());
    std::ofstream(package / "manifest.json") << manifest.dump(2);
    const fs::path home = unjoined.path() / "home";
    const auto installed = helper({"catalog", "install", package.string()}, home);
    ASSERT_EQ(installed.exit_code, 0) << installed.out << installed.err;
    const auto no_path = helper({"migrate", "--to", kNext, "-o", out.path().string(),
                                 (trial_fixtures() / "ver1-api.ods").string()},
                                home);
    EXPECT_EQ(no_path.exit_code, 2) << no_path.out << no_path.err;
    EXPECT_NE(no_path.out.find("対応表（マッピング）の連鎖がカタログにありません"),
              std::string::npos)
        << no_path.out;
    EXPECT_TRUE(fs::is_empty(out.path()));
}

}  // namespace
}  // namespace apichecklist::test
