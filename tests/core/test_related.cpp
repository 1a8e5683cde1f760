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
