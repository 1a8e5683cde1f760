// The 検証 panel's list: findings grouped by item, worst first, cut after a limit.

#include <gtest/gtest.h>

#include "apichecklist/validate/finding_groups.hpp"

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
