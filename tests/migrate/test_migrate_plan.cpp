// The migration plan on LibreOffice-written trial sheets, read by the real reader.

#include <gtest/gtest.h>

#include <algorithm>

#include "apichecklist/io/catalog_files.hpp"
#include "apichecklist/migrate/nothing_lost.hpp"
#include "apichecklist/migrate/plan.hpp"
#include "migrate_expectations.hpp"

namespace apichecklist::test {
namespace {

migrate::Plan plan_of(const TrialSheet& trial) {
    return migrate::plan_migration(trial.workbook, trial.layout, shipped_catalog());
}

class MigratePlan : public ::testing::TestWithParam<std::string> {};

TEST_P(MigratePlan, EveryAnswerGoesToTheCellsTheMappingNames) {
    const TrialSheet trial = read_trial(trial_fixtures() / GetParam());
    const migrate::Plan plan = plan_of(trial);
    const sheet::Workbook out = migrate::planned_workbook(plan, "フォーマット");
    EXPECT_GT(expect_answers_at_mapped_cells(trial, out.sheets[0]), 10);
    EXPECT_TRUE(migrate::find_lost_texts(trial.workbook, out).empty());
}

TEST_P(MigratePlan, MemoListsEveryTrialItemAndTheItemsToReview) {
    const TrialSheet trial = read_trial(trial_fixtures() / GetParam());
    const migrate::Plan plan = plan_of(trial);
    const sheet::Sheet memo = migrate::planned_workbook(plan, "フォーマット").sheets[1];
    std::set<std::string> listed;
    for (int r = 0; r < memo.row_count(); ++r) listed.insert(memo.text(r, 0));
    for (const auto& item : shipped_catalog().checklist("bank-api-trial-2017")->items)
        EXPECT_TRUE(listed.count(std::to_string(item.number))) << "試行版 通番" << item.number;
    // Ver1.0 items with no predecessor are new: each must be in the review list.
    std::set<int> with_predecessor;
    for (const auto& row : shipped_catalog().mapping("bank-api-trial-2017", "card-api-1.0")->rows)
        for (const int n : row.to_numbers) with_predecessor.insert(n);
    std::set<int> reviewed;
    for (const auto& review : plan.reviews) reviewed.insert(review.number);
    for (const auto& item : shipped_catalog().checklist("card-api-1.0")->items)
        if (!with_predecessor.count(item.number)) {
            EXPECT_TRUE(reviewed.count(item.number)) << item.number;
        }
    // Every plan moved from 今後の対応予定 asks for a 課題認識 (a comment alone is no plan).
    for (const auto& row : plan.trial_rows)
        for (const auto& route : row.routes)
            if (route.from_column == "future_plan" && row.relation != "own" &&
                !route.text.empty()) {
                for (const int n : route.to_numbers) {
                    EXPECT_TRUE(reviewed.count(n)) << n;
                }
            }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, MigratePlan,
                         ::testing::Values("trial-api.ods", "trial-api.xlsx", "trial-bank.ods",
                                           "trial-bank.xlsx"));

TEST(MigratePlanProof, OwnRowsAndOtherCellsAreKept) {
    const TrialSheet trial = read_trial(trial_fixtures() / "trial-api.xlsx");
    const migrate::Plan plan = plan_of(trial);
    EXPECT_EQ(plan.own_rows, 2);
    EXPECT_EQ(plan.role, settings::Role::Api);
    const sheet::Workbook out = migrate::planned_workbook(plan, "フォーマット");
    // Own rows follow the 43 items of the template (rows 49 and 50).
    EXPECT_EQ(out.sheets[0].text(48, 0), "独自1");
    EXPECT_NE(out.sheets[0].text(48, 4).find("独自1の現状"), std::string::npos);
    EXPECT_NE(out.sheets[0].text(48, 6).find("独自1の予定"), std::string::npos);
    EXPECT_NE(out.sheets[0].text(49, 9).find("独自2の手法例"), std::string::npos);
}

TEST(MigratePlanProof, DetectsAMissingTextAndAMissingComment) {
    TrialSheet trial = read_trial(trial_fixtures() / "trial-api.ods");
    // A comment on an answer, beside the ones the fixture has.
    sheet::Sheet& input = trial.workbook.sheets[static_cast<std::size_t>(trial.layout.sheet)];
    const int status = trial.layout.column("current_status");
    const auto answered = std::find_if(
        trial.layout.rows.begin(), trial.layout.rows.end(),
        [&](const auto& r) { return r.number && !sheet::is_blank(input.text(r.row, status)); });
    ASSERT_NE(answered, trial.layout.rows.end());
    const std::string answer = trimmed(input.text(answered->row, status));
    sheet::Cell cell = input.at(answered->row, status);
    cell.comment = "テスト用コメント";
    input.set(answered->row, status, cell);
    migrate::Plan plan = plan_of(trial);
    ASSERT_TRUE(
        migrate::find_lost_texts(trial.workbook, migrate::planned_workbook(plan, "x")).empty());

    auto with_comment = std::find_if(plan.cells.begin(), plan.cells.end(), [](const auto& c) {
        return c.comment.find("テスト用コメント") != std::string::npos;
    });
    ASSERT_NE(with_comment, plan.cells.end());
    with_comment->comment.clear();
    auto with_text = std::find_if(plan.cells.begin(), plan.cells.end(), [&](const auto& c) {
        return c.text.find(answer) != std::string::npos;
    });
    ASSERT_NE(with_text, plan.cells.end());
    with_text->text.erase(with_text->text.find(answer), answer.size());
    const auto lost =
        migrate::find_lost_texts(trial.workbook, migrate::planned_workbook(plan, "x"));
    ASSERT_EQ(lost.size(), 2u);
    EXPECT_TRUE(std::any_of(lost.begin(), lost.end(), [](const auto& l) { return l.comment; }));
    EXPECT_TRUE(std::any_of(lost.begin(), lost.end(), [&](const auto& l) {
        return !l.comment && trimmed(l.text) == answer;
    }));
}

TEST(MigrateChain, ComposedMappingLeadsWhereTheStepsLead) {
    const catalog::Catalog cat = io::load_catalogs_with(
        catalog_dir(), "/nonexistent",
        {catalog_dir().parent_path() / "tests/data/catalogs/card-api-1.1-test"}, {});
    const migrate::Chain chain =
        migrate::resolve_chain(cat, "bank-api-trial-2017", "card-api-1.1-test");
    ASSERT_EQ(chain.steps.size(), 2u);
    const std::vector<std::string> versions = {"bank-api-trial-2017", "card-api-1.0",
                                               "card-api-1.1-test"};
    int removed = 0;
    int split = 0;
    for (const auto& row : chain.mapping.rows) {
        if (!row.from_number) {
            EXPECT_EQ(row.relation, catalog::Relation::New);
            continue;
        }
        std::vector<int> expected = mapped_numbers(cat, versions, *row.from_number);
        std::sort(expected.begin(), expected.end());
        expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
        std::vector<int> got = row.to_numbers;
        std::sort(got.begin(), got.end());
        EXPECT_EQ(got, expected) << "試行版 通番" << *row.from_number;
        EXPECT_EQ(row.relation == catalog::Relation::Removed, expected.empty()) << *row.from_number;
        removed += row.relation == catalog::Relation::Removed;
        split += row.relation == catalog::Relation::SplitInto;
        // 今後の対応予定 reaches 課題への対応計画 through both steps.
        for (const auto& route : row.columns)
            if (route.from_key == "future_plan" && !expected.empty()) {
                EXPECT_EQ(route.to_keys, std::vector<std::string>{"plan"}) << *row.from_number;
            }
    }
    EXPECT_GT(removed, 0);
    EXPECT_GT(split, 0);
    EXPECT_THROW(migrate::resolve_chain(cat, "card-api-1.1-test", "card-api-1.0"),
                 migrate::PlanError);
}

TEST(MigratePlanProof, RefusesAVer1Sheet) {
    const TrialSheet ver1 = read_trial(trial_fixtures() / "not-trial.ods");
    EXPECT_THROW(plan_of(ver1), migrate::PlanError);
}

TEST(MigratePlanProof, SecondaryLinksAskForAReviewAndTheRemovedAnswerStaysInFull) {
    const TrialSheet trial = read_trial(trial_fixtures() / "trial-api.ods");
    const migrate::Plan plan = plan_of(trial);
    auto review_of = [&](int number, const std::string& words) {
        return std::any_of(plan.reviews.begin(), plan.reviews.end(), [&](const auto& review) {
            return review.number == number && review.reason_ja.find(words) != std::string::npos;
        });
    };
    // 試行版 2's ＜エビデンスの確保＞ went to Ver1.0 3; its answer stays with Ver1.0 2.
    EXPECT_TRUE(review_of(3, "試行版 通番2 の＜エビデンスの確保＞はこの項目に移りました"));
    // 試行版 22 is removed; Ver1.0 10 is the nearest item and gets nothing routed.
    EXPECT_TRUE(review_of(10, "試行版 通番22（削除）に最も近い項目です"));
    const auto row22 = std::find_if(plan.trial_rows.begin(), plan.trial_rows.end(),
                                    [](const auto& row) { return row.number == 22; });
    ASSERT_NE(row22, plan.trial_rows.end());
    EXPECT_EQ(row22->relation, "removed");
    ASSERT_FALSE(row22->routes.empty()) << "the fixture answers 試行版 22";
    for (const auto& route : row22->routes) {
        EXPECT_TRUE(route.to_numbers.empty());
        EXPECT_TRUE(route.to_column.empty());
    }
    const sheet::Workbook out = migrate::planned_workbook(plan, "フォーマット");
    EXPECT_TRUE(migrate::find_lost_texts(trial.workbook, out).empty());
    const sheet::Sheet& memo = out.sheets[1];
    bool full = false;
    bool nearest = false;
    for (int r = 0; r < memo.row_count(); ++r) {
        if (memo.text(r, 0) != "22") continue;
        for (int c = 0; c < memo.column_count(); ++c) {
            full = full || memo.text(r, c).find(row22->routes.front().text) != std::string::npos;
            nearest = nearest || memo.text(r, c).find("最も近い項目: 通番10") != std::string::npos;
        }
    }
    EXPECT_TRUE(full) << "the removed item's answer is in the 移行メモ in full";
    EXPECT_TRUE(nearest);
}

}  // namespace
}  // namespace apichecklist::test
