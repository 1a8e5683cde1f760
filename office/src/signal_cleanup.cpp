#include "signal_cleanup.hpp"

#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <map>
#include <mutex>
#include <thread>

namespace apichecklist::office {

namespace {

struct Entry {
    int process_group = 0;
    std::filesystem::path directory;
};

std::mutex registry_mutex;
std::map<int, Entry> registry;
int next_token = 1;

sigset_t handled_signals() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    return set;
}

[[noreturn]] void wait_and_clean_up() {
    const sigset_t set = handled_signals();
    int signal_number = 0;
    while (sigwait(&set, &signal_number) != 0) {
    }
    {
        std::lock_guard<std::mutex> lock(registry_mutex);
        for (const auto& [token, entry] : registry)
            if (entry.process_group > 0) ::kill(-entry.process_group, SIGKILL);
        for (const auto& [token, entry] : registry) {
            std::error_code ignored;
            std::filesystem::remove_all(entry.directory, ignored);
        }
    }
    static const char message[] = "apichecklist: 中断しました (soffice を終了しました)\n";
    [[maybe_unused]] const auto written = ::write(2, message, sizeof message - 1);
    std::_Exit(128 + signal_number);
}

}  // namespace

void install_signal_cleanup() {
    static std::once_flag once;
    std::call_once(once, [] {
        // The UNO bridge writes to soffice's pipe without MSG_NOSIGNAL: a soffice killed
        // mid-call (crash, timeout) must be an error of that call, not a SIGPIPE that ends
        // the helper (seen as exit 141 when a batch's soffice was killed).
        ::signal(SIGPIPE, SIG_IGN);
        const sigset_t set = handled_signals();
        pthread_sigmask(SIG_BLOCK, &set, nullptr);
        std::thread(wait_and_clean_up).detach();
    });
}

int clean_up_on_signal(int process_group, const std::filesystem::path& directory) {
    std::lock_guard<std::mutex> lock(registry_mutex);
    const int token = next_token++;
    registry[token] = Entry{process_group, directory};
    return token;
}

void update_process_group(int token, int process_group) {
    std::lock_guard<std::mutex> lock(registry_mutex);
    auto it = registry.find(token);
    if (it != registry.end()) it->second.process_group = process_group;
}

void forget_on_signal(int token) {
    std::lock_guard<std::mutex> lock(registry_mutex);
    registry.erase(token);
}

}  // namespace apichecklist::office
