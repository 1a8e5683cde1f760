// Ctrl-C while a soffice is running: the helper exits 130 and leaves no soffice
// and no profile behind.

#include <gtest/gtest.h>
#include <signal.h>

#include <boost/process.hpp>

#include "office_test_support.hpp"

namespace apichecklist::test {
namespace {

namespace bp = boost::process;

TEST(OfficeInterrupt, CtrlCKillsSofficeAndRemovesTheProfile) {
    bp::ipstream out;
    bp::child probe(APICHECKLIST_TEST_SIGNAL_PROBE, bp::std_out > out);
    int group = 0;
    std::string work;
    ASSERT_TRUE(out >> group >> work) << "the probe printed nothing";
    ASSERT_GT(group, 0);
    ASSERT_TRUE(std::filesystem::is_directory(work));

    ::kill(probe.id(), SIGINT);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (probe.running() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (probe.running()) {
        probe.terminate();
        ::kill(-group, SIGKILL);
        FAIL() << "the probe ignored SIGINT";
    }
    EXPECT_EQ(probe.exit_code(), 128 + SIGINT);
    EXPECT_TRUE(process_group_gone(group));
    EXPECT_FALSE(std::filesystem::exists(work));
}

}  // namespace
}  // namespace apichecklist::test
