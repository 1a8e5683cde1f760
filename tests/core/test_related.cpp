// Related items, terms, rules and versions of one item.

#include <gtest/gtest.h>

#include <algorithm>

#include "apichecklist/catalog/related.hpp"
#include "catalog_fixture.hpp"

using namespace apichecklist;

namespace {

catalog::Related related_to(int number) {
    const auto& cat = test::shipped_catalog();
    const catalog::Checklist& card = *cat.checklist("card-api-1.0");
    return catalog::find_related(cat, card, *card.item_by_number(number));
}

bool relates(const catalog::Related& r, int number) {
    return std::any_of(r.items.begin(), r.items.end(),
                       [&](const catalog::RelatedItem& i) { return i.item->number == number; });
}

}  // namespace

TEST(Related, SameCategoryItemsAreRelated) {
    const auto r = related_to(40);
    EXPECT_TRUE(relates(r, 39));
    EXPECT_FALSE(relates(r, 40)) << "an item is not related to itself";
}

TEST(Related, SharedTermIsAReason) {
    const auto r = related_to(40);
    auto it = std::find_if(r.items.begin(), r.items.end(),
                           [](const auto& i) { return i.item->number == 35; });
    ASSERT_NE(it, r.items.end());
    EXPECT_NE(std::find(it->reasons.begin(), it->reasons.end(), "用語「トークン」"),
              it->reasons.end());
}

TEST(Related, EveryItemHasAPredecessorOrIsNew) {
    const auto& cat = test::shipped_catalog();
    const catalog::Checklist& card = *cat.checklist("card-api-1.0");
    for (const auto& item : card.items) {
        const auto r = catalog::find_related(cat, card, item);
        EXPECT_FALSE(r.predecessors.empty()) << "item " << item.number << " has no mapping row";
    }
}

TEST(Related, PredecessorRulesAreInherited) {
    const auto& cat = test::shipped_catalog();
    const catalog::Checklist& card = *cat.checklist("card-api-1.0");
    std::size_t with_rules = 0;
    for (const auto& item : card.items) {
        const auto r = catalog::find_related(cat, card, item);
        with_rules += std::any_of(r.rules.begin(), r.rules.end(),
                                  [](const auto& ref) { return !ref.via.empty(); });
    }
    EXPECT_GT(with_rules, 20u) << "the 試行版 printed 関連規定 for most items";
}

TEST(Related, MovedMethodGroupIsASecondaryPredecessor) {
    const auto r = related_to(3);
    const auto part =
        std::find_if(r.secondary_predecessors.begin(), r.secondary_predecessors.end(),
                     [](const catalog::VersionLink& l) { return l.item && l.item->number == 2; });
    ASSERT_NE(part, r.secondary_predecessors.end()) << "試行版 2's ＜エビデンスの確保＞ went to 3";
    ASSERT_NE(part->secondary, nullptr);
    EXPECT_EQ(part->secondary->kind, "part");
    EXPECT_EQ(part->secondary->part, "エビデンスの確保");
    EXPECT_EQ(part->checklist->id, "bank-api-trial-2017");
    for (const auto& link : r.predecessors) EXPECT_NE(link.item->number, 2) << "not a target";
    for (const auto& ref : r.rules) EXPECT_NE(ref.via, "bank-api-trial-2017:item-02");
}

TEST(Related, RemovedItemNamesItsNearestItem) {
    const auto r = related_to(10);
    ASSERT_EQ(r.secondary_predecessors.size(), 1u);
    EXPECT_EQ(r.secondary_predecessors[0].item->number, 22);
    EXPECT_EQ(r.secondary_predecessors[0].secondary->kind, "nearest");
    EXPECT_EQ(r.secondary_predecessors[0].row->relation, catalog::Relation::Removed);
    ASSERT_TRUE(r.secondary_predecessors[0].row->alternative.has_value());
    EXPECT_EQ(r.secondary_predecessors[0].row->alternative->relation, catalog::Relation::MovedInto);
    EXPECT_EQ(r.secondary_predecessors[0].row->alternative->to_numbers, std::vector<int>{10});
    for (const auto& link : r.predecessors) EXPECT_NE(link.item->number, 22);
}

TEST(Related, TrialItemLeadsToItsTargetAndToThePartsNewItem) {
    const auto& cat = test::shipped_catalog();
    const catalog::Checklist& trial = *cat.checklist("bank-api-trial-2017");
    const auto r = catalog::find_related(cat, trial, *trial.item_by_number(2));
    std::vector<std::pair<int, bool>> got;
    for (const auto& link : r.successors)
        got.emplace_back(link.item ? link.item->number : 0, link.secondary != nullptr);
    EXPECT_EQ(got, (std::vector<std::pair<int, bool>>{{2, false}, {3, true}}));
}

TEST(Related, PrintedMistakesOfTheItemAndItsTerms) {
    const auto& cat = test::shipped_catalog();
    const catalog::Checklist& card = *cat.checklist("card-api-1.0");
    const auto of21 = catalog::printed_mistakes(cat, card, *card.item_by_number(21));
    std::vector<std::string> printed;
    for (const auto& m : of21) printed.push_back(m.printed);
    // Its explanation (l.1005) and its term シェル (l.240).
    EXPECT_EQ(printed, (std::vector<std::string>{"が発生させない", "入出装置"}));
    EXPECT_EQ(of21[0].intended, (std::vector<std::string>{"が発生しない", "を発生させない"}));
    EXPECT_TRUE(catalog::printed_mistakes(cat, card, *card.item_by_number(1)).empty());
    const std::string marked =
        catalog::mark_printed_mistakes(card.item_by_number(21)->explanation, of21, "〔原文ママ〕");
    EXPECT_NE(marked.find("が発生させない〔原文ママ〕ため"), std::string::npos);
}
