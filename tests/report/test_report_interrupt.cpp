// Ctrl-C while `report --format pdf` stores the PDF: the helper exits 130 and leaves
// nothing beside the output — no PDF, no temp file, none of soffice's lock or temp files.

#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <boost/process.hpp>
#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include "first_file_watch.hpp"
#include "temp_dir.hpp"
#include "test_paths.hpp"

namespace apichecklist::test {
namespace {

namespace bp = boost::process;
namespace fs = std::filesystem;

TEST(ReportInterrupt, CtrlCWhileThePdfIsStoredLeavesNothingBeside) {
    TempDir temp;
    const fs::path out = temp.path() / "out";
    fs::create_directory(out);
    FirstFileWatch watch(out);
    bp::child cli(cli_binary().string(), "report", "--format", "pdf", "-o",
                  (out / "確認結果.pdf").string(),
                  (fs::path(APICHECKLIST_TEST_FIXTURES) / "broken.ods").string(),
                  bp::env["APICHECKLIST_CATALOG"] = catalog_dir().string(),
                  bp::env["APICHECKLIST_DATA_HOME"] = "/nonexistent/apichecklist-test-data",
                  bp::std_out > bp::null);
    const bool storing = watch.wait(std::chrono::seconds(120));
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
}

}  // namespace
}  // namespace apichecklist::test
