#pragma once
// The soffice process tree: started in a process group of its own so that the
// oosplash wrapper and the soffice.bin it forks can be killed together.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <boost/process/child.hpp>

namespace apichecklist::office {

class SofficeProcess {
  public:
    // Throws std::runtime_error when the program cannot be started. `inherited_fd` (when
    // >= 0, a close-on-exec descriptor of the helper) is passed on to the program: the
    // profile lock, held as long as any process of the tree is alive.
    SofficeProcess(const std::filesystem::path& program, const std::vector<std::string>& args,
                   const std::filesystem::path& log_file, int inherited_fd = -1,
                   const std::filesystem::path& tmp_dir = {});
    ~SofficeProcess();
    SofficeProcess(const SofficeProcess&) = delete;
    SofficeProcess& operator=(const SofficeProcess&) = delete;

    int process_group() const { return pgid_; }
    bool running();
    // The exit status once the leader has exited.
    std::optional<int> exit_code();
    // SIGKILL to the whole group, then reaps the leader (bounded wait).
    void kill_group();

  private:
    // A process of the helper's that kills soffice's group once the helper is gone.
    void start_guard();
    void stop_guard();

    boost::process::child child_;
    int pgid_ = 0;
    bool reaped_ = false;
    int guard_pid_ = -1;
    int guard_fd_ = -1;  // the pipe the guard waits on; closing it releases the guard
};

// `soffice` on the PATH, or empty.
std::filesystem::path find_soffice();

}  // namespace apichecklist::office
