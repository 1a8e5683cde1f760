// Which newer checklist version a sheet can be carried over to.

#include <gtest/gtest.h>

#include "apichecklist/io/catalog_files.hpp"
#include "apichecklist/repair/upgrade_offer.hpp"
#include "catalog_fixture.hpp"

using namespace apichecklist;

namespace {

// The shipped catalog plus the test-only package card-api-1.1-test, as if installed.
const catalog::Catalog& with_test_package() {
    static const catalog::Catalog instance = io::load_catalogs(
        test::catalog_dir(), test::catalog_dir().parent_path() / "tests/data/catalogs");
    return instance;
}

}  // namespace

TEST(UpgradeOffer, TrialSheetsGoToVer1) {
    const auto offer = repair::newest_upgrade(test::shipped_catalog(), "bank-api-trial-2017");
    ASSERT_TRUE(offer);
    EXPECT_EQ(offer->to, "card-api-1.0");
    EXPECT_EQ(offer->chain, (std::vector<std::string>{"bank-api-trial-2017", "card-api-1.0"}));
}

TEST(UpgradeOffer, NewestVersionHasNoOffer) {
    EXPECT_FALSE(repair::newest_upgrade(test::shipped_catalog(), "card-api-1.0"));
    EXPECT_FALSE(repair::newest_upgrade(test::shipped_catalog(), "no-such-checklist"));
}

TEST(UpgradeOffer, InstalledNewerVersionIsOfferedThroughTheChain) {
    ASSERT_TRUE(with_test_package().checklist("card-api-1.1-test"));
    const auto from_ver1 = repair::newest_upgrade(with_test_package(), "card-api-1.0");
    ASSERT_TRUE(from_ver1);
    EXPECT_EQ(from_ver1->to, "card-api-1.1-test");
    const auto from_trial = repair::newest_upgrade(with_test_package(), "bank-api-trial-2017");
    ASSERT_TRUE(from_trial);
    EXPECT_EQ(from_trial->chain, (std::vector<std::string>{"bank-api-trial-2017", "card-api-1.0",
                                                           "card-api-1.1-test"}));
    EXPECT_FALSE(repair::newest_upgrade(with_test_package(), "card-api-1.1-test"));
}

TEST(UpgradeOffer, ANamedTargetIsReachedThroughTheChainOrNotAtAll) {
    const auto to_ver1 =
        repair::upgrade_to(with_test_package(), "bank-api-trial-2017", "card-api-1.0");
    ASSERT_TRUE(to_ver1);
    EXPECT_EQ(to_ver1->chain, (std::vector<std::string>{"bank-api-trial-2017", "card-api-1.0"}));
    const auto to_test =
        repair::upgrade_to(with_test_package(), "bank-api-trial-2017", "card-api-1.1-test");
    ASSERT_TRUE(to_test);
    EXPECT_EQ(to_test->chain.size(), 3u);
    EXPECT_FALSE(repair::upgrade_to(with_test_package(), "card-api-1.0", "bank-api-trial-2017"))
        << "no downgrade";
    EXPECT_FALSE(repair::upgrade_to(with_test_package(), "card-api-1.0", "card-api-1.0"));
    EXPECT_FALSE(repair::upgrade_to(test::shipped_catalog(), "card-api-1.0", "card-api-1.1-test"))
        << "not installed";
}
