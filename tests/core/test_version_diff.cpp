// Differences between checklist versions, through the test-only card-api-1.1-test package.

#include <gtest/gtest.h>

#include <algorithm>

#include "apichecklist/catalog/version_diff.hpp"
#include "apichecklist/io/catalog_files.hpp"
#include "temp_dir.hpp"
#include "test_paths.hpp"

using namespace apichecklist;
using catalog::ChangeKind;

namespace {

std::filesystem::path test_package() {
    return test::catalog_dir().parent_path() / "tests/data/catalogs/card-api-1.1-test";
}

// The built-in catalog plus the test package, as if installed.
const catalog::Catalog& with_test_package() {
    static const catalog::Catalog instance =
        io::load_catalogs_with(test::catalog_dir(), "/nonexistent", {test_package()}, {});
    return instance;
}

const catalog::ItemChange* change_from(const catalog::StepDiff& step, int number) {
    auto it =
        std::find_if(step.changes.begin(), step.changes.end(), [&](const catalog::ItemChange& c) {
            return !c.from_numbers.empty() && c.from_numbers.front() == number;
        });
    return it == step.changes.end() ? nullptr : &*it;
}

}  // namespace

TEST(VersionDiff, TestPackageLoadsBesideTheBuiltIn) {
    const auto& cat = with_test_package();
    ASSERT_NE(cat.checklist("card-api-1.1-test"), nullptr);
    EXPECT_FALSE(cat.checklist("card-api-1.1-test")->official);
    EXPECT_EQ(cat.packages.size(), 2u);
}

TEST(VersionDiff, EveryKindOfChangeIsFound) {
    const auto steps =
        catalog::diff_versions(with_test_package(), "card-api-1.0", "card-api-1.1-test");
    ASSERT_TRUE(steps);
    ASSERT_EQ(steps->size(), 1u);
    const auto& step = steps->front();
    EXPECT_EQ(change_from(step, 5)->kind, ChangeKind::Changed);
    EXPECT_EQ(change_from(step, 20)->kind, ChangeKind::Split);
    EXPECT_EQ(change_from(step, 42)->kind, ChangeKind::Renumbered);
    EXPECT_EQ(change_from(step, 43)->kind, ChangeKind::Removed);
    EXPECT_EQ(change_from(step, 1)->kind, ChangeKind::Unchanged);
    const auto added = std::count_if(step.changes.begin(), step.changes.end(),
                                     [](const auto& c) { return c.kind == ChangeKind::Added; });
    EXPECT_EQ(added, 1);
}

TEST(VersionDiff, ChangedGoalCarriesItsTextDiff) {
    const auto steps =
        catalog::diff_versions(with_test_package(), "card-api-1.0", "card-api-1.1-test");
    const auto* change = change_from(steps->front(), 5);
    ASSERT_EQ(change->fields.size(), 1u);
    EXPECT_EQ(change->fields[0].field, "goal");
    EXPECT_NE(text::render_inline(change->fields[0].pieces).find("{+【テスト用】+}"),
              std::string::npos);
}

TEST(VersionDiff, ChainOfMappingsIsFollowed) {
    const auto path =
        catalog::mapping_path(with_test_package(), "bank-api-trial-2017", "card-api-1.1-test");
    ASSERT_TRUE(path);
    ASSERT_EQ(path->size(), 2u);
    EXPECT_EQ((*path)[0]->to, "card-api-1.0");
    EXPECT_EQ((*path)[1]->to, "card-api-1.1-test");
}

TEST(VersionDiff, UnjoinedVersionsHaveNoPath) {
    EXPECT_FALSE(
        catalog::mapping_path(with_test_package(), "card-api-1.1-test", "bank-api-trial-2017"));
}
