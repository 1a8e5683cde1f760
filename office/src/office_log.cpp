#include "office_log.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstring>

namespace apichecklist::office {

namespace {
const auto process_start = std::chrono::steady_clock::now();
}

bool office_log_enabled() {
    static const bool enabled = [] {
        const char* value = std::getenv("APICHECKLIST_OFFICE_LOG");
        return value && *value && std::strcmp(value, "0") != 0;
    }();
    return enabled;
}

void office_log(const std::string& text) {
    if (!office_log_enabled()) return;
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - process_start)
                        .count();
    const std::string line = "apichecklist office: +" + std::to_string(ms) + " ms " + text + "\n";
    // One write: lines of parallel workers do not interleave.
    [[maybe_unused]] const auto written = ::write(2, line.data(), line.size());
}

}  // namespace apichecklist::office
