// `apichecklist compare` as a user runs it: output grouped by item, JSON schema, exit codes,
// inputs left untouched.

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "compare_fixtures.hpp"
#include "run_process.hpp"
#include "test_paths.hpp"

using namespace apichecklist;

namespace {

test::ProcessResult compare_cli(std::vector<std::string> args) {
    args.insert(args.begin(), {test::cli_binary().string(), "compare", "--as-of", "2025-04-01"});
    return test::run_process(
        args, {"APICHECKLIST_CATALOG=" + test::catalog_dir().string(), "APICHECKLIST_LANG=ja"});
}

std::string fx(const char* name) { return test::compare_fixture(name).string(); }

std::string bytes_of(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

}  // namespace

TEST(CompareCli, UnchangedPairExitsZero) {
    const auto r = compare_cli({fx("base.ods"), fx("reordered.ods")});
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("変更はありません。"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("両方にある項目 45 (変更あり 0、変更なし 45)"), std::string::npos)
        << r.out;
}

TEST(CompareCli, ChangesAreGroupedByItemWithNewCells) {
    const auto r = compare_cli({fx("base.ods"), fx("changed.xlsx")});
    EXPECT_EQ(r.exit_code, 1) << r.err;
    const auto item1 = r.out.find("通番 1  セキュリティ管理責任の所在と対象範囲を明確にする。");
    ASSERT_NE(item1, std::string::npos) << r.out;
    const auto diff = r.out.find("  E6  現在の対応状況: 変更", item1);
    ASSERT_NE(diff, std::string::npos) << r.out;
    EXPECT_NE(r.out.find("{+半+}年{+に+}1回", diff), std::string::npos);
    EXPECT_NE(r.out.find("課題が解消されました"), std::string::npos);
    EXPECT_NE(r.out.find("新しい課題があります"), std::string::npos);
    EXPECT_NE(r.out.find("期限を過ぎた対応計画: 期限 2024-03-31"), std::string::npos);
    EXPECT_NE(r.out.find("通番 20  情報資産への内部からの不正アクセスを抑止する。\n  "
                         "今回削除された項目 (前回 25行目)"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("独自項目 独自3  障害時の連絡体制を整える。\n  今回追加された項目"),
              std::string::npos)
        << r.out;
    EXPECT_NE(
        r.out.find("回答: 記入 4、削除 5、変更 2　課題: 解消 1、新規 1　期限を過ぎた対応計画: 1"),
        std::string::npos)
        << r.out;
}

TEST(CompareCli, JsonFollowsTheDocumentedSchema) {
    const auto r = compare_cli({"--json", fx("base.ods"), fx("changed.xlsx")});
    EXPECT_EQ(r.exit_code, 1) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["schema"], 2);
    EXPECT_EQ(j["as_of"], "2025-04-01");
    EXPECT_EQ(j["changed"], true);
    EXPECT_EQ(j["old"]["file"], fx("base.ods"));
    EXPECT_EQ(j["summary"]["items_removed"], 2);
    ASSERT_EQ(j["sheets"].size(), 1u);
    const auto& sheet = j["sheets"][0];
    EXPECT_EQ(sheet["old"]["checklist"], "card-api-1.0");
    EXPECT_EQ(sheet["new"]["header_row"], 5);
    EXPECT_EQ(sheet["summary"], j["summary"]);
    EXPECT_EQ(sheet["changed"], true);
    ASSERT_FALSE(j["items"].empty());
    const auto& first = j["items"][0];
    for (const char* key : {"key", "number", "own_item", "goal", "status", "old_numbers", "old_row",
                            "new_row", "changes", "issue", "overdue_plan", "sheet"})
        EXPECT_TRUE(first.contains(key)) << key;
    EXPECT_EQ(first["key"], "1");
    const auto& change = first["changes"][0];
    EXPECT_EQ(change["column"], "current_status");
    EXPECT_EQ(change["kind"], "changed");
    EXPECT_EQ(change["cell"], "E6");
    std::string rebuilt_before;
    std::string rebuilt_after;
    for (const auto& piece : change["diff"]) {
        if (piece["op"] != "added") rebuilt_before += piece["text"].get<std::string>();
        if (piece["op"] != "removed") rebuilt_after += piece["text"].get<std::string>();
    }
    EXPECT_EQ(rebuilt_before, change["before"]);
    EXPECT_EQ(rebuilt_after, change["after"]);
}

TEST(CompareCli, TrialAgainstVer10) {
    const auto r = compare_cli({fx("trial-2017.xlsx"), fx("base.ods")});
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_NE(r.out.find("版の対応付け: bank-api-trial-2017__card-api-1.0"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("前回の版にない列 (比較しません): 課題認識、関連規定、関連規定箇所"),
              std::string::npos);
    EXPECT_NE(r.out.find("前回の通番: 3、4、9"), std::string::npos);
}

// The same sheets saved as .ods, .xlsx or .csv give the same comparison in any
// combination, 試行版 against Ver1.0 included; exit codes 0, 1 and 2 on each kind of pair.
TEST(CompareCli, FormatsInAnyCombinationGiveTheSameResultAndExitCode) {
    auto summary_of = [](const char* old_file, const char* new_file, int expected_code) {
        const auto r = compare_cli({"--json", fx(old_file), fx(new_file)});
        EXPECT_EQ(r.exit_code, expected_code) << old_file << " → " << new_file << "\n" << r.err;
        return r.exit_code == 2 ? nlohmann::json() : nlohmann::json::parse(r.out)["summary"];
    };
    for (const auto& [old_file, new_file] : {std::pair{"base.ods", "base.xlsx"},
                                             {"base.xlsx", "base.csv"},
                                             {"base.csv", "base.ods"},
                                             {"reordered.ods", "base.csv"}}) {
        const auto summary = summary_of(old_file, new_file, 0);
        EXPECT_EQ(summary["items_unchanged"], 45) << old_file << " → " << new_file;
    }
    const auto changed = summary_of("base.ods", "changed.xlsx", 1);
    EXPECT_EQ(changed["answers_changed"], 2);
    for (const auto& [old_file, new_file] : {std::pair{"base.xlsx", "changed.csv"},
                                             {"base.csv", "changed.ods"},
                                             {"base.csv", "changed.csv"}})
        EXPECT_EQ(summary_of(old_file, new_file, 1), changed) << old_file << " → " << new_file;
    const auto trial = summary_of("trial-2017.xlsx", "base.ods", 1);
    EXPECT_GT(trial["items_compared"], 30);
    for (const auto& [old_file, new_file] :
         {std::pair{"trial-2017.csv", "base.xlsx"}, {"trial-2017.xlsx", "base.csv"}})
        EXPECT_EQ(summary_of(old_file, new_file, 1), trial) << old_file << " → " << new_file;
    for (const auto& [old_file, new_file] : {std::pair{"base.xlsx", "no-checklist.csv"},
                                             {"truncated.ods", "base.csv"},
                                             {"base.csv", "trial-2017.csv"},
                                             {"no-checklist.csv", "base.xlsx"}})
        summary_of(old_file, new_file, 2);
}

TEST(CompareCli, BadInputExitsTwoNamingTheFile) {
    const auto none = compare_cli({fx("base.ods"), fx("no-checklist.ods")});
    EXPECT_EQ(none.exit_code, 2);
    EXPECT_NE(none.err.find("no-checklist.ods: チェックリストが見つかりません"), std::string::npos)
        << none.err;
    EXPECT_NE(none.err.find("見出し行を残したファイルを指定してください"), std::string::npos);
    const auto broken = compare_cli({fx("truncated.ods"), fx("base.ods")});
    EXPECT_EQ(broken.exit_code, 2);
    EXPECT_NE(broken.err.find("truncated.ods: "), std::string::npos) << broken.err;
    const auto missing = compare_cli({fx("base.ods"), fx("missing.xlsx")});
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_NE(missing.err.find("missing.xlsx"), std::string::npos) << missing.err;
    const auto backwards = compare_cli({fx("base.ods"), fx("trial-2017.xlsx")});
    EXPECT_EQ(backwards.exit_code, 2);
    EXPECT_NE(backwards.err.find("前回 (古い版) のファイルを先に指定してください"),
              std::string::npos);
    const auto bad_date = test::run_process(
        {test::cli_binary().string(), "compare", "--as-of", "2025-02-30", fx("base.ods"),
         fx("base.ods")},
        {"APICHECKLIST_CATALOG=" + test::catalog_dir().string(), "APICHECKLIST_LANG=ja"});
    EXPECT_EQ(bad_date.exit_code, 2);
    EXPECT_NE(bad_date.err.find("--as-of の日付が読めません"), std::string::npos);
}

TEST(CompareCli, InputsAreNeverModified) {
    const std::string before_old = bytes_of(fx("base.ods"));
    const std::string before_new = bytes_of(fx("changed.xlsx"));
    ASSERT_FALSE(before_old.empty());
    compare_cli({fx("base.ods"), fx("changed.xlsx")});
    EXPECT_EQ(bytes_of(fx("base.ods")), before_old);
    EXPECT_EQ(bytes_of(fx("changed.xlsx")), before_new);
}
