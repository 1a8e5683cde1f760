// The shipped catalog loads and holds both official checklists with their counts.

#include <gtest/gtest.h>

#include <set>

#include "apichecklist/catalog/labels.hpp"
#include "catalog_fixture.hpp"

using namespace apichecklist;

namespace {

const catalog::Checklist& card() { return *test::shipped_catalog().checklist("card-api-1.0"); }
const catalog::Checklist& trial() {
    return *test::shipped_catalog().checklist("bank-api-trial-2017");
}

}  // namespace

TEST(CatalogContents, HasBothChecklistsAndTheMapping) {
    const auto& cat = test::shipped_catalog();
    ASSERT_NE(cat.checklist("card-api-1.0"), nullptr);
    ASSERT_NE(cat.checklist("bank-api-trial-2017"), nullptr);
    EXPECT_NE(cat.mapping("bank-api-trial-2017", "card-api-1.0"), nullptr);
    EXPECT_NE(cat.errata_of("card-api-1.0"), nullptr);
    EXPECT_NE(cat.errata_of("bank-api-trial-2017"), nullptr);
    EXPECT_NE(cat.reference("meti-api-guideline"), nullptr);
    EXPECT_NE(cat.reference("fisc-security-standards"), nullptr);
}

TEST(CatalogContents, CardChecklistHas43ItemsIn9Categories) {
    EXPECT_EQ(card().items.size(), 43u);
    EXPECT_EQ(card().categories.size(), 9u);
    EXPECT_EQ(card().declared_item_count, 44)
        << "the chapter table's printed count is kept as printed";
    for (int n = 1; n <= 43; ++n) EXPECT_NE(card().item_by_number(n), nullptr) << n;
}

TEST(CatalogContents, CardGlossaryHas65Terms) { EXPECT_EQ(card().glossary.size(), 65u); }

TEST(CatalogContents, TrialHas60Items) {
    EXPECT_EQ(trial().items.size(), 60u);
    for (int n = 1; n <= 60; ++n) EXPECT_NE(trial().item_by_number(n), nullptr) << n;
}

TEST(CatalogContents, TargetsAreTheOfficialParties) {
    std::set<std::string> card_targets, trial_targets;
    for (const auto& item : card().items) card_targets.insert(item.target);
    for (const auto& item : trial().items) trial_targets.insert(item.target);
    EXPECT_EQ(card_targets, (std::set<std::string>{"api", "card", "common"}));
    EXPECT_TRUE(trial_targets.count("bank"));
    EXPECT_FALSE(trial_targets.count("card"));
}

TEST(CatalogContents, EachTargetSaysWhichRoleAnswersIt) {
    EXPECT_EQ(card().role_of_target("api"), "api");
    EXPECT_EQ(card().role_of_target("card"), "card");
    EXPECT_EQ(card().role_of_target("common"), "both");
    EXPECT_EQ(trial().role_of_target("bank"), "card");  // the 試行版's 銀行 is the card side
    EXPECT_EQ(trial().role_of_target("common"), "both");
    EXPECT_EQ(card().role_of_target(""), "both");  // an unknown 対象者 excuses nobody
    EXPECT_EQ(card().role_of_target("nobody"), "both");
}

TEST(CatalogContents, CardColumnsAreTheTenColumnsOfTheFormat) {
    const std::vector<std::string> labels = {
        "通番",           "区分",     "セキュリティ対応目標", "対象者",
        "現在の対応状況", "課題認識", "課題への対応計画",     "関連規定",
        "関連規定箇所",   "備考"};
    ASSERT_EQ(card().columns.size(), labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        EXPECT_EQ(card().columns[i].label, labels[i]);
        EXPECT_EQ(card().columns[i].role,
                  i < 4 ? catalog::ColumnRole::Official : catalog::ColumnRole::Answer)
            << labels[i];
    }
}

TEST(CatalogContents, ItemOneIsAsPrinted) {
    const catalog::Item* item = card().item_by_number(1);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->goal, "セキュリティ管理責任の所在と対象範囲を明確にする。");
    EXPECT_EQ(item->target, "api");
    ASSERT_EQ(item->method_groups.size(), 2u);
    EXPECT_EQ(item->method_groups[0].heading, "責任者の設置");
    EXPECT_EQ(item->method_groups[0].methods.size(), 3u);
    ASSERT_EQ(item->notes.size(), 2u);
    EXPECT_EQ(item->notes[1].entries.size(), 9u);
}

TEST(CatalogContents, EveryMappingRowResolves) {
    const catalog::Mapping* m =
        test::shipped_catalog().mapping("bank-api-trial-2017", "card-api-1.0");
    ASSERT_NE(m, nullptr);
    std::set<int> from_numbers, to_numbers;
    for (const auto& row : m->rows) {
        if (row.from_number) from_numbers.insert(*row.from_number);
        to_numbers.insert(row.to_numbers.begin(), row.to_numbers.end());
    }
    EXPECT_EQ(from_numbers.size(), 60u) << "every trial item has a row";
    EXPECT_EQ(to_numbers.size(), 43u) << "every Ver1.0 item is reached";
}

TEST(CatalogContents, PrintedMistakesKeptAsPrintedWithTheIntendedWording) {
    const catalog::Errata* errata = test::shipped_catalog().errata_of("bank-api-trial-2017");
    ASSERT_NE(errata, nullptr);
    const catalog::Erratum* nst = nullptr;
    for (const catalog::Erratum& e : errata->entries)
        if (e.topic == "typo" && e.item_numbers == std::vector<int>{42}) nst = &e;
    ASSERT_NE(nst, nullptr);
    EXPECT_TRUE(nst->is_printed_mistake());
    ASSERT_EQ(nst->readings.size(), 1u);
    EXPECT_EQ(nst->readings[0].text, "ＮＳＴ推奨暗号");
    EXPECT_EQ(nst->intended, std::vector<std::string>{"ＮＩＳＴ推奨暗号"});
    const catalog::Item* item = trial().item_by_number(42);
    ASSERT_NE(item, nullptr);
    ASSERT_GE(item->notes.size(), 3u);
    ASSERT_EQ(item->notes[2].entries.size(), 3u) << "①②③ printed on one line are three entries";
    EXPECT_NE(item->notes[2].entries[2].text.find("ＮＳＴ推奨暗号"), std::string::npos);
}

TEST(CatalogContents, ErratumReadingNamesTheItemsItCites) {
    const catalog::Errata* errata = test::shipped_catalog().errata_of("card-api-1.0");
    ASSERT_NE(errata, nullptr);
    int with_items = 0;
    for (const catalog::Erratum& e : errata->entries) {
        if (e.topic != "typo") {
            EXPECT_TRUE(e.intended.empty()) << e.id;
        }
        for (const catalog::ErratumReading& r : e.readings)
            if (!r.items.empty()) ++with_items;
    }
    EXPECT_EQ(with_items, 2) << "erratum 20 cites items 10 and 11";
}

TEST(CatalogContents, EachVersionHasOneShortLabel) {
    EXPECT_EQ(trial().label, "試行版");
    EXPECT_EQ(card().label, "Ver. 1.0");
}

TEST(CatalogContents, AReportParagraphLetterIsKeptAsPrintedAndNamedInBrackets) {
    // The 試行版 prints the letter of 銀行API報告書 3.3.2's paragraph on a line of its own.
    const catalog::RelatedRule* found = nullptr;
    for (const catalog::Item& item : trial().items)
        for (const catalog::RelatedRule& rule : item.related_rules)
            if (rule.section == "3.3.2" && rule.letter == "t") found = &rule;
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->text, "3.3.2 外部からの不正アクセス対策 t");
    EXPECT_EQ(catalog::rule_label(*found), "3.3.2 外部からの不正アクセス対策（t）");
    for (const catalog::Item& item : card().items)  // Ver. 1.0 prints no letters
        for (const catalog::RelatedRule& rule : item.related_rules)
            EXPECT_EQ(catalog::rule_label(rule), rule.text);
}
