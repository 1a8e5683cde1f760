#pragma once
// Interrupt tests: start the helper, wait for the first file it creates under a directory
// (soffice starting to store), send Ctrl-C, then look at what is left there.

#include <signal.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <boost/process.hpp>
#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "test_paths.hpp"

namespace apichecklist::test {

// Watches a directory and the directories made in it for the first file created there.
class FirstFileWatch {
  public:
    explicit FirstFileWatch(const std::filesystem::path& directory)
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
        for (const auto& entry : std::filesystem::recursive_directory_iterator(top_, ignored))
            if (!entry.is_directory(ignored)) return true;
        return false;
    }

    int fd_;
    std::filesystem::path top_;
};

inline std::string listing(const std::filesystem::path& directory) {
    std::string names;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(directory))
        names += entry.path().lexically_relative(directory).string() + " ";
    return names;
}

// The helper on the source catalog, with no installed packages, its output discarded.
inline boost::process::child start_cli(const std::vector<std::string>& args) {
    namespace bp = boost::process;
    return bp::child(cli_binary().string(), bp::args(args),
                     bp::env["APICHECKLIST_CATALOG"] = catalog_dir().string(),
                     bp::env["APICHECKLIST_DATA_HOME"] = "/nonexistent/apichecklist-test-data",
                     bp::std_out > bp::null);
}

// Ctrl-C, then up to 30 s for the command to exit. False when it ignored the signal (it is
// killed then).
inline bool interrupt(boost::process::child& cli) {
    ::kill(cli.id(), SIGINT);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (cli.running() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (!cli.running()) return true;
    cli.terminate();
    return false;
}

}  // namespace apichecklist::test
