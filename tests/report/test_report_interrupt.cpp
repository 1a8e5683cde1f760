// Ctrl-C while `report --format pdf` stores the PDF: the helper exits 130 and leaves
// nothing beside the output — no PDF, no temp file, none of soffice's lock or temp files.

#include <gtest/gtest.h>

#include <filesystem>

#include "interrupted_command.hpp"
#include "temp_dir.hpp"

namespace apichecklist::test {
namespace {

namespace fs = std::filesystem;

TEST(ReportInterrupt, CtrlCWhileThePdfIsStoredLeavesNothingBeside) {
    TempDir temp;
    const fs::path out = temp.path() / "out";
    fs::create_directory(out);
    FirstFileWatch watch(out);
    auto cli = start_cli({"report", "--format", "pdf", "-o", (out / "確認結果.pdf").string(),
                          (fs::path(APICHECKLIST_TEST_FIXTURES) / "broken.ods").string()});
    const bool storing = watch.wait(std::chrono::seconds(120));
    ASSERT_TRUE(interrupt(cli)) << "the helper ignored SIGINT";
    ASSERT_TRUE(storing) << "nothing was ever written beside the output";
    EXPECT_EQ(cli.exit_code(), 128 + SIGINT);
    EXPECT_TRUE(fs::is_empty(out)) << "left behind: " << listing(out);
}

}  // namespace
}  // namespace apichecklist::test
