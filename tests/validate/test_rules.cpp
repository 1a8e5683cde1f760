// Every rule on real sheets: clean sheets have no findings, the broken sheet exactly
// the ones its script lines promise (tests/fixtures/make_fixtures.py, broken_book).

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "apichecklist/validate/validate.hpp"
#include "fixtures.hpp"

using namespace apichecklist;
using settings::Role;

namespace {

validate::Report check(const sheet::Workbook& wb, Role role, bool use_ignores = true) {
    settings::SettingsReadResult stored = settings::read_settings(wb);
    const auto layout =
        sheet::detect_layout(wb, test::shipped_catalog(), settings::checklist_hint(stored));
    if (!layout) throw std::runtime_error("no layout");
    if (stored.settings && !use_ignores) stored.settings->ignores.clear();
    return validate::validate(wb, *layout, test::shipped_catalog(), role, stored);
}

validate::Report check(const std::string& name, Role role, bool use_ignores = true) {
    return check(test::read_fixture(name), role, use_ignores);
}

std::set<std::string> rule_cells(const validate::Report& report) {
    std::set<std::string> out;
    for (const auto& f : report.findings)
        out.insert(f.rule + "@" +
                   (f.cell     ? f.cell_a1()
                    : f.number ? std::to_string(*f.number)
                               : "-"));
    return out;
}

}  // namespace

TEST(Rules, CleanSheetsHaveNoFindings) {
    for (const auto& [name, role] :
         std::vector<std::pair<std::string, Role>>{{"clean-api.ods", Role::Api},
                                                   {"clean-api.xlsx", Role::Api},
                                                   {"clean-card.ods", Role::Card},
                                                   {"clean-card.xlsx", Role::Card},
                                                   {"clean-both.ods", Role::Both},
                                                   {"clean-both.xlsx", Role::Both},
                                                   {"layout-variants.ods", Role::Api},
                                                   {"layout-variants.xlsx", Role::Api},
                                                   {"inline-strings.xlsx", Role::Api},
                                                   {"clean-api.csv", Role::Api},
                                                   {"trial-2017.ods", Role::Api},
                                                   {"many-rows.ods", Role::Api},
                                                   {"big-cell.ods", Role::Api}}) {
        const auto report = check(name, role);
        EXPECT_TRUE(report.findings.empty())
            << name << ": " << report.findings.size() << " findings, first "
            << (report.findings.empty()
                    ? ""
                    : report.findings[0].rule + " " + report.findings[0].cell_a1());
    }
}

TEST(Rules, RoleDecidesWhichAnswersAreRequired) {
    // clean-api answers api and 共通 items only: the card company's items 37–41, 43 are open.
    const auto report = check("clean-api.ods", Role::Card);
    std::set<int> numbers;
    for (const auto& f : report.findings) {
        EXPECT_EQ(f.rule, "answer.required");
        numbers.insert(*f.number);
    }
    EXPECT_EQ(numbers, (std::set<int>{37, 38, 39, 40, 41, 43}));
    EXPECT_EQ(check("clean-api.ods", Role::Both).findings.size(), 6u);
    // And the other way round: a card company's sheet read as the connector's.
    EXPECT_EQ(check("clean-card.xlsx", Role::Api).count(validate::Severity::Error),
              30);  // 43 − 6 card − 7 共通
}

class BrokenSheet : public ::testing::TestWithParam<const char*> {};

TEST_P(BrokenSheet, EachRuleFiresWhereTheScriptBrokeTheSheet) {
    const auto report = check(GetParam(), Role::Api);
    const std::set<std::string> expected = {
        "leftover.future_plan_column@K5",
        "official.changed@D7",  // item 2: 対象者 changed to カード会社
        "answer.required@E8",   // item 3: empty
        "answer.required@E9",   // item 4: whitespace only
        "issue.plan_missing@G10",
        "plan.issue_missing@F11",
        "plan.no_date@G12",
        "official.changed@C14",  // item 9: goal rewritten
        "number.duplicate@A16",
        "cell.formula@E26",
        "cell.error@E27",
        "answer.terse@E28",
        "leftover.bank@D42",
        "number.unknown@A49",
        "own_item.goal_missing@C51",
        "answer.required@E51",  // own item 独自2 with target API 接続先 and no answer
    };
    EXPECT_EQ(rule_cells(report), expected);
    EXPECT_EQ(report.count(validate::Severity::Error), 9);
    EXPECT_EQ(report.count(validate::Severity::Warning), 6);
    EXPECT_EQ(report.count(validate::Severity::Info), 1);
}

TEST_P(BrokenSheet, IgnoresAreListedApartWithTheirReasons) {
    const auto report = check(GetParam(), Role::Api);
    ASSERT_EQ(report.ignored.size(), 2u);
    EXPECT_EQ(report.ignored[0].finding.rule, "item.missing");
    EXPECT_EQ(report.ignored[0].finding.number, 20);
    EXPECT_EQ(report.ignored[0].reason, "当社のサービスは該当しないため削除（審査部合意済み）");
    EXPECT_EQ(report.ignored[1].finding.cell_a1(), "E29");
    EXPECT_TRUE(report.unused_ignores.empty());
    const auto unignored = check(GetParam(), Role::Api, false);
    EXPECT_EQ(unignored.findings.size(), report.findings.size() + 2);
}

TEST_P(BrokenSheet, ErrataReadingIsAccepted) {
    // Item 12 carries the 確認項目一覧表 reading of its goal (erratum-15): no finding.
    for (const auto& f : check(GetParam(), Role::Api).findings) EXPECT_NE(f.number, 12) << f.rule;
}

TEST_P(BrokenSheet, OfficialChangeShowsBothTexts) {
    for (const auto& f : check(GetParam(), Role::Api).findings) {
        if (f.rule != "official.changed" || f.column != "goal") continue;
        EXPECT_EQ(f.expected, "委託業務が円滑かつ適正に遂行されるよう、必要な対策を実施する。");
        EXPECT_EQ(f.actual, "外部委託先を管理する。");
        EXPECT_NE(f.message_ja.find("原文"), std::string::npos);
    }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, BrokenSheet, ::testing::Values("broken.ods", "broken.xlsx"));

TEST(Rules, EveryFindingHasAKnownRuleAndBothMessages) {
    std::set<std::string> known;
    for (const auto& r : validate::rules()) known.insert(r.id);
    for (const auto& f : check("broken.ods", Role::Both, false).findings) {
        EXPECT_TRUE(known.count(f.rule)) << f.rule;
        EXPECT_FALSE(f.message_ja.empty());
        EXPECT_FALSE(f.message_en.empty());
    }
}

TEST(Rules, UnusedIgnoreIsReported) {
    auto wb = test::read_fixture("clean-api.ods");
    const auto layout = sheet::detect_layout(wb, test::shipped_catalog(), {"card-api-1.0"});
    settings::SettingsReadResult stored{settings::DocumentSettings{}, {}, {}};
    stored.settings->ignores.push_back({"answer.required", 3, "", "E8", "昨年の指摘"});
    const auto report = validate::validate(wb, *layout, test::shipped_catalog(), Role::Api, stored);
    ASSERT_EQ(report.unused_ignores.size(), 1u);
    EXPECT_EQ(report.unused_ignores[0].reason, "昨年の指摘");
}

TEST(Rules, DamagedSettingsAreAFindingNotACrash) {
    auto wb = test::read_fixture("clean-api.ods");
    wb.sheets[1].set_text(0, 0, "{ not json");
    const auto report = check(wb, Role::Api);
    ASSERT_EQ(report.findings.size(), 1u);
    EXPECT_EQ(report.findings[0].rule, "settings.invalid");
    EXPECT_EQ(report.findings[0].sheet, "_apichecklist");
}

TEST(Settings, RoundTrip) {
    settings::DocumentSettings settings;
    settings.checklist = "card-api-1.0";
    settings.role = Role::Card;
    settings.ignores.push_back({"item.missing", 20, "", "", "不要"});
    settings.ignores.push_back({"answer.terse", std::nullopt, "独自1", "E50", "合意済み"});
    const auto read = settings::parse_settings_json(settings::settings_to_json(settings));
    ASSERT_TRUE(read.settings);
    EXPECT_TRUE(read.problems.empty());
    EXPECT_EQ(read.settings->role, Role::Card);
    ASSERT_EQ(read.settings->ignores.size(), 2u);
    EXPECT_EQ(read.settings->ignores[0].number, 20);
    EXPECT_EQ(read.settings->ignores[1].item, "独自1");
    EXPECT_EQ(read.settings->ignores[1].cell, "E50");
}

TEST(Settings, ProblemsAreNamed) {
    const auto read = settings::parse_settings_json(
        R"({"role": "bank-ish", "ignores": [{"number": 3}, {"rule": "x"}]})");
    EXPECT_EQ(read.problems.size(), 3u);  // role, missing rule, missing reason
}

TEST(Rules, ANoteFarBelowTheTableIsAnEmptyNumberAndOneRightOfItIsNothing) {
    auto wb = test::read_fixture("clean-api.ods");
    const auto layout = sheet::detect_layout(wb, test::shipped_catalog(), {"card-api-1.0"});
    ASSERT_TRUE(layout);
    sheet::Sheet& sheet = wb.sheets[static_cast<std::size_t>(layout->sheet)];
    const int last_table_column =
        std::max_element(layout->columns.begin(), layout->columns.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; })
            ->second;
    sheet.set_text(4999, layout->column("remarks"), "メモ: 来年度に見直す");
    sheet.set_text(99999, last_table_column + 2, "メモ: 表の右");
    const auto report = check(wb, Role::Api);
    EXPECT_EQ(rule_cells(report), (std::set<std::string>{"number.invalid@A5000"}));
    ASSERT_EQ(report.findings.size(), 1u);
    // The message says where a note belongs instead: the place the second note shows is quiet.
    EXPECT_NE(report.findings[0].message_ja.find("別のシートか表より右の列"), std::string::npos);
    EXPECT_NE(report.findings[0].message_en.find("right of the table"), std::string::npos);
}
