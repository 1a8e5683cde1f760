// apichecklist migrate end to end: the real binary, a real soffice, LibreOffice-written
// trial sheets; outputs read back with the real reader (comments also through soffice).

#include <signal.h>

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "apichecklist/util/sha256.hpp"
#include "libreoffice_comments.hpp"
#include "migrate_expectations.hpp"
#include "run_process.hpp"
#include "temp_dir.hpp"

namespace apichecklist::test {
namespace {

namespace fs = std::filesystem;

ProcessResult migrate(std::vector<std::string> args, const std::vector<std::string>& env = {}) {
    args.insert(args.begin(), {cli_binary().string(), "migrate"});
    return run_process(args, env);
}

std::vector<std::string> directory_listing(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::string sha_of(const fs::path& file) { return util::sha256_hex(util::read_file(file)); }

void expect_migrated(const fs::path& input, const fs::path& output) {
    const TrialSheet trial = read_trial(input);
    const sheet::Workbook out = io::read_workbook(output);
    ASSERT_GE(out.sheets.size(), 2u);
    EXPECT_EQ(out.sheets[1].name(), "移行メモ");
    EXPECT_GT(expect_answers_at_mapped_cells(trial, out.sheets[0]), 10) << output;
    EXPECT_EQ(out.properties.at("apichecklist.migrated_from"), input.filename().string());
    EXPECT_EQ(out.properties.at("apichecklist.migrated_from_sha256"), sha_of(input));
    EXPECT_EQ(out.properties.at("apichecklist.migration_mapping"),
              "bank-api-trial-2017__card-api-1.0");
    EXPECT_EQ(out.properties.at("apichecklist.checklist"), "card-api-1.0");
}

TEST(MigrateCli, WritesVer1SheetsWithAnswersCommentsMemoAndProperties) {
    TempDir out;
    const fs::path ods = trial_fixtures() / "trial-api.ods";
    const fs::path xlsx = trial_fixtures() / "trial-bank.xlsx";
    const std::string ods_sha = sha_of(ods);
    const auto result = migrate({"-o", out.path().string(), ods.string(), xlsx.string()});
    ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
    EXPECT_NE(result.out.find("合計: 2 ファイル、移行 2"), std::string::npos) << result.out;
    expect_migrated(ods, out.path() / "trial-api_Ver.1.0.ods");
    expect_migrated(xlsx, out.path() / "trial-bank_Ver.1.0.xlsx");  // the input's format
    EXPECT_EQ(sha_of(ods), ods_sha) << "the input was modified";
    EXPECT_EQ(directory_listing(out.path()),
              (std::vector<std::string>{"trial-api_Ver.1.0.ods", "trial-bank_Ver.1.0.xlsx"}));

    // Comments: the answer's comment on its target cell, the goal's in the 移行メモ.
    office::Office soffice;
    std::vector<CellComment> comments;
    soffice.run("read", [&](office::Session& s) {
        comments = read_cell_comments(s, out.path() / "trial-api_Ver.1.0.ods");
    });
    auto has = [&](int sheet, const std::string& text) {
        return std::any_of(comments.begin(), comments.end(), [&](const auto& c) {
            return c.sheet == sheet && c.text.find(text) != std::string::npos;
        });
    };
    EXPECT_TRUE(has(0, "コメントT3: 証跡は共有フォルダにある。"));
    EXPECT_TRUE(has(0, "コメントT8: 予定は取締役会で承認済み。"));
    EXPECT_TRUE(has(0, "コメント独自1: 担当は不正対策室。"));
    const sheet::Workbook migrated = io::read_workbook(out.path() / "trial-api_Ver.1.0.ods");
    bool goal_comment_in_memo = false;
    for (int r = 0; r < migrated.sheets[1].row_count(); ++r)
        goal_comment_in_memo = goal_comment_in_memo ||
                               migrated.sheets[1].text(r, 3) == "コメントT10目標: 解釈を確認中。";
    EXPECT_TRUE(goal_comment_in_memo);
}

TEST(MigrateCli, DryRunPrintsThePlanAndWritesNothing) {
    TempDir out;
    const auto result = migrate({"--dry-run", "--json", "-o", out.path().string(),
                                 (trial_fixtures() / "trial-api.xlsx").string()});
    ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
    const auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["files"][0]["status"], "planned");
    EXPECT_EQ(json["files"][0]["plan"]["own_rows"], 2);
    EXPECT_FALSE(json["files"][0]["plan"]["cells"].empty());
    EXPECT_TRUE(directory_listing(out.path()).empty());
}

TEST(MigrateCli, NeverOverwritesWithoutForce) {
    TempDir out;
    const fs::path input = trial_fixtures() / "trial-bank.ods";
    const fs::path target = out.path() / "trial-bank_Ver.1.0.ods";
    { std::ofstream(target) << "someone else's file"; }
    const auto refused = migrate({"-o", out.path().string(), input.string()});
    EXPECT_EQ(refused.exit_code, 1) << refused.out << refused.err;
    EXPECT_NE(refused.out.find("--force"), std::string::npos) << refused.out;
    EXPECT_EQ(util::read_file(target), "someone else's file");
    const auto forced = migrate({"--force", "-o", out.path().string(), input.string()});
    ASSERT_EQ(forced.exit_code, 0) << forced.out << forced.err;
    expect_migrated(input, target);
    EXPECT_EQ(directory_listing(out.path()), std::vector<std::string>{"trial-bank_Ver.1.0.ods"});
}

TEST(MigrateCli, BadInputsAreNamedAndTheRestIsMigrated) {
    TempDir out;
    const auto result = migrate(
        {"-o", out.path().string(), (trial_fixtures() / "damaged.ods").string(),
         (trial_fixtures() / "password.ods").string(),
         (trial_fixtures() / "not-trial.ods").string(), (out.path() / "missing.ods").string(),
         (trial_fixtures() / "trial-bank.ods").string()});
    EXPECT_EQ(result.exit_code, 2) << result.out << result.err;
    for (const char* expected :
         {"damaged.ods: zip 形式が壊れています", "password.ods: パスワードで保護されています",
          "not-trial.ods: 試行版のシートではありません", "missing.ods: "})
        EXPECT_NE(result.out.find(expected), std::string::npos) << expected << "\n" << result.out;
    EXPECT_EQ(directory_listing(out.path()), std::vector<std::string>{"trial-bank_Ver.1.0.ods"});
}

// soffice processes started by a helper whose temp and cache directories are under `tmp` (its
// profile is there).
std::vector<pid_t> soffice_pids_under(const fs::path& tmp) {
    std::vector<pid_t> pids;
    for (const auto& entry : fs::directory_iterator("/proc")) {
        const std::string name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        std::ifstream in(entry.path() / "cmdline");
        std::string cmdline((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (cmdline.find("soffice.bin") != std::string::npos &&
            cmdline.find(tmp.string()) != std::string::npos)
            pids.push_back(std::stoi(name));
    }
    return pids;
}

TEST(MigrateCli, KilledSofficeMidBatchIsRestartedAndLeavesNoPartialFile) {
    TempDir out;
    TempDir tmp;
    std::vector<std::string> args = {"-o", out.path().string()};
    const fs::path source = trial_fixtures() / "trial-api.ods";
    for (int i = 0; i < 8; ++i) {
        const fs::path copy = tmp.path() / ("sheet-" + std::to_string(i) + ".ods");
        fs::copy_file(source, copy);
        args.push_back(copy.string());
    }
    ProcessResult result;
    // The persistent profile under `tmp` too, so that its soffice is found by the path.
    std::thread batch([&] {
        result = migrate(args, {"TMPDIR=" + tmp.path().string(),
                                "XDG_CACHE_HOME=" + (tmp.path() / "cache").string()});
    });

    // Once the first file is out, the batch is under way: kill its soffice.
    bool killed = false;
    for (int i = 0; i < 3000 && !killed; ++i) {  // bounded: 3000 × 20 ms
        if (fs::exists(out.path() / "sheet-0_Ver.1.0.ods"))
            for (const pid_t pid : soffice_pids_under(tmp.path()))
                killed = ::kill(pid, SIGKILL) == 0 || killed;
        if (!killed) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    batch.join();
    ASSERT_TRUE(killed) << "no soffice found to kill";
    ASSERT_EQ(result.exit_code, 0) << result.out << result.err;
    std::vector<std::string> expected;
    for (int i = 0; i < 8; ++i) expected.push_back("sheet-" + std::to_string(i) + "_Ver.1.0.ods");
    EXPECT_EQ(directory_listing(out.path()), expected);  // no temp files left
    for (int i = 0; i < 8; ++i)
        expect_migrated(tmp.path() / ("sheet-" + std::to_string(i) + ".ods"),
                        out.path() / ("sheet-" + std::to_string(i) + "_Ver.1.0.ods"));
}

}  // namespace
}  // namespace apichecklist::test
