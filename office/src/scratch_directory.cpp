#include "apichecklist/office/scratch_directory.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <string>
#include <string_view>

#include "signal_cleanup.hpp"

namespace apichecklist::office {

ScratchDirectory::ScratchDirectory(std::filesystem::path path) : path_(std::move(path)) {
    std::filesystem::create_directories(path_);
    token_ = clean_up_on_signal(0, path_);
}

ScratchDirectory::~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
    forget_on_signal(token_);
}

namespace {

// The PID that starts `rest` ("1234-abc" or "1234"), or 0.
long leading_pid(std::string_view rest) {
    long pid = 0;
    std::size_t i = 0;
    for (; i < rest.size() && std::isdigit(static_cast<unsigned char>(rest[i])) && i < 10; ++i)
        pid = pid * 10 + (rest[i] - '0');
    return i > 0 && (i == rest.size() || rest[i] == '-') ? pid : 0;
}

// An entry named PREFIX + PID… of this user whose process is gone.
bool is_stale(const std::filesystem::directory_entry& entry, std::string_view prefix) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0) return false;
    const long pid = leading_pid(std::string_view(name).substr(prefix.size()));
    if (pid <= 0 || pid == ::getpid()) return false;
    struct stat st {};
    if (::lstat(entry.path().c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::getuid())
        return false;
    std::error_code ec;
    return !std::filesystem::exists("/proc/" + std::to_string(pid), ec) && !ec;
}

void remove_stale(const std::filesystem::path& directory,
                  std::initializer_list<std::string_view> prefixes) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(directory, ec))
        for (const std::string_view prefix : prefixes)
            if (is_stale(entry, prefix)) {
                std::error_code ignored;
                std::filesystem::remove_all(entry.path(), ignored);
            }
}

}  // namespace

std::filesystem::path staging_path_beside(const std::filesystem::path& target) {
    const std::filesystem::path directory =
        target.parent_path().empty() ? std::filesystem::current_path() : target.parent_path();
    const std::string prefix = "." + target.filename().string() + ".tmp-";
    remove_stale(directory, {prefix});
    return directory / (prefix + std::to_string(::getpid()));
}

void remove_stale_scratch(const std::filesystem::path& directory) {
    remove_stale(directory, {"apichecklist-office-", "apichecklist-migrate-"});
}

}  // namespace apichecklist::office
