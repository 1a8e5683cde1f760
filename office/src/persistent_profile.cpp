#include "persistent_profile.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <signal.h>

#include <array>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>
#include <system_error>
#include <thread>
#include <vector>

#include "apichecklist/office/office.hpp"
#include "office_log.hpp"

namespace apichecklist::office {

namespace fs = std::filesystem;

namespace {

constexpr const char* kMarker = "apichecklist-profile";
constexpr const char* kMarkerFormat = "apichecklist office profile 1";

struct Setting {
    const char* path;
    const char* name;
    const char* value;
};

// What the profile is prepared with. Written as soffice itself writes
// registrymodifications.xcu, one item a line, and checked in that form on every take.
constexpr std::array<Setting, 10> kSettings{{
    // Macros: never run, whatever a document asks (loads also pass NEVER_EXECUTE).
    {"/org.openoffice.Office.Common/Security/Scripting", "MacroSecurityLevel", "3"},
    {"/org.openoffice.Office.Common/Security/Scripting", "DisableMacrosExecution", "true"},
    // Nothing of the documents kept in the profile: no thumbnails, no recent documents.
    {"/org.openoffice.Office.Common/Save/Document", "GenerateThumbnail", "false"},
    {"/org.openoffice.Office.Common/History", "PickListSize", "0"},
    {"/org.openoffice.Office.Common/History", "RecentDocsThumbnail", "false"},
    // No recovery data, no autosave.
    {"/org.openoffice.Office.Recovery/RecoveryInfo", "Enabled", "false"},
    {"/org.openoffice.Office.Recovery/AutoSave", "Enabled", "false"},
    {"/org.openoffice.Office.Recovery/AutoSave", "UserAutoSaveEnabled", "false"},
    // First-start settings.
    {"/org.openoffice.Office.Common/Misc", "FirstRun", "false"},
    {"/org.openoffice.Office.Common/Misc", "ShowTipOfTheDay", "false"},
}};

std::string item_line(const Setting& s) {
    return std::string("<item oor:path=\"") + s.path + "\"><prop oor:name=\"" + s.name +
           "\" oor:op=\"fuse\"><value>" + s.value + "</value></prop></item>";
}

std::string read_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

fs::path settings_file(const fs::path& directory) {
    return directory / "user" / "registrymodifications.xcu";
}

// The soffice the profile was made for: its real path and its installation's version file,
// so that an upgraded LibreOffice gets a profile of its own making.
std::string marker_text(const fs::path& program) {
    std::error_code ec;
    const fs::path real = fs::canonical(program, ec);
    const fs::path resolved = ec ? program : real;
    fs::path version = resolved.parent_path() / "versionrc";
    if (!fs::exists(version, ec)) version = resolved;
    struct stat st {};
    std::string stamp = "unknown";
    if (::stat(version.c_str(), &st) == 0)
        stamp = std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
                std::to_string(st.st_mtim.tv_nsec);
    return std::string(kMarkerFormat) + "\nprogram " + resolved.string() + "\nversion " +
           version.string() + " " + stamp + "\n";
}

std::string settings_damage(const fs::path& directory) {
    std::error_code ec;
    if (!fs::is_directory(directory / "user", ec)) return "user がディレクトリではありません";
    const fs::path file = settings_file(directory);
    if (!fs::is_regular_file(file, ec)) return "registrymodifications.xcu がありません";
    std::string text = read_text(file);
    while (!text.empty() && std::strchr(" \t\r\n", text.back())) text.pop_back();
    constexpr std::string_view head = "<?xml";
    constexpr std::string_view tail = "</oor:items>";
    if (text.compare(0, head.size(), head) != 0 || text.size() < tail.size() ||
        text.compare(text.size() - tail.size(), tail.size(), tail) != 0)
        return "registrymodifications.xcu が途中で切れています";
    if (text.find('\0') != std::string::npos) return "registrymodifications.xcu が壊れています";
    for (const Setting& s : kSettings)
        if (text.find(item_line(s)) == std::string::npos)
            return std::string("設定 ") + s.path + "/" + s.name + " = " + s.value + " がありません";
    return {};
}

void write_file_atomically(const fs::path& file, const std::string& text) {
    const fs::path temp = file.string() + ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) throw std::system_error(errno, std::generic_category(), temp.string());
    }
    fs::rename(temp, file);
}

// The product version ("7.4") from the installation's own configuration: soffice compares
// it with ooSetupLastVersion at every start and, while that is lower, runs its graphics
// render tests (about 0.7 s here). Only a view shown on screen stores it, so a headless
// soffice never does: the seed stores it. Empty when it cannot be found.
std::string product_version(const fs::path& program) {
    std::error_code ec;
    const fs::path real = fs::canonical(program, ec);
    if (ec) return {};
    const std::string text =
        read_text(real.parent_path().parent_path() / "share" / "registry" / "main.xcd");
    const std::size_t at = text.find("<prop oor:name=\"ooSetupVersion\">");
    if (at == std::string::npos) return {};
    const std::size_t open = text.find("<value>", at);
    const std::size_t close = text.find("</value>", open);
    if (open == std::string::npos || close == std::string::npos || close - open > 32) return {};
    std::string version = text.substr(open + 7, close - open - 7);
    if (version.empty() || version.find_first_not_of("0123456789.") != std::string::npos) return {};
    return version;
}

void seed(const fs::path& directory, const fs::path& program) {
    fs::create_directories(directory / "user");
    std::string text =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
        "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n";
    for (const Setting& s : kSettings) text += item_line(s) + "\n";
    if (const std::string version = product_version(program); !version.empty())
        text +=
            item_line({"/org.openoffice.Setup/Product", "ooSetupLastVersion", version.c_str()}) +
            "\n";
    text += "</oor:items>\n";
    write_file_atomically(settings_file(directory), text);
}

std::string proc_text(const fs::path& file) { return read_text(file); }

// soffice.bin processes left running on the profile by a helper that was killed (SIGKILL):
// PR_SET_PDEATHSIG takes the oosplash wrapper with the helper, but soffice.bin, its child,
// lives on, holding the lock it inherited. Such a soffice.bin has lost its wrapper: its parent
// is no oosplash any more. Killed here; returns whether there was any.
bool kill_orphaned_soffice(const std::string& user_installation_argument) {
    std::vector<pid_t> orphans;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator("/proc", ec)) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos) continue;
        if (proc_text(entry.path() / "comm") != "soffice.bin\n") continue;
        const std::string cmdline = proc_text(entry.path() / "cmdline");
        bool ours = false;
        for (std::size_t at = 0; at < cmdline.size(); at = cmdline.find('\0', at) + 1) {
            if (cmdline.compare(at, cmdline.find('\0', at) - at, user_installation_argument) == 0)
                ours = true;
            if (cmdline.find('\0', at) == std::string::npos) break;
        }
        if (!ours) continue;
        const std::string stat = proc_text(entry.path() / "stat");
        const auto close = stat.rfind(')');
        if (close == std::string::npos) continue;
        char state = 0;
        long ppid = 0;
        std::istringstream(stat.substr(close + 1)) >> state >> ppid;
        // A live wrapper (a dead one may linger a moment as a zombie: it counts as gone).
        const fs::path parent = fs::path("/proc") / std::to_string(ppid);
        const std::string parent_stat = proc_text(parent / "stat");
        const auto parent_close = parent_stat.rfind(')');
        const bool parent_zombie = parent_close != std::string::npos &&
                                   parent_close + 2 < parent_stat.size() &&
                                   parent_stat[parent_close + 2] == 'Z';
        if (proc_text(parent / "comm") == "oosplash\n" && !parent_zombie) continue;
        orphans.push_back(pid_t(std::stol(name)));
    }
    for (const pid_t pid : orphans) {
        office_log("killing soffice.bin " + std::to_string(pid) +
                   " left on the persistent profile by a killed run");
        ::kill(pid, SIGKILL);
    }
    return !orphans.empty();
}

}  // namespace

std::string PersistentProfile::damage(const fs::path& directory, const fs::path& program) {
    std::error_code ec;
    if (!fs::exists(directory / kMarker, ec)) return "準備が済んでいません";
    if (read_text(directory / kMarker) != marker_text(program))
        return "別の soffice 用に作られています";
    if (std::string wrong = settings_damage(directory); !wrong.empty()) return wrong;
    if (const std::string version = product_version(program);
        !version.empty() &&
        read_text(settings_file(directory))
                .find(item_line({"/org.openoffice.Setup/Product", "ooSetupLastVersion",
                                 version.c_str()})) == std::string::npos)
        return "ooSetupLastVersion がありません";
    return {};
}

std::unique_ptr<PersistentProfile> PersistentProfile::take(const fs::path& cache_directory,
                                                           const fs::path& program,
                                                           std::string& why) {
    if (cache_directory.empty()) {
        why = "キャッシュディレクトリがありません ($XDG_CACHE_HOME も $HOME もありません)";
        return nullptr;
    }
    const fs::path office_dir = cache_directory / "office";
    std::error_code ec;
    fs::create_directories(office_dir, ec);
    if (ec) {
        why = office_dir.string() + " を作れません: " + ec.message();
        return nullptr;
    }
    fs::permissions(office_dir, fs::perms::owner_all, ec);
    const fs::path lock = office_dir / "lock";
    const int fd = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        why = lock.string() + " を開けません: " + std::strerror(errno);
        return nullptr;
    }
    const fs::path directory = office_dir / "profile";
    int locked = ::flock(fd, LOCK_EX | LOCK_NB);
    if (locked != 0 && errno == EWOULDBLOCK &&
        kill_orphaned_soffice("-env:UserInstallation=" + to_utf8(file_url(directory)))) {
        // The lock is free once the last thread of the killed soffice has closed its files
        // (a zombie leader may still have threads exiting): bounded wait for exactly that.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while ((locked = ::flock(fd, LOCK_EX | LOCK_NB)) != 0 && errno == EWOULDBLOCK &&
               std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (locked != 0) {
        why = errno == EWOULDBLOCK ? "ほかの実行が使っています"
                                   : std::string("ロックできません: ") + std::strerror(errno);
        ::close(fd);
        return nullptr;
    }
    std::unique_ptr<PersistentProfile> profile(new PersistentProfile);
    profile->lock_fd_ = fd;
    profile->directory_ = directory;
    profile->program_ = program;
    try {
        const std::string wrong = damage(profile->directory_, program);
        profile->was_prepared_ = wrong.empty();
        if (!wrong.empty() && fs::exists(profile->directory_, ec)) {
            office_log("profile " + profile->directory_.string() + ": " + wrong +
                       "; rebuilding it");
            fs::remove_all(profile->directory_);
        }
        profile->ready_for_start();
    } catch (const std::exception& e) {
        why = profile->directory_.string() + " を準備できません: " + e.what();
        return nullptr;
    }
    return profile;
}

PersistentProfile::~PersistentProfile() {
    if (lock_fd_ >= 0) ::close(lock_fd_);
}

void PersistentProfile::after_stop(bool clean) {
    const std::string wrong = settings_damage(directory_);
    if (!wrong.empty()) {
        office_log("profile " + directory_.string() + " after the stop: " + wrong +
                   "; removing it");
        discard();
        return;
    }
    if (!clean) return;
    std::error_code ec;
    const std::string marker = marker_text(program_);
    if (read_text(directory_ / kMarker) == marker) return;
    try {
        write_file_atomically(directory_ / kMarker, marker);
        office_log("profile " + directory_.string() + " prepared");
    } catch (const std::exception& e) {
        office_log(std::string("profile marker not written: ") + e.what());
    }
}

void PersistentProfile::ready_for_start() {
    if (settings_damage(directory_).empty()) return;
    fs::remove_all(directory_);
    seed(directory_, program_);
}

void PersistentProfile::discard() {
    std::error_code ignored;
    fs::remove_all(directory_, ignored);
    was_prepared_ = false;
}

}  // namespace apichecklist::office
