#include "unpack.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <fstream>
#include <memory>
#include <vector>

#include "../context.hpp"
#include "apichecklist/io/file_kind.hpp"

namespace apichecklist::store {

using cli::english;
using cli::tr;
namespace fs = std::filesystem;

namespace {

// A relative path with no "..", no absolute part and no empty names.
bool safe_relative(const fs::path& path) {
    if (path.empty() || path.is_absolute()) return false;
    for (const fs::path& part : path)
        if (part == "..") return false;
    return true;
}

class Budget {
  public:
    explicit Budget(const UnpackLimits& limits) : limits_(limits) {}
    void add_file(const std::string& name) {
        if (++files_ > limits_.max_files)
            throw PackageError(tr("パッケージのファイルが多すぎます（上限 ",
                                  "too many files in the package (more than ") +
                               std::to_string(limits_.max_files) + "): " + name);
    }
    void add_bytes(std::uint64_t bytes, const std::string& name) {
        bytes_ += bytes;
        if (bytes_ > limits_.max_total_bytes)
            throw PackageError(tr("展開後のサイズが上限を超えます: ",
                                  "the package unpacks to more than the limit: ") +
                               std::to_string(limits_.max_total_bytes >> 20) + " MiB (" + name +
                               ")");
    }

  private:
    const UnpackLimits& limits_;
    std::size_t files_ = 0;
    std::uint64_t bytes_ = 0;
};

void copy_directory(const fs::path& source, const fs::path& destination, Budget& budget) {
    for (auto it = fs::recursive_directory_iterator(source);
         it != fs::recursive_directory_iterator(); ++it) {
        const fs::path relative = fs::relative(it->path(), source);
        if (it->is_symlink())
            throw PackageError(tr("パッケージにシンボリックリンクがあります: ",
                                  "the package contains a symbolic link: ") +
                               relative.string());
        if (it->is_directory()) {
            fs::create_directories(destination / relative);
        } else if (it->is_regular_file()) {
            budget.add_file(relative.string());
            budget.add_bytes(it->file_size(), relative.string());
            fs::copy_file(it->path(), destination / relative);
        } else {
            throw PackageError(tr("パッケージにファイル以外のものがあります: ",
                                  "the package contains something that is not a file: ") +
                               relative.string());
        }
    }
}

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

void extract_entry_data(archive* reader, const fs::path& target, const std::string& name,
                        Budget& budget) {
    std::ofstream out(target, std::ios::binary);
    if (!out) throw PackageError(tr("書き込めません: ", "cannot write ") + target.string());
    std::vector<char> buffer(64 * 1024);
    for (;;) {
        const la_ssize_t n = archive_read_data(reader, buffer.data(), buffer.size());
        if (n < 0)
            throw PackageError(tr("アーカイブが壊れています: ", "damaged archive: ") + name + ": " +
                               archive_error_string(reader));
        if (n == 0) break;
        // Counted while reading, so a zip bomb is refused after the limit, not after inflating.
        budget.add_bytes(std::uint64_t(n), name);
        out.write(buffer.data(), n);
    }
}

void extract_archive(const fs::path& source, const fs::path& destination, Budget& budget) {
    ArchivePtr reader(archive_read_new(), &archive_read_free);
    archive_read_support_filter_all(reader.get());
    archive_read_support_format_tar(reader.get());
    archive_read_support_format_zip(reader.get());
    if (archive_read_open_filename(reader.get(), source.c_str(), 64 * 1024) != ARCHIVE_OK)
        throw PackageError(
            std::string(
                tr("パッケージとして読めないファイルです（.tar / .tar.gz / .zip "
                   "またはディレクトリを指定してください）: ",
                   "not a readable package archive (.tar, .tar.gz, .zip or a directory): ")) +
            archive_error_string(reader.get()));
    archive_entry* entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF) break;
        if (status != ARCHIVE_OK)
            throw PackageError(std::string(tr("アーカイブが壊れています: ", "damaged archive: ")) +
                               archive_error_string(reader.get()));
        const std::string name = archive_entry_pathname(entry);
        const fs::path relative = fs::path(name).lexically_normal();
        if (!safe_relative(relative))
            throw PackageError(
                tr("パッケージに安全でないパスがあります: ", "unsafe path in the package: ") +
                name);
        const auto type = archive_entry_filetype(entry);
        if (type == AE_IFDIR) {
            fs::create_directories(destination / relative);
            continue;
        }
        if (type != AE_IFREG)
            throw PackageError(tr("パッケージにファイル以外のものがあります: ",
                                  "the package contains something that is not a file: ") +
                               name);
        budget.add_file(name);
        fs::create_directories((destination / relative).parent_path());
        extract_entry_data(reader.get(), destination / relative, name, budget);
    }
}

// Archives are often made of a folder: use it as the package root.
void strip_single_top_folder(const fs::path& destination) {
    if (fs::exists(destination / "manifest.json")) return;
    std::vector<fs::path> entries;
    for (const auto& e : fs::directory_iterator(destination)) entries.push_back(e.path());
    if (entries.size() != 1 || !fs::is_directory(entries[0]) ||
        !fs::exists(entries[0] / "manifest.json"))
        throw PackageError(tr("パッケージの最上位に manifest.json がありません",
                              "manifest.json not found at the top of the package"));
    const fs::path inner = destination.string() + ".inner";
    fs::rename(entries[0], inner);
    fs::remove(destination);
    fs::rename(inner, destination);
}

}  // namespace

void unpack_package(const fs::path& source, const fs::path& destination,
                    const UnpackLimits& limits) {
    Budget budget(limits);
    fs::create_directories(destination);
    std::error_code error;
    const fs::file_status status = fs::status(source, error);
    if (fs::is_directory(status)) {
        copy_directory(source, destination, budget);
    } else if (fs::is_regular_file(status)) {
        extract_archive(source, destination, budget);
    } else if (error && error != std::errc::no_such_file_or_directory) {
        throw PackageError(tr("パッケージを調べられません: ", "cannot examine the package: ") +
                           error.message());
    } else if (!fs::exists(status)) {
        throw PackageError(
            tr("ファイルまたはディレクトリがありません", "no such file or directory"));
    } else {
        const io::FileKindName kind = io::file_kind_name(status.type());
        throw PackageError(
            english() ? std::string("this is ") + kind.en +
                            "; a package is a directory or a .tar, .tar.gz or .zip file"
                      : std::string(kind.ja) +
                            "です。パッケージはディレクトリか .tar / .tar.gz / .zip ファイルです");
    }
    strip_single_top_folder(destination);
}

}  // namespace apichecklist::store
