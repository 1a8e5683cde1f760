// The reader child: forked once per WorkbookReader, it reads the files it is sent one after
// another over a socket pair and answers each with the workbook or the refusal. The parent
// bounds each read by time (its wait, and the child's CPU limit) and memory (the child's
// address space); a child that dies or hangs is reported for that file and replaced.
#include "apichecklist/io/workbook_reader.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <new>

#include "read_in_process.hpp"
#include "workbook_wire.hpp"

namespace apichecklist::io {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

std::string mebibytes(std::uintmax_t bytes) { return std::to_string(bytes >> 20) + " MB"; }

// Frames are a 64-bit length and the bytes. MSG_NOSIGNAL: a dead peer is an error, not a
// SIGPIPE that would kill the caller.
bool send_all(int socket, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::send(socket, bytes.data(), bytes.size(), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        bytes.remove_prefix(std::size_t(n));
    }
    return true;
}

bool send_frame(int socket, std::string_view payload) {
    const std::uint64_t size = payload.size();
    char header[sizeof size];
    std::memcpy(header, &size, sizeof size);
    return send_all(socket, std::string_view(header, sizeof header)) && send_all(socket, payload);
}

enum class Received { Whole, Closed, TimedOut };

// Reads exactly n bytes, waiting until the deadline (none: Clock::time_point::max()).
Received receive_exactly(int socket, char* out, std::size_t n, Clock::time_point deadline) {
    while (n > 0) {
        if (deadline != Clock::time_point::max()) {
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
            if (left.count() <= 0) return Received::TimedOut;
            pollfd ready{socket, POLLIN, 0};
            const int polled = ::poll(&ready, 1, int(std::min<long long>(left.count(), 1 << 30)));
            if (polled < 0 && errno == EINTR) continue;
            if (polled < 0) return Received::Closed;
            if (polled == 0) return Received::TimedOut;
        }
        const ssize_t got = ::recv(socket, out, n, 0);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) return Received::Closed;
        out += got;
        n -= std::size_t(got);
    }
    return Received::Whole;
}

Received receive_frame(int socket, std::string& payload, Clock::time_point deadline) {
    std::uint64_t size = 0;
    char header[sizeof size];
    if (const Received r = receive_exactly(socket, header, sizeof header, deadline);
        r != Received::Whole)
        return r;
    std::memcpy(&size, header, sizeof size);
    if (size > (std::uint64_t{1} << 40)) return Received::Closed;  // not our child speaking
    payload.resize(size);
    return receive_exactly(socket, payload.data(), payload.size(), deadline);
}

std::uintmax_t address_space_in_use() {
    std::ifstream statm("/proc/self/statm");
    std::uintmax_t pages = 0;
    statm >> pages;
    return pages * std::uintmax_t(::sysconf(_SC_PAGESIZE));
}

void set_soft_limit(int resource, rlim_t value) {
    rlimit limit{};
    if (::getrlimit(resource, &limit) != 0) return;
    limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? value : std::min(value, limit.rlim_max);
    ::setrlimit(resource, &limit);
}

// Limits for the next file: CPU seconds from now, address space from what is in use now.
void bound_next_read(const ReadLimits& limits) {
    rusage used{};
    ::getrusage(RUSAGE_SELF, &used);
    const rlim_t spent = rlim_t(used.ru_utime.tv_sec + used.ru_stime.tv_sec + 1);
    set_soft_limit(RLIMIT_CPU, spent + rlim_t(limits.max_seconds));
    if (const std::uintmax_t in_use = address_space_in_use(); in_use > 0)
        set_soft_limit(RLIMIT_AS, rlim_t(in_use + limits.max_memory_bytes));
}

void quiet_standard_streams() {
    const int null = ::open("/dev/null", O_RDWR);
    if (null < 0) return;
    for (int fd = 0; fd <= 2; ++fd) ::dup2(null, fd);
    if (null > 2) ::close(null);
}

std::string answer(const WorkbookReader::ReadFunction& read, const WireRequest& request) {
    try {
        return encode_workbook(read(request.file, request.limits));
    } catch (const ReadError& e) {
        return encode_refusal({e.message_ja(), e.message_en()});
    } catch (const std::bad_alloc&) {
        const std::string limit = mebibytes(request.limits.max_memory_bytes);
        return encode_refusal(
            {"読み込みにメモリ上限 (" + limit +
                 ") を超えるメモリが必要なため中止しました。チェックリスト以外のシートや不要な行を"
                 "除いて保存し直してください。",
             "reading needs more memory than the limit (" + limit +
                 "); remove unrelated sheets and rows and save again"});
    } catch (const std::exception& e) {
        return encode_refusal({std::string("読み込み中に問題が起きました: ") + e.what(),
                               std::string("reading failed: ") + e.what()});
    }
}

[[noreturn]] void serve(int socket, pid_t parent, const WorkbookReader::ReadFunction& read) {
    for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT}) ::signal(sig, SIG_DFL);
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(0);
    // Only our socket: neither the parent's other descriptors nor its display connection.
    if (socket > 3) ::close_range(3, unsigned(socket - 1), 0);
    ::close_range(unsigned(socket + 1), ~0u, 0);
    quiet_standard_streams();
    set_soft_limit(RLIMIT_CORE, 0);
    std::string frame;
    for (;;) {
        if (receive_frame(socket, frame, Clock::time_point::max()) != Received::Whole) ::_exit(0);
        const std::optional<WireRequest> request = decode_request(frame);
        if (!request) ::_exit(3);
        bound_next_read(request->limits);
        if (!send_frame(socket, answer(read, *request))) ::_exit(0);
    }
}

ReadError reader_failed(const fs::path& file, std::string ja, std::string en) {
    return ReadError(file, std::move(ja), std::move(en), ReadErrorKind::ReaderFailed);
}

ReadError timed_out(const fs::path& file, const ReadLimits& limits) {
    const std::string seconds = std::to_string(limits.max_seconds);
    return reader_failed(
        file,
        "読み込みが " + seconds +
            " 秒以内に終わらないため中止しました。ファイルが壊れているか、極端に大きい可能性があり"
            "ます。表計算ソフトで開いて保存し直してください。",
        "reading did not finish within " + seconds +
            " s and was stopped; the file may be damaged or extremely large; open it in a "
            "spreadsheet program and save it again");
}

ReadError crashed(const fs::path& file, const std::string& what) {
    return reader_failed(
        file,
        "読み込み処理が異常終了しました (" + what +
            ")。ファイルが壊れているか、想定外の形式です。表計算ソフトで開いて保存し直してくださ"
            "い。直らない場合は、このファイルを添えて報告してください。",
        "the reader stopped abnormally (" + what +
            "): the file is damaged or of an unexpected form; open it in a spreadsheet program "
            "and save it again; if that does not help, report it with the file");
}

std::string how_it_ended(int status) {
    if (WIFSIGNALED(status)) {
        const char* name = ::sigabbrev_np(WTERMSIG(status));
        return name ? "SIG" + std::string(name) : "signal " + std::to_string(WTERMSIG(status));
    }
    return "exit " + std::to_string(WEXITSTATUS(status));
}

}  // namespace

class WorkbookReader::Child {
  public:
    // nullptr when no process can be started.
    static std::unique_ptr<Child> start(const ReadFunction& read) {
        int sockets[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0) return nullptr;
        const pid_t parent = ::getpid();
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::close(sockets[0]);
            serve(sockets[1], parent, read);
        }
        ::close(sockets[1]);
        if (pid < 0) {
            ::close(sockets[0]);
            return nullptr;
        }
        return std::unique_ptr<Child>(new Child(pid, sockets[0]));
    }

    ~Child() {
        ::close(socket_);  // an idle child reads the end of its input and exits
        if (!reaped_) wait();
    }

    enum class Outcome { Answered, NotSent, Died, TimedOut };

    Outcome ask(const std::string& request, int seconds, std::string& reply) {
        if (!send_frame(socket_, request)) return Outcome::NotSent;
        switch (receive_frame(socket_, reply, Clock::now() + std::chrono::seconds(seconds))) {
            case Received::Whole:
                return Outcome::Answered;
            case Received::Closed:
                return Outcome::Died;
            case Received::TimedOut:
                break;
        }
        ::kill(pid_, SIGKILL);
        return Outcome::TimedOut;
    }

    int wait() {
        int status = 0;
        while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
        }
        reaped_ = true;
        return status;
    }

  private:
    Child(pid_t pid, int socket) : pid_(pid), socket_(socket) {}
    pid_t pid_;
    int socket_;
    bool reaped_ = false;
};

WorkbookReader::WorkbookReader() : WorkbookReader(read_workbook_in_process) {}
WorkbookReader::WorkbookReader(ReadFunction read) : read_(std::move(read)) {}
WorkbookReader::~WorkbookReader() = default;

sheet::Workbook WorkbookReader::read(const fs::path& file, const ReadLimits& limits) {
    const std::string request = encode_request({file.string(), limits});
    std::string reply;
    Child::Outcome outcome = Child::Outcome::NotSent;
    // A second try only when the request could not even be sent: the idle child was gone
    // (killed from outside), which says nothing about this file.
    for (int attempt = 0; attempt < 2 && outcome == Child::Outcome::NotSent; ++attempt) {
        if (!child_) child_ = Child::start(read_);
        if (!child_) return read_(file, limits);  // no process to spare: without the net
        outcome = child_->ask(request, limits.max_seconds, reply);
        if (outcome == Child::Outcome::NotSent) child_.reset();
    }
    if (outcome == Child::Outcome::TimedOut) {
        child_.reset();
        throw timed_out(file, limits);
    }
    if (outcome == Child::Outcome::Died) {
        const int status = child_->wait();
        child_.reset();
        if (WIFSIGNALED(status) && WTERMSIG(status) == SIGXCPU) throw timed_out(file, limits);
        throw crashed(file, how_it_ended(status));
    }
    std::optional<WireMessage> message = decode_wire(reply);
    if (!message) {
        child_.reset();
        throw crashed(file, "garbled answer");
    }
    if (!message->workbook)
        throw ReadError(file, std::move(message->refusal.message_ja),
                        std::move(message->refusal.message_en));
    return std::move(*message->workbook);
}

sheet::Workbook read_workbook(const fs::path& file, const ReadLimits& limits) {
    WorkbookReader reader;
    return reader.read(file, limits);
}

}  // namespace apichecklist::io
