#include "soffice_process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <thread>

#include <boost/process/args.hpp>
#include <boost/process/env.hpp>
#include <boost/process/environment.hpp>
#include <boost/process/exe.hpp>
#include <boost/process/extend.hpp>
#include <boost/process/io.hpp>
#include <boost/process/search_path.hpp>

namespace bp = boost::process;

namespace apichecklist::office {

namespace {

// Runs in the child between fork and exec: only async-signal-safe calls here.
struct OwnProcessGroup : bp::extend::handler {
    int inherited_fd = -1;
    template <typename Executor>
    void on_exec_setup(Executor&) const {
        ::setpgid(0, 0);
        // Only in the child: the helper's descriptor stays close-on-exec for other children.
        if (inherited_fd >= 0) ::fcntl(inherited_fd, F_SETFD, 0);
        // The parent blocks these for its cleanup thread; soffice must get them normally.
        sigset_t all;
        sigemptyset(&all);
        sigaddset(&all, SIGINT);
        sigaddset(&all, SIGTERM);
        sigaddset(&all, SIGHUP);
        ::sigprocmask(SIG_UNBLOCK, &all, nullptr);
        // An ignored signal stays ignored across exec: soffice gets SIGPIPE's default back.
        struct sigaction default_action {};
        default_action.sa_handler = SIG_DFL;
        ::sigaction(SIGPIPE, &default_action, nullptr);
        // If the helper dies without cleaning up (SIGKILL), do not leave soffice behind.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    }
};

// Whether a process of the group is still alive. Zombies do not count: they hold no files,
// and reaping them is up to PID 1 once soffice's helpers (gpg, gpgconf) are orphaned —
// about a second in some containers, which the group wait used to add to every command.
bool group_has_live_members(int pgid) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/proc", ec)) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos) continue;
        std::ifstream stat(entry.path() / "stat");
        std::string line;
        if (!std::getline(stat, line)) continue;
        // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses.
        const auto close = line.rfind(')');
        if (close == std::string::npos) continue;
        std::istringstream rest(line.substr(close + 1));
        char state = 0;
        long ppid = 0, pgrp = 0;
        if (rest >> state >> ppid >> pgrp && pgrp == pgid && state != 'Z' && state != 'X')
            return true;
    }
    return false;
}

// The guard's life, in the forked child: only async-signal-safe calls. It reads a pipe whose
// write end only the helper holds; the read returns when the helper is gone, however it
// went (SIGKILL included), and the guard kills soffice's whole group. PR_SET_PDEATHSIG
// reaches only the oosplash wrapper: soffice.bin, its child, would be left running.
[[noreturn]] void guard_group(int read_fd, int pgid) {
    const int null = ::open("/dev/null", O_RDWR);
    if (null >= 0)
        for (int fd = 0; fd <= 2; ++fd) ::dup2(null, fd);
    if (read_fd != 3) ::dup2(read_fd, 3);
    // Not the helper's other descriptors (its profile lock, sockets, pipes to its caller).
    ::syscall(SYS_close_range, 4u, ~0u, 0u);
    char byte = 0;
    while (::read(3, &byte, 1) < 0 && errno == EINTR) {
    }
    ::kill(-pgid, SIGKILL);
    ::_exit(0);
}

}  // namespace

SofficeProcess::SofficeProcess(const std::filesystem::path& program,
                               const std::vector<std::string>& args,
                               const std::filesystem::path& log_file, int inherited_fd,
                               const std::filesystem::path& tmp_dir) {
    std::error_code ec;
    // soffice's own temporary directories (luNNNN.tmp) go where the helper removes them,
    // also after a killed soffice could not.
    bp::environment environment = boost::this_process::environment();
    if (!tmp_dir.empty()) environment["TMPDIR"] = tmp_dir.string();
    child_ = bp::child(bp::exe = program.string(), bp::args = args,
                       bp::std_in<bp::null, (bp::std_out & bp::std_err)> log_file.string(),
                       bp::env = environment, OwnProcessGroup{{}, inherited_fd}, ec);
    if (ec) throw std::runtime_error(program.string() + ": " + ec.message());
    pgid_ = child_.id();
    start_guard();
}

SofficeProcess::~SofficeProcess() {
    kill_group();
    stop_guard();
}

void SofficeProcess::start_guard() {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) return;  // without a guard, PDEATHSIG still takes oosplash
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[1]);
        guard_group(fds[0], pgid_);
    }
    ::close(fds[0]);
    if (pid < 0) {
        ::close(fds[1]);
        return;
    }
    guard_pid_ = pid;
    guard_fd_ = fds[1];
}

void SofficeProcess::stop_guard() {
    // Killed, not released through the pipe: the group is gone, and its number may be
    // another group's by the time a released guard would use it.
    if (guard_pid_ > 0) {
        ::kill(guard_pid_, SIGKILL);
        while (::waitpid(guard_pid_, nullptr, 0) < 0 && errno == EINTR) {
        }
    }
    if (guard_fd_ >= 0) ::close(guard_fd_);
    guard_pid_ = -1;
    guard_fd_ = -1;
}

bool SofficeProcess::running() {
    if (reaped_) return false;
    std::error_code ec;
    const bool alive = child_.running(ec);
    if (!alive) reaped_ = true;
    return alive;
}

std::optional<int> SofficeProcess::exit_code() {
    if (running()) return std::nullopt;
    return child_.exit_code();
}

void SofficeProcess::kill_group() {
    if (pgid_ > 0) ::kill(-pgid_, SIGKILL);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (running() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    // soffice.bin is reparented when oosplash dies; wait until the group is empty.
    while (pgid_ > 0 && group_has_live_members(pgid_) &&
           std::chrono::steady_clock::now() < deadline) {
        ::kill(-pgid_, SIGKILL);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

std::filesystem::path find_soffice() { return bp::search_path("soffice").string(); }

}  // namespace apichecklist::office
