// The fill plan on sheets built in memory: where each source answer lands in another copy of
// the フォーマット, what stays as it was, and what is listed because it found no place.

#include <gtest/gtest.h>

#include <set>

#include "apichecklist/fill/fill_plan.hpp"
#include "apichecklist/fill/memo.hpp"
#include "apichecklist/migrate/chain.hpp"
#include "format_sheet.hpp"

namespace apichecklist::test {
namespace {

struct Filled {
    sheet::Workbook source;
    sheet::Workbook target;
    fill::FillPlan plan;
    sheet::Workbook result;
};

Filled fill_of(const FormatSheet& source, const FormatSheet& target,
               const fill::FillOptions& options = {}) {
    Filled f{source.workbook("master.xlsx"), target.workbook("copy.xlsx"), {}, {}};
    f.plan = fill::plan_fill(f.source, layout_of(f.source), f.target, layout_of(f.target),
                             shipped_catalog(), options);
    f.result = fill::filled_workbook(f.plan, f.target);
    return f;
}

const std::string& text_at(const sheet::Workbook& workbook, int number, const std::string& key) {
    return workbook.sheets[0].text(cell_of(workbook, number, key).row,
                                   cell_of(workbook, number, key).column);
}

fill::FillOptions forcing() {
    fill::FillOptions options;
    options.force = true;
    return options;
}

std::vector<fill::LostText> lost(const Filled& f) {
    return fill::find_lost_texts(f.plan, fill::memo_of(f.plan), f.target, f.result);
}

FormatSheet master() {
    FormatSheet sheet;
    for (const int n : {1, 5, 12, 21, 43})
        sheet.answers[n] = {{"current_status", "通番" + std::to_string(n) + "の対応状況"},
                            {"remarks", "通番" + std::to_string(n) + "の備考"}};
    return sheet;
}

TEST(FillPlan, SameVersionAnswersLandInTheRowsOfTheSameItemWhateverTheirOrder) {
    FormatSheet copy;
    for (int n = 43; n >= 1; --n) copy.numbers.push_back(n);
    const Filled f = fill_of(master(), copy);
    EXPECT_EQ(text_at(f.result, 12, "current_status"), "通番12の対応状況");
    EXPECT_EQ(text_at(f.result, 43, "remarks"), "通番43の備考");
    EXPECT_EQ(f.plan.writes.size(), 10u);
    EXPECT_TRUE(f.plan.leftovers.empty());
    EXPECT_TRUE(lost(f).empty());
    for (const fill::TargetRow& row : f.plan.rows)
        if (row.number == 21) {
            EXPECT_EQ(row.kind, fill::MatchKind::SameItem);
            EXPECT_EQ(row.written, 2);
        }
    EXPECT_EQ(f.plan.answered, 5);
    EXPECT_EQ(f.plan.items, 43);
}

TEST(FillPlan, AnItemTheCopyDeletedKeepsItsAnswersInTheMemo) {
    FormatSheet copy;
    for (int n = 1; n <= 43; ++n)
        if (n != 5) copy.numbers.push_back(n);
    const Filled f = fill_of(master(), copy);
    ASSERT_EQ(f.plan.leftovers.size(), 2u);
    EXPECT_EQ(f.plan.leftovers[0].answer.number_text, "5");
    EXPECT_NE(f.plan.leftovers[0].reason_ja.find("行がありません"), std::string::npos);
    const fill::Memo memo = fill::memo_of(f.plan);
    bool in_memo = false;
    for (const auto& row : memo.tables.back().rows)
        in_memo = in_memo || row.back() == "通番5の対応状況";
    EXPECT_TRUE(in_memo);
    EXPECT_TRUE(lost(f).empty());
}

TEST(FillPlan, TextAlreadyInTheCopyIsNeverOverwrittenWithoutForce) {
    FormatSheet copy;
    copy.answers[12] = {{"current_status", "カード会社向けに書いた別の回答"}};
    copy.answers[21] = {{"current_status", "通番21の対応状況"}};  // already the same
    const Filled f = fill_of(master(), copy);
    EXPECT_EQ(text_at(f.result, 12, "current_status"), "カード会社向けに書いた別の回答");
    ASSERT_EQ(f.plan.conflicts.size(), 1u);
    EXPECT_FALSE(f.plan.conflicts[0].replaced);
    EXPECT_EQ(f.plan.conflicts[0].incoming, "通番12の対応状況");
    EXPECT_TRUE(f.plan.leftovers.empty()) << "a conflict's text is listed with the conflict";
    EXPECT_TRUE(lost(f).empty());

    const Filled forced = fill_of(master(), copy, forcing());
    EXPECT_EQ(text_at(forced.result, 12, "current_status"), "通番12の対応状況");
    ASSERT_EQ(forced.plan.conflicts.size(), 1u);
    EXPECT_TRUE(forced.plan.conflicts[0].replaced);
    EXPECT_TRUE(lost(forced).empty()) << "what --force replaced is in the memo";
    int unchanged = 0;
    for (const fill::TargetRow& row : f.plan.rows) unchanged += row.unchanged;
    EXPECT_EQ(unchanged, 1);
}

TEST(FillPlan, OwnItemsMatchByTheirGoalsAndUnrelatedOnesOnlyGetASuggestion) {
    FormatSheet source = master();
    source.own.push_back({"独自1",
                          "加盟店の不正利用を検知する仕組みを導入していること",
                          {{"current_status", "独自の検知ルールを運用"}}});
    source.own.push_back({"独自2", "全く別の独自項目の目標", {{"current_status", "別の回答"}}});
    FormatSheet copy;
    copy.own.push_back({"A-1", "加盟店における不正利用を検知する仕組みを導入していること", {}});
    copy.own.push_back(
        {"A-2", "ＡＰＩ接続先は、利用者の認証において二要素認証を導入していること", {}});
    const Filled f = fill_of(source, copy);
    const fill::TargetRow* own1 = nullptr;
    const fill::TargetRow* own2 = nullptr;
    for (const fill::TargetRow& row : f.plan.rows) {
        if (row.number_text == "A-1") own1 = &row;
        if (row.number_text == "A-2") own2 = &row;
    }
    ASSERT_TRUE(own1 && own2);
    EXPECT_EQ(own1->kind, fill::MatchKind::OwnItem);
    EXPECT_GE(own1->score, fill::kOwnItemThreshold);
    EXPECT_EQ(f.result.sheets[0].text(own1->row, layout_of(f.target).column("current_status")),
              "独自の検知ルールを運用");
    EXPECT_EQ(own2->kind, fill::MatchKind::NotFound);
    EXPECT_EQ(own2->written, 0);
    ASSERT_EQ(f.plan.leftovers.size(), 1u);
    EXPECT_EQ(f.plan.leftovers[0].answer.text, "別の回答");
    EXPECT_TRUE(lost(f).empty());
}

TEST(FillPlan, ATrialMasterFillsAVer1CopyThroughTheMapping) {
    FormatSheet source;
    source.checklist = "bank-api-trial-2017";
    const catalog::Mapping& mapping =
        *shipped_catalog().mapping("bank-api-trial-2017", "card-api-1.0");
    for (const auto& item : shipped_catalog().checklist("bank-api-trial-2017")->items)
        source.answers[item.number] = {{"current_status", "試行版" + std::to_string(item.number)},
                                       {"future_plan", "予定" + std::to_string(item.number)}};
    const Filled f = fill_of(source, FormatSheet{});
    EXPECT_EQ(f.plan.mapping_ids.size(), 1u);
    // Every non-removed trial item's answer is in each Ver1.0 item it maps to.
    for (const catalog::MappingRow& row : mapping.rows) {
        if (!row.from_number || row.relation == catalog::Relation::Removed) continue;
        for (const int n : row.to_numbers)
            EXPECT_NE(text_at(f.result, n, "current_status")
                          .find("試行版" + std::to_string(*row.from_number)),
                      std::string::npos)
                << *row.from_number << " → " << n;
    }
    // A split item's answer goes to every part, marked for review as migrate marks it.
    for (const catalog::MappingRow& row : mapping.rows)
        if (row.relation == catalog::Relation::SplitInto) {
            for (const int n : row.to_numbers) {
                EXPECT_NE(text_at(f.result, n, "current_status").find("分割先の各項目に複写"),
                          std::string::npos)
                    << n;
            }
        }
    EXPECT_NE(text_at(f.result, 1, "plan").find("予定"), std::string::npos)
        << "今後の対応予定 goes to 課題への対応計画";
    EXPECT_TRUE(lost(f).empty());
}

TEST(FillPlan, AVer1MasterFillsATrialCopyBackwards) {
    FormatSheet source;
    for (const auto& item : shipped_catalog().checklist("card-api-1.0")->items)
        source.answers[item.number] = {{"current_status", "Ver1.0-" + std::to_string(item.number)}};
    FormatSheet copy;
    copy.checklist = "bank-api-trial-2017";
    const Filled f = fill_of(source, copy);
    int written = 0;
    for (const fill::TargetRow& row : f.plan.rows) {
        if (row.written) {
            EXPECT_EQ(row.kind, fill::MatchKind::Mapped);
        }
        written += row.written;
    }
    EXPECT_GT(written, 30);
    EXPECT_TRUE(lost(f).empty());
}

TEST(FillPlan, TheCheckFindsAnAnswerThePlanDropped) {
    FormatSheet copy;
    for (int n = 1; n <= 43; ++n)
        if (n != 5) copy.numbers.push_back(n);
    Filled f = fill_of(master(), copy);
    f.plan.leftovers.clear();
    const auto missing = lost(f);
    ASSERT_EQ(missing.size(), 2u);
    EXPECT_EQ(missing[0].text, "通番5の対応状況");
}

TEST(FillPlan, TheCheckFindsATargetTextChanged) {
    FormatSheet copy;
    copy.answers[12] = {{"current_status", "元の回答"}};
    Filled f = fill_of(master(), copy);
    f.result.sheets[0].set_text(cell_of(f.target, 12, "current_status").row,
                                cell_of(f.target, 12, "current_status").column, "書き換え");
    EXPECT_FALSE(lost(f).empty());
}

TEST(FillPlan, EveryChecklistSheetOfTheCopyIsFilled) {
    sheet::Workbook source = master().workbook("master.xlsx");
    sheet::Workbook target;
    target.source = "copy.xlsx";
    target.sheets.push_back(FormatSheet{}.sheet("サービスA"));
    target.sheets.push_back(FormatSheet{}.sheet("サービスB"));
    const fill::FillPlan plan =
        fill::plan_fill(source, layout_of(source), target, layout_of(target), shipped_catalog());
    EXPECT_EQ(plan.target_sheets, (std::vector<std::string>{"サービスA", "サービスB"}));
    std::set<std::string> sheets;
    for (const fill::CellWrite& write : plan.writes) sheets.insert(write.sheet);
    EXPECT_EQ(sheets.size(), 2u);
    EXPECT_EQ(plan.writes.size(), 20u);
    EXPECT_TRUE(plan.leftovers.empty());
}

TEST(FillPlan, ARowUnderAWrongNumberIsFilledAsTheItemItsGoalIs) {
    FormatSheet copy;
    copy.numbers = {1, 2, 3, 4, 6, 7};  // 5 is missing: the row of 6 carries the number 5 below
    sheet::Workbook target = copy.workbook("copy.xlsx");
    const sheet::CellAddress six = cell_of(target, 6, "number");
    target.sheets[0].set_text(six.row, six.column, "5");
    const sheet::Workbook source = master().workbook("master.xlsx");
    const fill::FillPlan plan =
        fill::plan_fill(source, layout_of(source), target, layout_of(target), shipped_catalog());
    for (const fill::CellWrite& write : plan.writes)
        EXPECT_NE(write.cell.row, six.row) << "item 5's answer must not go into item 6's row";
    for (const fill::TargetRow& row : plan.rows)
        if (row.row == six.row) {
            EXPECT_EQ(row.number, 6);
        }
    ASSERT_FALSE(plan.leftovers.empty());
    EXPECT_EQ(plan.leftovers[0].answer.number_text, "5");
}

TEST(FillPlan, AnItemOverTwoRowsThatAlreadyHoldsTheAnswerIsLeftAsItIs) {
    FormatSheet source;
    source.answers[43] = {{"current_status", "第一段落の回答。\n第二段落の回答。"}};
    sheet::Workbook target = FormatSheet{}.workbook("copy.xlsx");
    const sheet::CellAddress status = cell_of(target, 43, "current_status");
    target.sheets[0].set_text(status.row, status.column, "第一段落の回答。");
    target.sheets[0].set_text(status.row + 1, status.column, "第二段落の回答。");  // the row below
    const sheet::Workbook master = source.workbook("master.xlsx");
    const fill::FillPlan plan =
        fill::plan_fill(master, layout_of(master), target, layout_of(target), shipped_catalog());
    EXPECT_TRUE(plan.writes.empty());
    EXPECT_TRUE(plan.conflicts.empty());
    ASSERT_EQ(plan.unchanged.size(), 1u);
    EXPECT_TRUE(fill::find_lost_texts(plan, fill::memo_of(plan), target,
                                      fill::filled_workbook(plan, target))
                    .empty());
}

TEST(FillPlan, TheCheckMatchesSheetsByNameAndLetsAnEarlierMemoGo) {
    sheet::Workbook target = FormatSheet{}.workbook("copy.xlsx");
    sheet::Sheet old_memo(fill::kMemoSheet);
    old_memo.set_text(0, 0, "前回の転記メモ");
    target.sheets.push_back(std::move(old_memo));
    sheet::Sheet settings(sheet::kSettingsSheet);
    settings.set_text(0, 0, R"({"schema": 1, "role": "api"})");
    target.sheets.push_back(settings);
    const sheet::Workbook source = master().workbook("master.xlsx");
    const fill::FillPlan plan =
        fill::plan_fill(source, layout_of(source), target, layout_of(target), shipped_catalog());
    // As stored: the old memo replaced (read back without it), the settings sheet after it.
    sheet::Workbook stored = fill::filled_workbook(plan, target);
    stored.sheets.erase(stored.sheets.begin() + 1);
    EXPECT_TRUE(fill::find_lost_texts(plan, fill::memo_of(plan), target, stored).empty());
    // A sheet gone is found.
    stored.sheets.pop_back();
    const auto lost = fill::find_lost_texts(plan, fill::memo_of(plan), target, stored);
    ASSERT_EQ(lost.size(), 1u);
    EXPECT_EQ(lost[0].where, sheet::kSettingsSheet);
}

TEST(GoalSimilarity, RewordingScoresHighAndAnotherGoalLow) {
    EXPECT_DOUBLE_EQ(fill::goal_similarity("ＴＬＳを使う", "TLSを使う"), 1.0);
    EXPECT_GT(fill::goal_similarity("加盟店の不正利用を検知すること",
                                    "加盟店における不正利用を検知すること"),
              0.7);
    EXPECT_LT(
        fill::goal_similarity("加盟店の不正利用を検知すること", "パスワードを定期的に変更する"),
        0.2);
    EXPECT_EQ(fill::goal_similarity("", "何か"), 0.0);
}

}  // namespace
}  // namespace apichecklist::test
