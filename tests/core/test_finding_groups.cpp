// The 検証 panel's list: findings grouped by item, worst first, cut after a limit; the
// severity and 区分 filter and the counts per 区分 that choose it.

#include <gtest/gtest.h>

#include <tuple>

#include "apichecklist/validate/finding_filter.hpp"
#include "apichecklist/validate/finding_groups.hpp"
#include "apichecklist/validate/validate.hpp"

using namespace apichecklist;
using validate::Finding;
using validate::Severity;

namespace {

Finding finding(std::optional<int> number, std::string item, Severity severity, int row) {
    Finding f;
    f.rule = "answer.required";
    f.severity = severity;
    f.number = number;
    f.item = std::move(item);
    f.sheet = "チェックリスト";
    f.cell = sheet::CellAddress{row, 4};
    return f;
}

validate::Report report_of(std::vector<Finding> findings) {
    validate::Report report;
    report.findings = std::move(findings);
    return report;
}

// Two 区分: A holds items 1 and 2, B item 3.
catalog::Checklist two_categories() {
    catalog::Checklist checklist;
    checklist.categories = {{"cat-a", "区分A", {1, 2}}, {"cat-b", "区分B", {3}}};
    for (int number : {1, 2, 3}) {
        catalog::Item item;
        item.id = "item-" + std::to_string(number);
        item.number = number;
        item.category = number == 3 ? "cat-b" : "cat-a";
        checklist.items.push_back(item);
    }
    return checklist;
}

}  // namespace

TEST(FindingGroups, ItemsInSheetOrderWholeSheetFirstWorstFirstWithinAnItem) {
    const auto report = report_of({
        finding(5, "5", Severity::Info, 7),
        finding(5, "5", Severity::Error, 7),
        finding(std::nullopt, "独自1", Severity::Warning, 50),
        finding(3, "3", Severity::Warning, 9),
        finding(std::nullopt, "", Severity::Warning, 2),
    });
    const auto grouped = validate::group_findings(report, 100);
    ASSERT_EQ(grouped.groups.size(), 4u);
    EXPECT_FALSE(grouped.groups[0].number);
    EXPECT_EQ(grouped.groups[0].item, "");
    EXPECT_EQ(grouped.groups[1].number, 5);
    EXPECT_EQ(grouped.groups[1].item, "") << "a numbered item is named by its 通番";
    EXPECT_EQ(grouped.groups[1].findings, (std::vector<std::size_t>{1, 0}));
    EXPECT_EQ(grouped.groups[2].item, "独自1");
    EXPECT_EQ(grouped.groups[3].number, 3);
    EXPECT_EQ(grouped.hidden, 0u);
}

TEST(FindingGroups, ALimitKeepsTheListShortAndCountsTheRest) {
    std::vector<Finding> many;
    for (int i = 0; i < 3000; ++i)
        many.push_back(
            finding(std::nullopt, "独自" + std::to_string(i + 1), Severity::Error, 50 + i));
    const auto report = report_of(std::move(many));
    const auto grouped = validate::group_findings(report, 200);
    std::size_t shown = 0;
    for (const auto& group : grouped.groups) shown += group.findings.size();
    EXPECT_EQ(shown, 200u);
    EXPECT_EQ(grouped.hidden, 2800u);
    EXPECT_EQ(grouped.groups.back().item, "独自200");
}

TEST(FindingGroups, ALimitCutsInsideAGroup) {
    const auto report =
        report_of({finding(7, "7", Severity::Error, 10), finding(7, "7", Severity::Warning, 10),
                   finding(8, "8", Severity::Error, 11)});
    const auto grouped = validate::group_findings(report, 1);
    ASSERT_EQ(grouped.groups.size(), 1u);
    EXPECT_EQ(grouped.groups[0].findings, (std::vector<std::size_t>{0}));
    EXPECT_EQ(grouped.hidden, 2u);
}

TEST(FindingFilter, CountsPerCategoryInTheChecklistsOrderThoseOfNoCategoryLast) {
    const auto checklist = two_categories();
    const auto report = report_of({
        finding(std::nullopt, "", Severity::Warning, 2), finding(3, "3", Severity::Error, 9),
        finding(1, "1", Severity::Error, 7), finding(2, "2", Severity::Warning, 8),
        finding(std::nullopt, "独自1", Severity::Error, 50),
        finding(40, "40", Severity::Error, 60),  // no such item: no 区分
    });
    const auto all = validate::count_by_category(report, checklist, std::nullopt);
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ((std::tuple(all[0].id, all[0].name, all[0].count)),
              (std::tuple(std::string("cat-a"), std::string("区分A"), std::size_t{2})));
    EXPECT_EQ((std::tuple(all[1].id, all[1].count)), (std::tuple(std::string("cat-b"), 1u)));
    EXPECT_EQ((std::tuple(all[2].id, all[2].count)), (std::tuple(std::string(), 3u)));
    const auto warnings = validate::count_by_category(report, checklist, Severity::Warning);
    ASSERT_EQ(warnings.size(), 2u) << "a 区分 without warnings is not listed";
    EXPECT_EQ((std::tuple(warnings[0].id, warnings[0].count)),
              (std::tuple(std::string("cat-a"), 1u)));
    EXPECT_EQ((std::tuple(warnings[1].id, warnings[1].count)), (std::tuple(std::string(), 1u)));
}

TEST(FindingFilter, TheListShowsOnlyTheChosenSeverityAndCategory) {
    const auto checklist = two_categories();
    const auto report = report_of({
        finding(1, "1", Severity::Error, 7),
        finding(1, "1", Severity::Info, 7),
        finding(3, "3", Severity::Error, 9),
        finding(std::nullopt, "", Severity::Error, 2),
    });
    const validate::FindingFilter filter{Severity::Error, std::string("cat-a")};
    const auto grouped = validate::group_findings(
        report, 1, [&](const Finding& f) { return filter.keeps(f, checklist); });
    ASSERT_EQ(grouped.groups.size(), 1u);
    EXPECT_EQ(grouped.groups[0].findings, (std::vector<std::size_t>{0}));
    EXPECT_EQ(grouped.hidden, 0u) << "a finding the filter leaves out is not hidden by the limit";
    const validate::FindingFilter none_of_them{std::nullopt, std::string()};
    const auto sheet = validate::group_findings(
        report, 100, [&](const Finding& f) { return none_of_them.keeps(f, checklist); });
    ASSERT_EQ(sheet.groups.size(), 1u);
    EXPECT_EQ(sheet.groups[0].findings, (std::vector<std::size_t>{3}));
}

TEST(RuleInfo, EveryRuleExplainsWhyAndHowInBothLanguages) {
    for (const auto& rule : validate::rules()) {
        EXPECT_GT(std::string(rule.explanation_ja).size(), 20u) << rule.id;
        EXPECT_GT(std::string(rule.explanation_en).size(), 20u) << rule.id;
        EXPECT_EQ(validate::rule_info(rule.id), &rule);
    }
    EXPECT_EQ(validate::rule_info("no.such_rule"), nullptr);
}
