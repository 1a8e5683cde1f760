#include "apichecklist/io/output_file.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>

#include "apichecklist/io/file_kind.hpp"

namespace apichecklist::io {

namespace fs = std::filesystem;

OutputError::OutputError(fs::path target, std::string message_ja, std::string message_en)
    : std::runtime_error(target.string() + ": " + message_en),
      target_(std::move(target)),
      message_ja_(std::move(message_ja)),
      message_en_(std::move(message_en)) {}

namespace {

[[noreturn]] void refuse(const fs::path& target, const std::string& ja, const std::string& en) {
    throw OutputError(target, target.string() + ": " + ja, target.string() + ": " + en);
}

[[noreturn]] void refuse_errno(const fs::path& target, int error, const char* ja, const char* en) {
    const std::string reason = std::strerror(error);
    if (error == ENAMETOOLONG)
        refuse(target, "ファイル名が長すぎます。短い名前を指定してください",
               "the file name is too long; give a shorter one");
    if (error == EACCES || error == EPERM || error == EROFS)
        refuse(target, std::string(ja) + "。書き込む権限がありません (" + reason + ")",
               std::string(en) + ": no permission to write there (" + reason + ")");
    refuse(target, std::string(ja) + " (" + reason + ")", std::string(en) + " (" + reason + ")");
}

fs::path directory_of(const fs::path& target) {
    return target.parent_path().empty() ? fs::path(".") : target.parent_path();
}

// Removes the temporary file unless it was moved into place.
class TempFile {
  public:
    explicit TempFile(const fs::path& target) {
        std::random_device random;
        const fs::path directory = directory_of(target);
        for (int attempt = 0; attempt < 100; ++attempt) {
            path_ = directory / (".~apichecklist-" + std::to_string(::getpid()) + "-" +
                                 std::to_string(random()) + ".tmp");
            fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (fd_ >= 0 || errno != EEXIST) break;
        }
        if (fd_ < 0)
            refuse_errno(target, errno, "一時ファイルを作れません",
                         "cannot create a temporary file beside it");
    }
    ~TempFile() {
        if (fd_ >= 0) ::close(fd_);
        if (!path_.empty()) ::unlink(path_.c_str());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    int fd() const { return fd_; }
    const fs::path& path() const { return path_; }
    int close() {
        const int result = ::close(fd_);
        fd_ = -1;
        return result;
    }
    void release() { path_.clear(); }

  private:
    fs::path path_;
    int fd_ = -1;
};

}  // namespace

void check_replaceable(const fs::path& target) {
    if (!target.has_filename()) refuse(target, "ファイル名がありません", "no file name given");
    std::error_code error;
    const fs::path directory = directory_of(target);
    if (!fs::is_directory(directory, error))
        refuse(target,
               "出力先のディレクトリがありません (" + directory.string() + ")。先に作ってください",
               "the output directory does not exist (" + directory.string() + "); create it first");
    const fs::file_status status = fs::symlink_status(target, error);
    if (error && error != std::errc::no_such_file_or_directory)
        refuse_errno(target, error.value(), "出力先を調べられません", "cannot examine the output");
    const fs::file_type type = status.type();
    if (type == fs::file_type::not_found || type == fs::file_type::regular) return;
    const auto [ja, en] = file_kind_name(type);
    refuse(target,
           std::string("出力先は") + ja +
               "です。通常のファイルしか置き換えません。-o に別のファイル名を指定してください",
           std::string("the output is ") + en +
               "; only a regular file is ever replaced: give -o another file name");
}

fs::path resolve_output(const fs::path& requested, const fs::path& default_name,
                        const std::vector<fs::path>& inputs) {
    if (requested.empty()) refuse(requested, "出力先が空です", "the output name is empty");
    fs::path target = requested;
    std::error_code error;
    fs::file_status status = fs::status(target, error);
    // "out/" names a directory even before it exists.
    if (fs::is_directory(status) || !target.has_filename()) {
        if (!fs::is_directory(status))
            refuse(target, "出力先のディレクトリがありません。先に作ってください",
                   "the output directory does not exist; create it first");
        if (default_name.empty())
            refuse(target, "ディレクトリです。-o にファイル名を指定してください",
                   "is a directory; give -o a file name");
        target /= default_name;
        status = fs::status(target, error);
    }
    if (fs::is_symlink(fs::symlink_status(target, error))) {
        if (!fs::exists(status))
            refuse(target,
                   "リンク先がないシンボリックリンクです。-o に別のファイル名を指定してください",
                   "is a dangling symbolic link; give -o another file name");
        target = fs::canonical(target, error);
        if (error)
            refuse_errno(requested, error.value(), "リンクをたどれません",
                         "cannot follow the link");
    }
    check_replaceable(target);
    for (const fs::path& input : inputs)
        if (fs::equivalent(target, input, error))
            refuse(target,
                   "出力先が入力ファイルと同じです。入力は書き換えません。-o "
                   "に別の名前を指定してください",
                   "the output is the input file; the input is never overwritten, give -o another "
                   "name");
    return target;
}

void move_into_place(const fs::path& temp, const fs::path& target, Replace replace) {
    check_replaceable(target);
    if (replace == Replace::Yes) {
        if (::rename(temp.c_str(), target.c_str()) != 0)
            refuse_errno(target, errno, "置き換えられません", "cannot put the file in place");
        return;
    }
    if (::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) == 0)
        return;
    int error = errno;
    // File systems without RENAME_NOREPLACE: a hard link fails the same way on an existing name.
    if (error == EINVAL || error == ENOSYS) {
        if (::link(temp.c_str(), target.c_str()) == 0) {
            ::unlink(temp.c_str());
            return;
        }
        error = errno;
    }
    if (error == EEXIST)
        refuse(target, "出力ファイルがすでにあります。上書きしませんでした",
               "the output file exists; it was not overwritten");
    refuse_errno(target, error, "出力ファイルを作れません", "cannot create the output");
}

void write_file_atomically(const fs::path& target, std::string_view content) {
    check_replaceable(target);
    TempFile temp(target);
    struct stat existing {};
    if (::stat(target.c_str(), &existing) == 0) ::fchmod(temp.fd(), existing.st_mode & 0777);
    for (std::size_t written = 0; written < content.size();) {
        const ssize_t n = ::write(temp.fd(), content.data() + written, content.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) refuse_errno(target, errno, "書き込めません", "cannot write");
        written += std::size_t(n);
    }
    if (::fsync(temp.fd()) != 0 || temp.close() != 0)
        refuse_errno(target, errno, "書き込めません", "cannot write");
    move_into_place(temp.path(), target);
    temp.release();
}

}  // namespace apichecklist::io
