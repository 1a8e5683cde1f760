// The catalog as the cache keeps it: the shipped catalog comes back whole, damage is refused.

#include <gtest/gtest.h>

#include "apichecklist/catalog/binary.hpp"
#include "apichecklist/catalog/official_text.hpp"
#include "catalog_fixture.hpp"

using namespace apichecklist;

TEST(CatalogBinary, TheShippedCatalogComesBackWhole) {
    const catalog::Catalog& shipped = test::shipped_catalog();
    const std::string bytes = catalog::encode_catalog(shipped);
    const std::optional<catalog::Catalog> back = catalog::decode_catalog(bytes);
    ASSERT_TRUE(back);
    EXPECT_EQ(catalog::encode_catalog(*back), bytes);
    EXPECT_EQ(back->directory, shipped.directory);
    ASSERT_EQ(back->checklists.size(), shipped.checklists.size());
    for (std::size_t i = 0; i < shipped.checklists.size(); ++i)
        EXPECT_EQ(catalog::official_text_digest(back->checklists[i]),
                  catalog::official_text_digest(shipped.checklists[i]));
    const catalog::Item* item = back->checklist("card-api-1.0")->item_by_number(12);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->goal, shipped.checklist("card-api-1.0")->item_by_number(12)->goal);
    EXPECT_NE(back->mapping("bank-api-trial-2017", "card-api-1.0"), nullptr);
}

TEST(CatalogBinary, CutOrLengthenedBytesAreRefused) {
    const std::string bytes = catalog::encode_catalog(test::shipped_catalog());
    for (std::size_t cut : {std::size_t{0}, std::size_t{7}, bytes.size() / 2, bytes.size() - 1})
        EXPECT_FALSE(catalog::decode_catalog(std::string_view(bytes).substr(0, cut))) << cut;
    EXPECT_FALSE(catalog::decode_catalog(bytes + '\0'));
    std::string huge_count = bytes;
    huge_count.replace(0, 8, std::string(8, '\xff'));
    EXPECT_FALSE(catalog::decode_catalog(huge_count));
}
