#pragma once
// Ctrl-C (and SIGTERM, SIGHUP) must not leave a soffice or a profile behind. The
// signals are blocked in every thread and taken by one thread with sigwait, which
// may then do what a signal handler may not (remove directories) before exiting
// with 128 + the signal number.

#include <filesystem>

namespace apichecklist::office {

// Idempotent. Call before the program creates threads that should not get the signals.
// Also ignores SIGPIPE from then on (a write to a dead soffice fails instead).
void install_signal_cleanup();

// What to clean up if a signal arrives: the process group and the directory.
// Returns a token for forget_on_signal.
int clean_up_on_signal(int process_group, const std::filesystem::path& directory);
void update_process_group(int token, int process_group);
void forget_on_signal(int token);

}  // namespace apichecklist::office
