#pragma once
// Runs the command-line helper `apichecklist` as a child process without blocking the
// office: the process is started and read on a worker thread, and progress ticks and the
// outcome are posted back to the main thread.
//
// The helper is found in this order: $APICHECKLIST_CLI (tests, development), the copy
// shipped inside the .oxt (bin/apichecklist), `apichecklist` on the PATH.

#include <com/sun/star/uno/XComponentContext.hpp>

#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace apichecklist::extension {

std::optional<std::filesystem::path> find_helper(
    const css::uno::Reference<css::uno::XComponentContext>& context);

struct HelperOutcome {
    bool started = false;  // false: the process could not be started (see error)
    bool timed_out = false;
    int exit_code = -1;
    std::string out;
    std::string err;
};

struct HelperJob {
    std::filesystem::path program;
    std::vector<std::string> arguments;
    std::vector<std::string> environment;  // NAME=value, added to the office's environment
    std::chrono::seconds time_limit{300};
    std::function<void(int seconds)> on_tick;           // about once a second, main thread
    std::function<void(const HelperOutcome&)> on_done;  // once, main thread
};

void run_helper_async(const css::uno::Reference<css::uno::XComponentContext>& context,
                      HelperJob job);

}  // namespace apichecklist::extension
