#include "apichecklist/office/office.hpp"

#include <stdlib.h>
#include <unistd.h>

#include <csignal>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>

#include "apichecklist/io/cache_directory.hpp"
#include "apichecklist/office/scratch_directory.hpp"
#include "bounded_call.hpp"
#include "office_log.hpp"
#include "persistent_profile.hpp"
#include "signal_cleanup.hpp"
#include "soffice_process.hpp"
#include "uno_connection.hpp"

namespace apichecklist::office {

namespace {

constexpr std::chrono::seconds kProbeTimeout{10};
constexpr std::chrono::seconds kTerminateTimeout{10};

std::string seconds_text(std::chrono::milliseconds duration) {
    return std::to_string((duration.count() + 999) / 1000);
}

std::string unique_suffix() {
    std::random_device device;
    std::ostringstream out;
    out << std::hex << device() << device();
    return out.str();
}

std::string tail_of(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (text.size() > 600) text = text.substr(text.size() - 600);
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

std::filesystem::path make_work_directory(const std::filesystem::path& root) {
    const std::filesystem::path base = root.empty() ? std::filesystem::temp_directory_path() : root;
    remove_stale_scratch(base);
    // The PID in the name lets a later run tell a directory of a dead process.
    std::string pattern =
        (base / ("apichecklist-office-" + std::to_string(::getpid()) + "-XXXXXX")).string();
    if (!::mkdtemp(pattern.data()))
        throw OfficeError(OfficeError::Kind::StartFailed,
                          "作業ディレクトリを作れません: " + base.string());
    return pattern;
}

}  // namespace

struct Office::State {
    OfficeOptions options;
    std::filesystem::path work_dir;
    int cleanup_token = 0;
    std::unique_ptr<SofficeProcess> process;
    Session session;
    int starts = 0;
    int restarts = 0;
    // The persistent profile, held (locked) from the first start until shutdown; null when
    // this Office runs on throwaway profiles.
    std::unique_ptr<PersistentProfile> persistent;
    bool profile_chosen = false;
    std::filesystem::path profile;  // of the running (or last) soffice
    bool on_persistent = false;
    bool warm = false;
    bool start_timed_out = false;

    // TMPDIR for soffice: inside work_dir, removed with it.
    std::filesystem::path soffice_tmp() const {
        std::error_code ignored;
        std::filesystem::create_directories(work_dir / "tmp", ignored);
        return work_dir / "tmp";
    }
    void choose_profile(const std::filesystem::path& program);
    void initialise_profile(const std::filesystem::path& program, const std::string& n);
    void start();
    void start_once(const std::filesystem::path& program);
    void stop();
    enum class Health { Answering, Hung, Gone };
    Health health();
    void kill_now() const {
        if (process) ::kill(-process->process_group(), SIGKILL);
    }
};

static bool throwaway_asked(OfficeOptions::Profile profile) {
    if (profile != OfficeOptions::Profile::Default)
        return profile == OfficeOptions::Profile::Throwaway;
    const char* value = std::getenv("APICHECKLIST_OFFICE_PROFILE");
    return value && std::strcmp(value, "throwaway") == 0;
}

void Office::State::choose_profile(const std::filesystem::path& program) {
    if (profile_chosen) return;
    profile_chosen = true;
    if (throwaway_asked(options.profile)) {
        office_log("throwaway profile (asked for)");
        return;
    }
    std::string why;
    persistent = PersistentProfile::take(
        options.cache_directory.empty() ? io::default_cache_directory() : options.cache_directory,
        program, why);
    if (!persistent) office_log("throwaway profile: the persistent one is not available: " + why);
}

void Office::State::start() {
    if (work_dir.empty()) {
        work_dir = make_work_directory(options.temp_root);
        cleanup_token = clean_up_on_signal(0, work_dir);
    }
    const std::filesystem::path program =
        options.program.empty() ? find_soffice() : options.program;
    if (program.empty())
        throw OfficeError(OfficeError::Kind::StartFailed,
                          "soffice が見つかりません (libreoffice-calc をインストールしてください)");
    choose_profile(program);
    if (!persistent) return start_once(program);
    try {
        start_once(program);
    } catch (const OfficeError& e) {
        // soffice did not come up on the persistent profile: it may be damaged in a way the
        // checks miss. Removed (the next run rebuilds it); this run goes on on a throwaway one.
        // A start that timed out is not tried again (that would double a long wait), but its
        // profile is removed all the same: a profile soffice hangs on would hang every run.
        if (!persistent) throw;
        office_log(std::string("start on the persistent profile failed: ") + e.what() +
                   "; removing it" + (start_timed_out ? "" : ", starting on a throwaway profile"));
        persistent->discard();
        persistent.reset();
        if (start_timed_out) throw;
        start_once(program);
    }
}

// The first start on a new profile is one of its own: soffice cleans its extension cache,
// registers the bundled extensions and restarts itself (exit 81; oosplash starts it again).
// A bridge connected before that restart would see soffice vanish mid-session. So a new
// persistent profile first gets a start that only initialises it (--terminate_after_init),
// waited for until it exits, bounded by the start timeout.
void Office::State::initialise_profile(const std::filesystem::path& program, const std::string& n) {
    const std::filesystem::path log = work_dir / ("soffice-" + n + "-init.log");
    const std::vector<std::string> args = {"-env:UserInstallation=" + to_utf8(file_url(profile)),
                                           "--terminate_after_init",
                                           "--norestore",
                                           "--nologo",
                                           "--nodefault",
                                           "--nofirststartwizard",
                                           "--headless"};
    std::unique_ptr<SofficeProcess> init;
    try {
        init = std::make_unique<SofficeProcess>(program, args, log, persistent->lock_descriptor(),
                                                soffice_tmp());
    } catch (const std::exception& e) {
        throw OfficeError(OfficeError::Kind::StartFailed,
                          std::string("soffice を起動できません: ") + e.what());
    }
    update_process_group(cleanup_token, init->process_group());
    const auto deadline = std::chrono::steady_clock::now() + options.start_timeout;
    while (init->running() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    const std::optional<int> exit_code = init->exit_code();
    init->kill_group();  // whatever is left of it
    update_process_group(cleanup_token, 0);
    office_log("profile initialised (exit " + std::to_string(exit_code.value_or(-1)) + ")");
    if (!exit_code) {
        start_timed_out = true;
        throw OfficeError(OfficeError::Kind::StartFailed,
                          "soffice が " + seconds_text(options.start_timeout) +
                              " 秒以内に応答しませんでした。強制終了しました");
    }
    if (*exit_code != 0)
        throw OfficeError(OfficeError::Kind::StartFailed,
                          "soffice が起動中に終了しました (終了コード " +
                              std::to_string(*exit_code) + "): " + tail_of(log));
}

void Office::State::start_once(const std::filesystem::path& program) {
    const std::string n = std::to_string(++starts);
    on_persistent = false;
    start_timed_out = false;
    if (persistent) {
        try {
            persistent->ready_for_start();
            on_persistent = true;
        } catch (const std::exception& e) {
            office_log(std::string("throwaway profile: the persistent one cannot be prepared: ") +
                       e.what());
            persistent.reset();
        }
    }
    profile = on_persistent ? persistent->directory() : work_dir / ("profile-" + n);
    warm = on_persistent && persistent->was_prepared();
    office_log(std::string(on_persistent ? (warm ? "warm start on " : "first start on ")
                                         : "start on throwaway profile ") +
               profile.string());
    if (on_persistent && !warm) initialise_profile(program, n);
    const std::filesystem::path log = work_dir / ("soffice-" + n + ".log");
    const std::string pipe =
        "apichecklist-" + std::to_string(::getpid()) + "-" + n + "-" + unique_suffix();
    const std::vector<std::string> args = {"-env:UserInstallation=" + to_utf8(file_url(profile)),
                                           accept_argument(pipe),
                                           "--norestore",
                                           "--nologo",
                                           "--nodefault",
                                           "--nofirststartwizard",
                                           "--headless"};
    try {
        process = std::make_unique<SofficeProcess>(
            program, args, log, on_persistent ? persistent->lock_descriptor() : -1, soffice_tmp());
    } catch (const std::exception& e) {
        throw OfficeError(OfficeError::Kind::StartFailed,
                          std::string("soffice を起動できません: ") + e.what());
    }
    update_process_group(cleanup_token, process->process_group());
    office_log("soffice started (group " + std::to_string(process->process_group()) + ")");

    std::atomic<bool> given_up{false};
    Session connected;
    SofficeProcess& child = *process;
    const BoundedResult result = run_bounded(
        [&] {
            while (!given_up) {
                if (!child.running())
                    throw OfficeError(OfficeError::Kind::StartFailed,
                                      "soffice が起動中に終了しました (終了コード " +
                                          std::to_string(child.exit_code().value_or(-1)) +
                                          "): " + tail_of(log));
                if (auto context = try_connect(pipe); context.is()) {
                    connected.context = context;
                    connected.desktop = css::frame::Desktop::create(context);
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(25));
            }
        },
        options.start_timeout,
        [&] {
            given_up = true;
            kill_now();
        });
    start_timed_out = result.timed_out;
    if (result.timed_out || result.error) {
        stop();
        if (result.timed_out)
            throw OfficeError(OfficeError::Kind::StartFailed,
                              "soffice が " + seconds_text(options.start_timeout) +
                                  " 秒以内に応答しませんでした。強制終了しました");
        try {
            std::rethrow_exception(result.error);
        } catch (const OfficeError&) {
            throw;
        } catch (const css::uno::Exception& e) {
            throw OfficeError(OfficeError::Kind::StartFailed,
                              "soffice に接続できません: " + to_utf8(e.Message));
        }
    }
    session = connected;
    office_log("bridge connected");
}

void Office::State::stop() {
    if (process) office_log("stopping soffice");
    bool clean = false;
    if (process && process->running() && session.desktop.is()) {
        auto desktop = session.desktop;
        run_bounded(
            [desktop] {
                try {
                    desktop->terminate();
                } catch (const css::uno::Exception&) {
                    // The bridge goes away while terminate() returns: expected.
                }
            },
            kTerminateTimeout, [this] { kill_now(); });
        const auto deadline = std::chrono::steady_clock::now() + kTerminateTimeout;
        office_log("terminate() returned");
        while (process->running() && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        clean = !process->running() && process->exit_code() == 0;
        office_log(clean ? "soffice exited" : "soffice did not exit by itself");
    }
    session = Session{};
    const bool stopped = process != nullptr;
    if (process) process->kill_group();  // also takes any soffice.bin left in the group
    process.reset();
    if (cleanup_token) update_process_group(cleanup_token, 0);
    // Only now, with no soffice left on it: a profile it was killed on may be damaged.
    if (stopped && on_persistent && persistent) persistent->after_stop(clean);
    office_log("soffice stopped");
}

Office::State::Health Office::State::health() {
    if (!process || !process->running() || !session.desktop.is()) return Health::Gone;
    auto desktop = session.desktop;
    const BoundedResult probe =
        run_bounded([desktop] { desktop->getComponents(); }, kProbeTimeout, [this] { kill_now(); });
    if (probe.timed_out) return Health::Hung;
    return probe.error ? Health::Gone : Health::Answering;
}

Office::Office(OfficeOptions options) : state_(std::make_unique<State>()) {
    office_log("Office created");
    state_->options = std::move(options);
    install_signal_cleanup();
}

Office::~Office() { shutdown(); }

void Office::shutdown() {
    state_->stop();
    state_->persistent.reset();  // releases the lock
    state_->profile_chosen = false;
    if (!state_->work_dir.empty()) {
        std::error_code ignored;
        std::filesystem::remove_all(state_->work_dir, ignored);
        forget_on_signal(state_->cleanup_token);
        state_->work_dir.clear();
        state_->cleanup_token = 0;
    }
}

void Office::run(const std::string& what, const std::function<void(Session&)>& work) {
    State& s = *state_;
    for (int attempt = 0;; ++attempt) {
        if (!s.process || !s.process->running()) {
            if (s.process) s.stop();
            s.start();
        }
        office_log("call: " + what);
        const BoundedResult result =
            run_bounded([&] { work(s.session); }, s.options.call_timeout, [&] { s.kill_now(); });
        office_log("call done: " + what);
        if (result.timed_out) {
            s.stop();
            throw OfficeError(OfficeError::Kind::Timeout,
                              what + ": " + seconds_text(s.options.call_timeout) +
                                  " 秒以内に終わりませんでした。soffice を強制終了しました");
        }
        if (!result.error) return;
        try {
            std::rethrow_exception(result.error);
        } catch (const css::uno::RuntimeException& e) {
            // A disposed bridge is a crash; anything else is an error of the work itself.
            const State::Health health = s.health();
            if (health == State::Health::Answering)
                throw OfficeError(OfficeError::Kind::Failed, what + ": " + to_utf8(e.Message));
            s.stop();
            // A soffice that no longer answers is hung, not crashed: retrying would only
            // hide it (seen when a stopped soffice's bridge reported an error first).
            if (health == State::Health::Hung)
                throw OfficeError(OfficeError::Kind::Timeout,
                                  what + ": soffice が応答しません。強制終了しました");
            if (attempt == 0) {
                ++s.restarts;
                continue;
            }
            throw OfficeError(OfficeError::Kind::Crashed,
                              what + ": soffice が異常終了しました (再起動して再試行しても失敗): " +
                                  to_utf8(e.Message));
        } catch (const css::uno::Exception& e) {
            throw OfficeError(OfficeError::Kind::Failed, what + ": " + to_utf8(e.Message));
        }
    }
}

bool Office::running() const { return state_->process && state_->process->running(); }
int Office::process_group() const { return running() ? state_->process->process_group() : 0; }
int Office::restarts() const { return state_->restarts; }
std::filesystem::path Office::work_directory() const { return state_->work_dir; }
std::filesystem::path Office::profile_directory() const { return state_->profile; }
bool Office::persistent_profile() const { return state_->on_persistent; }
bool Office::warm_start() const { return state_->warm; }

}  // namespace apichecklist::office
