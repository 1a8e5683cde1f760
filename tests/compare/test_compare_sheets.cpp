// The comparison on real LibreOffice-written pairs: matching, answer changes, 課題,
// items added and removed, formats and checklist versions.

#include <gtest/gtest.h>

#include <algorithm>

#include "compare_fixtures.hpp"

using namespace apichecklist;
using compare::AnswerChangeKind;
using compare::IssueEvent;
using compare::ItemStatus;

namespace {

const compare::ItemComparison* find_item(const compare::Comparison& c, const std::string& key) {
    const auto it = std::find_if(c.items.begin(), c.items.end(),
                                 [&](const compare::ItemComparison& i) { return i.key == key; });
    return it == c.items.end() ? nullptr : &*it;
}

const compare::AnswerChange* find_change(const compare::ItemComparison& item,
                                         const std::string& key) {
    for (const compare::AnswerChange& change : item.changes)
        if (change.key == key) return &change;
    return nullptr;
}

}  // namespace

TEST(CompareSheets, SameAnswersInAnotherFormatAreNoChange) {
    const auto c = test::compare_fixtures("base.ods", "base.xlsx");
    EXPECT_FALSE(c.has_changes());
    EXPECT_EQ(c.summary.items_compared, 45);
    EXPECT_EQ(c.summary.items_unchanged, 45);
    EXPECT_TRUE(c.uncompared_columns.empty());
}

TEST(CompareSheets, ReorderedRowsAreMatchedByNumber) {
    const auto c = test::compare_fixtures("base.ods", "reordered.ods");
    EXPECT_FALSE(c.has_changes());
    EXPECT_EQ(c.summary.items_compared, 45);
}

TEST(CompareSheets, OverduePlanWithoutChangesIsNewsButNoChange) {
    // Item 7's plan (令和6年3月末) had passed by 2025-04-01 and its 課題 is still there;
    // item 8's (2030年度中) has not.
    const auto c = test::compare_fixtures("base.ods", "base.xlsx");
    ASSERT_EQ(c.items.size(), 2u);
    EXPECT_EQ(c.items[0].key, "5");
    EXPECT_EQ(c.items[1].key, "7");
    EXPECT_EQ(compare::to_iso(c.items[1].overdue->deadline), "2024-03-31");
    EXPECT_EQ(c.items[1].overdue->issue, "ログの保管期間が短い。");
    EXPECT_EQ(c.summary.plans_overdue, 2);
}

TEST(CompareSheets, AnswerChangesCarryACharacterDiffAndTheNewCell) {
    const auto c = test::compare_fixtures("base.ods", "changed.xlsx");
    const auto* item = find_item(c, "1");
    ASSERT_TRUE(item);
    const auto* change = find_change(*item, "current_status");
    ASSERT_TRUE(change);
    EXPECT_EQ(change->kind, AnswerChangeKind::Changed);
    EXPECT_EQ(change->label, "現在の対応状況");
    EXPECT_EQ(sheet::to_a1(*change->cell), "E6");
    EXPECT_EQ(text::render_inline(change->pieces).substr(change->before.find("年1回")),
              "{+半+}年{+に+}1回、内部監査で運用状況を確認している（ISMS認証取得済み）。");
}

TEST(CompareSheets, AnswersAddedAndRemoved) {
    const auto c = test::compare_fixtures("base.ods", "changed.xlsx");
    const auto* added = find_change(*find_item(c, "2"), "remarks");
    ASSERT_TRUE(added);
    EXPECT_EQ(added->kind, AnswerChangeKind::Added);
    EXPECT_EQ(added->after, "SOC2 Type2 報告書を提出済み。");
    EXPECT_EQ(sheet::to_a1(*added->cell), "J7");
    const auto* removed = find_change(*find_item(c, "3"), "remarks");
    ASSERT_TRUE(removed);
    EXPECT_EQ(removed->kind, AnswerChangeKind::Removed);
    EXPECT_EQ(removed->before, "外部監査報告書を別添する。");
    // Besides 3 added and 3 removed answers of items in both: the answers of 独自3 (added
    // item) and of 20 and 独自2 (removed items).
    EXPECT_EQ(c.summary.answers_added, 4);
    EXPECT_EQ(c.summary.answers_removed, 5);
    EXPECT_EQ(c.summary.answers_changed, 2);
}

TEST(CompareSheets, IssuesClosedAndOpened) {
    const auto c = test::compare_fixtures("base.ods", "changed.xlsx");
    EXPECT_EQ(find_item(c, "5")->issue, IssueEvent::Closed);
    EXPECT_FALSE(find_item(c, "5")->overdue) << "a closed 課題 is not overdue";
    EXPECT_EQ(find_item(c, "6")->issue, IssueEvent::Opened);
    ASSERT_TRUE(find_item(c, "7"));
    EXPECT_TRUE(find_item(c, "7")->overdue);
    EXPECT_FALSE(find_item(c, "8")) << "a plan due in 2030年度 is neither changed nor overdue";
    EXPECT_EQ(c.summary.issues_closed, 1);
    EXPECT_EQ(c.summary.issues_opened, 1);
}

TEST(CompareSheets, ItemsAndOwnItemsAddedAndRemoved) {
    const auto c = test::compare_fixtures("base.ods", "changed.xlsx");
    EXPECT_EQ(find_item(c, "20")->status, ItemStatus::Removed);
    EXPECT_EQ(*find_item(c, "20")->old_row + 1, 25);
    const auto* own_added = find_item(c, "独自3");
    ASSERT_TRUE(own_added);
    EXPECT_TRUE(own_added->own_item);
    EXPECT_EQ(own_added->status, ItemStatus::Added);
    ASSERT_EQ(own_added->changes.size(), 1u);  // the answers of an added item are reported
    EXPECT_EQ(own_added->changes[0].kind, AnswerChangeKind::Added);
    EXPECT_EQ(own_added->changes[0].after, "連絡網を四半期ごとに更新している。");
    EXPECT_EQ(own_added->changes[0].cell->row, *own_added->new_row);
    const auto* removed_status = find_change(*find_item(c, "20"), "current_status");
    ASSERT_TRUE(removed_status);  // and those of a removed item, at its OLD cell
    EXPECT_EQ(removed_status->kind, AnswerChangeKind::Removed);
    EXPECT_EQ(sheet::to_a1(*removed_status->cell), "E25");
    EXPECT_NE(removed_status->before.find("通番20について"), std::string::npos);
    EXPECT_EQ(find_item(c, "独自2")->status, ItemStatus::Removed);
    const auto* own_changed = find_item(c, "独自1");
    ASSERT_TRUE(own_changed);
    EXPECT_EQ(own_changed->status, ItemStatus::Matched);
    EXPECT_EQ(find_change(*own_changed, "current_status")->after,
              "加盟店審査の手順を定め、年1回見直している。");
    EXPECT_EQ(c.summary.items_added, 1);
    EXPECT_EQ(c.summary.items_removed, 2);
    EXPECT_TRUE(c.has_changes());
}

TEST(CompareSheets, ReversedDirectionReportsTheOppositeChanges) {
    const auto c = test::compare_fixtures("changed.ods", "base.ods");
    EXPECT_EQ(find_item(c, "20")->status, ItemStatus::Added);
    EXPECT_EQ(find_item(c, "5")->issue, IssueEvent::Opened);
    EXPECT_EQ(find_item(c, "6")->issue, IssueEvent::Closed);
    EXPECT_EQ(find_item(c, "独自3")->status, ItemStatus::Removed);
}

TEST(CompareSheets, TrialAnswersReachVer10ThroughTheMapping) {
    const auto c = test::compare_fixtures("trial-2017.xlsx", "trial-successor.ods");
    EXPECT_EQ(c.old_checklist, "bank-api-trial-2017");
    EXPECT_EQ(c.new_checklist, "card-api-1.0");
    ASSERT_EQ(c.mapping_ids.size(), 1u);
    // 試行版 has no 課題認識 and its 関連規定 are official text: nothing to compare with.
    EXPECT_NE(std::find(c.uncompared_columns.begin(), c.uncompared_columns.end(), "issue"),
              c.uncompared_columns.end());
    // Item 1 answers the same text; its plan came from 今後の対応予定 and is unchanged, but due.
    const auto* first = find_item(c, "1");
    ASSERT_TRUE(first);
    EXPECT_TRUE(first->changes.empty());
    ASSERT_TRUE(first->overdue);
    EXPECT_EQ(compare::to_iso(first->overdue->deadline), "2024-03-31");
    // Ver1.0 item 3 merges 試行版 3, 4 and 9: all their answers are the old answer.
    const auto* merged = find_item(c, "3");
    ASSERT_TRUE(merged);
    EXPECT_EQ(merged->old_numbers, (std::vector<int>{3, 4, 9}));
    const auto* status = find_change(*merged, "current_status");
    ASSERT_TRUE(status);
    EXPECT_NE(status->before.find("通番9について"), std::string::npos);
    EXPECT_EQ(status->after.find("通番9について"), std::string::npos);
}

TEST(CompareSheets, NewerVersionFirstIsRefused) {
    EXPECT_THROW(test::compare_fixtures("base.ods", "trial-2017.xlsx"),
                 compare::IncomparableVersions);
}
