// Ctrl-C while `apichecklist migrate` stores a migrated sheet: the helper exits 130 and
// leaves nothing behind — no output, no staging directory, none of soffice's lock or temp
// files beside the output, and not the batch's private template in the temp directory.

#include <gtest/gtest.h>

#include "interrupted_command.hpp"
#include "migrate_expectations.hpp"
#include "temp_dir.hpp"

namespace apichecklist::test {
namespace {

namespace fs = std::filesystem;

TEST(MigrateInterrupt, CtrlCWhileASheetIsStoredLeavesNothingBehind) {
    TempDir temp;
    const fs::path out = temp.path() / "out";
    fs::create_directory(out);
    FirstFileWatch watch(out);
    auto cli =
        start_cli({"migrate", "-o", out.string(), (trial_fixtures() / "trial-api.ods").string(),
                   (trial_fixtures() / "trial-bank.xlsx").string()});
    const fs::path private_template =
        fs::temp_directory_path() / ("apichecklist-migrate-" + std::to_string(cli.id()));
    const bool storing = watch.wait(std::chrono::seconds(120));
    const bool template_was_there = fs::exists(private_template);
    ASSERT_TRUE(interrupt(cli)) << "the helper ignored SIGINT";
    ASSERT_TRUE(storing) << "nothing was ever written beside the output";
    EXPECT_EQ(cli.exit_code(), 128 + SIGINT);
    EXPECT_TRUE(fs::is_empty(out)) << "left behind: " << listing(out);
    EXPECT_TRUE(template_was_there) << private_template;
    EXPECT_FALSE(fs::exists(private_template)) << private_template;
}

}  // namespace
}  // namespace apichecklist::test
