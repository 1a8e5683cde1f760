// Ctrl-C while `report --format pdf` stores the PDF: the helper exits 130 and leaves
// nothing beside the output — no PDF, no temp file, none of soffice's lock or temp files.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <boost/process.hpp>
#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include "temp_dir.hpp"
#include "test_paths.hpp"

namespace apichecklist::test {
namespace {

namespace bp = boost::process;
namespace fs = std::filesystem;

// Watches a directory and the directories made in it for the first file created there.
class FirstFileWatch {
  public:
    explicit FirstFileWatch(const fs::path& directory)
        : fd_(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC)), top_(directory) {
        ::inotify_add_watch(fd_, directory.c_str(), IN_CREATE | IN_MOVED_TO);
    }
    ~FirstFileWatch() { ::close(fd_); }
    FirstFileWatch(const FirstFileWatch&) = delete;
    FirstFileWatch& operator=(const FirstFileWatch&) = delete;

    // True as soon as a file (not a directory) exists anywhere under the directory.
    bool wait(std::chrono::seconds limit) {
        const auto deadline = std::chrono::steady_clock::now() + limit;
        while (std::chrono::steady_clock::now() < deadline) {
            alignas(inotify_event) char buffer[4096];
            const ssize_t length = ::read(fd_, buffer, sizeof buffer);
            for (ssize_t at = 0; at < length;) {
                const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
                if (!(event->mask & IN_ISDIR)) return true;
                // A directory made here: watch it too, then look for what came before the watch.
                ::inotify_add_watch(fd_, (top_ / event->name).c_str(), IN_CREATE | IN_MOVED_TO);
                if (has_file()) return true;
                at += ssize_t(sizeof(inotify_event) + event->len);
            }
            if (length <= 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
        return false;
    }

  private:
    bool has_file() const {
        std::error_code ignored;
        for (const auto& entry : fs::recursive_directory_iterator(top_, ignored))
            if (!entry.is_directory(ignored)) return true;
        return false;
    }

    int fd_;
    fs::path top_;
};

std::string listing(const fs::path& directory) {
    std::string names;
    for (const auto& entry : fs::recursive_directory_iterator(directory))
        names += entry.path().lexically_relative(directory).string() + " ";
    return names;
}

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
