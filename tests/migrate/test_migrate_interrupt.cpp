// Ctrl-C while `apichecklist migrate` stores a migrated sheet: the helper exits 130 and
// leaves nothing behind — no output, no staging directory, none of soffice's lock or temp
// files beside the output, and not the batch's private template in the temp directory.

#include <gtest/gtest.h>
#include <signal.h>

#include <boost/process.hpp>

#include "first_file_watch.hpp"
#include "migrate_expectations.hpp"
#include "temp_dir.hpp"
#include "test_paths.hpp"

namespace apichecklist::test {
namespace {

namespace bp = boost::process;
namespace fs = std::filesystem;

TEST(MigrateInterrupt, CtrlCWhileASheetIsStoredLeavesNothingBehind) {
    TempDir temp;
    const fs::path out = temp.path() / "out";
    fs::create_directory(out);
    FirstFileWatch watch(out);
    bp::child cli(cli_binary().string(), "migrate", "-o", out.string(),
                  (trial_fixtures() / "trial-api.ods").string(),
                  (trial_fixtures() / "trial-bank.xlsx").string(),
                  bp::env["APICHECKLIST_CATALOG"] = catalog_dir().string(),
                  bp::env["APICHECKLIST_DATA_HOME"] = "/nonexistent/apichecklist-test-data",
                  bp::std_out > bp::null);
    const fs::path private_template =
        fs::temp_directory_path() / ("apichecklist-migrate-" + std::to_string(cli.id()));
    const bool storing = watch.wait(std::chrono::seconds(120));
    const bool template_was_there = fs::exists(private_template);
    ::kill(cli.id(), SIGINT);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (cli.running() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (cli.running()) {
        cli.terminate();
        FAIL() << "the helper ignored SIGINT";
    }
    ASSERT_TRUE(storing) << "nothing was ever written beside the output";
    EXPECT_EQ(cli.exit_code(), 128 + SIGINT);
    EXPECT_TRUE(fs::is_empty(out)) << "left behind: " << listing(out);
    EXPECT_TRUE(template_was_there) << private_template;
    EXPECT_FALSE(fs::exists(private_template)) << private_template;
}

}  // namespace
}  // namespace apichecklist::test
