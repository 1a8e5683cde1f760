// The comparison on sheet models built in memory: versions joined by a chain of mappings
// (the test-only card-api-1.1-test package renumbers, splits, drops and adds items), and
// what is no change (line endings, spacing, width of own-item digits).

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "apichecklist/compare/comparison.hpp"
#include "apichecklist/io/catalog_files.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "test_paths.hpp"

using namespace apichecklist;
using compare::ItemStatus;

namespace {

const catalog::Catalog& with_test_package() {
    static const catalog::Catalog instance = io::load_catalogs_with(
        test::catalog_dir(), "/nonexistent",
        {test::catalog_dir().parent_path() / "tests/data/catalogs/card-api-1.1-test"}, {});
    return instance;
}

// Header on row 1, then one row per item of the checklist with 現在の対応状況 and 備考
// from the maps, then the extra rows as given (通番 text, 現在の対応状況).
struct SheetSpec {
    std::string checklist;
    std::map<int, std::string> current;
    std::map<int, std::string> remarks;
    std::vector<std::pair<std::string, std::string>> extra;
};

struct Built {
    sheet::Workbook workbook;
    sheet::ChecklistLayout layout;
};

Built build(const SheetSpec& spec) {
    const catalog::Checklist& list = *with_test_package().checklist(spec.checklist);
    Built built;
    sheet::Sheet sheet("チェックリスト");
    for (const catalog::Column& column : list.columns)
        sheet.set_text(0, column.position - 1, column.label);
    const int current = list.column_by_key("current_status")->position - 1;
    const int remarks = list.column_by_key("remarks")->position - 1;
    const int goal = list.column_by_key("goal")->position - 1;
    int row = 1;
    for (const catalog::Item& item : list.items) {
        sheet.set_text(row, 0, std::to_string(item.number));
        sheet.set_text(row, goal, item.goal);
        const auto answer = spec.current.find(item.number);
        sheet.set_text(row, current,
                       answer != spec.current.end()
                           ? answer->second
                           : "通番" + std::to_string(item.number) + "の回答");
        if (auto remark = spec.remarks.find(item.number); remark != spec.remarks.end())
            sheet.set_text(row, remarks, remark->second);
        ++row;
    }
    for (const auto& [number, answer] : spec.extra) {
        sheet.set_text(row, 0, number);
        sheet.set_text(row, goal, "独自の目標");
        sheet.set_text(row, current, answer);
        ++row;
    }
    built.workbook.sheets.push_back(std::move(sheet));
    built.layout =
        sheet::detect_layout(built.workbook, with_test_package(), {spec.checklist}).value();
    return built;
}

compare::Comparison run(const SheetSpec& old_spec, const SheetSpec& new_spec) {
    const Built old_sheet = build(old_spec);
    const Built new_sheet = build(new_spec);
    return compare::compare_sheets({old_sheet.workbook, old_sheet.layout},
                                   {new_sheet.workbook, new_sheet.layout}, with_test_package(),
                                   {2025, 4, 1});
}

const compare::ItemComparison* find_item(const compare::Comparison& c, const std::string& key) {
    const auto it = std::find_if(c.items.begin(), c.items.end(),
                                 [&](const compare::ItemComparison& i) { return i.key == key; });
    return it == c.items.end() ? nullptr : &*it;
}

}  // namespace

TEST(CompareVersions, RenumberedSplitDroppedAndNewItems) {
    // 1.0 → 1.1-test: 42 becomes 43, 20 splits into 20 and 44, 43 is dropped, 42 is new.
    SheetSpec old_spec{"card-api-1.0", {}, {}, {}};
    for (int n = 1; n <= 43; ++n) old_spec.current[n] = "通番" + std::to_string(n) + "の回答";
    SheetSpec new_spec{"card-api-1.1-test", {}, {}, {}};
    for (int n = 1; n <= 44; ++n) new_spec.current[n] = "通番" + std::to_string(n) + "の回答";
    new_spec.current[43] = "通番42の回答";  // the renumbered item kept its answer
    new_spec.current[44] = "通番20の回答";  // the split-off part starts from 20's answer
    const auto c = run(old_spec, new_spec);
    EXPECT_EQ(std::count_if(c.items.begin(), c.items.end(),
                            [](const auto& i) { return i.status == ItemStatus::Matched; }),
              0)
        << "42 → 43 and 20 → 20, 44 with the same answers are no change";
    EXPECT_EQ(find_item(c, "44"), nullptr) << "20 → 44 with 20's answer is no change";
    const auto* added = find_item(c, "42");
    ASSERT_TRUE(added);
    EXPECT_EQ(added->status, ItemStatus::NewInVersion);
    // Its answer is reported as added, at its cell in the NEW sheet (row 43: item 42).
    ASSERT_EQ(added->changes.size(), 1u);
    EXPECT_EQ(added->changes[0].kind, compare::AnswerChangeKind::Added);
    EXPECT_EQ(added->changes[0].after, "通番42の回答");
    EXPECT_EQ(sheet::to_a1(*added->changes[0].cell), "E43");
    const auto dropped = std::find_if(c.items.begin(), c.items.end(), [](const auto& i) {
        return i.status == ItemStatus::DroppedInVersion;
    });
    ASSERT_NE(dropped, c.items.end());
    EXPECT_EQ(dropped->old_numbers, (std::vector<int>{43}));
    ASSERT_EQ(dropped->changes.size(), 1u);  // its answer, removed, at its OLD cell
    EXPECT_EQ(dropped->changes[0].kind, compare::AnswerChangeKind::Removed);
    EXPECT_EQ(dropped->changes[0].before, "通番43の回答");
    EXPECT_EQ(sheet::to_a1(*dropped->changes[0].cell), "E44");
    EXPECT_EQ(c.summary.items_added, 1);
    EXPECT_EQ(c.summary.items_removed, 1);
    EXPECT_EQ(c.summary.items_changed, 0);
}

TEST(CompareVersions, ChainedMappingsCarryTrialAnswersTwoVersionsOn) {
    SheetSpec old_spec{"bank-api-trial-2017", {}, {}, {}};
    SheetSpec new_spec{"card-api-1.1-test", {}, {}, {}};
    new_spec.current[1] = "通番1の回答";
    old_spec.remarks[1] = "試行版の備考";
    new_spec.remarks[1] = "試行版の備考";
    const auto c = run(old_spec, new_spec);
    ASSERT_EQ(c.mapping_ids.size(), 2u);
    const auto* first = find_item(c, "1");
    EXPECT_EQ(first, nullptr) << "item 1 kept its answers through 1.0";
    new_spec.remarks[1] = "Ver1.1の備考";
    const auto changed = run(old_spec, new_spec);
    ASSERT_TRUE(find_item(changed, "1"));
    ASSERT_EQ(find_item(changed, "1")->changes.size(), 1u);
    EXPECT_EQ(find_item(changed, "1")->changes[0].before, "試行版の備考");
    EXPECT_EQ(find_item(changed, "1")->old_numbers, (std::vector<int>{1}));
}

TEST(CompareVersions, LineEndingsAndSpacingAreNoChange) {
    SheetSpec old_spec{"card-api-1.0",
                       {{1, "規程を整備している。\n年1回監査する。"}, {2, "対応済み"}},
                       {{3, "  "}},
                       {}};
    SheetSpec new_spec{"card-api-1.0",
                       {{1, "規程を整備している。  \r\n年1回監査する。\n\n"}, {2, "対応済み"}},
                       {},
                       {}};
    const auto c = run(old_spec, new_spec);
    EXPECT_FALSE(c.has_changes());
    new_spec.current[2] = "対応済み（2025年度監査で確認）";
    EXPECT_TRUE(run(old_spec, new_spec).has_changes()) << "the same setup does see a real change";
}

TEST(CompareVersions, OwnItemsMatchWhateverTheWidthOfTheirDigits) {
    SheetSpec old_spec{"card-api-1.0", {}, {}, {{"独自１", "加盟店審査をしている。"}}};
    SheetSpec new_spec{"card-api-1.0", {}, {}, {{" 独自1", "加盟店審査をしている。"}}};
    EXPECT_FALSE(run(old_spec, new_spec).has_changes());
    new_spec.extra[0].first = "独自2";
    const auto c = run(old_spec, new_spec);
    EXPECT_EQ(find_item(c, "独自2")->status, ItemStatus::Added);
    EXPECT_EQ(find_item(c, "独自1")->status, ItemStatus::Removed);
}
