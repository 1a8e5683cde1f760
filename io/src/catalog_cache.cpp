#include "apichecklist/io/catalog_cache.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iterator>
#include <vector>

#include "apichecklist/catalog/binary.hpp"
#include "apichecklist/io/cache_directory.hpp"
#include "apichecklist/io/catalog_files.hpp"

namespace apichecklist::io {

namespace fs = std::filesystem;

namespace {

constexpr const char* kFormat = "apichecklist catalog cache 1\n";

std::int64_t nanoseconds(const timespec& t) {
    return std::int64_t(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

struct Key {
    std::string text;
    std::int64_t newest = 0;  // the latest modification time of a catalog file or folder
};

void add_entry(Key& key, const std::string& name, const struct stat& s, bool catalog = true) {
    key.text += name + '\t' + std::to_string(s.st_mode) + '\t' + std::to_string(s.st_size) + '\t' +
                std::to_string(s.st_dev) + ':' + std::to_string(s.st_ino) + '\t' +
                std::to_string(nanoseconds(s.st_mtim)) + '\t' +
                std::to_string(nanoseconds(s.st_ctim)) + '\n';
    if (catalog) key.newest = std::max(key.newest, nanoseconds(s.st_mtim));
}

// Everything under `root` (without following links), in a fixed order; false when a part
// cannot be listed (then nothing is cached).
bool add_tree(Key& key, const fs::path& root, const std::string& shown) {
    struct stat s {};
    if (::lstat(root.c_str(), &s) != 0) {
        key.text += shown + "\tmissing\n";
        return true;
    }
    add_entry(key, shown, s);
    if (!S_ISDIR(s.st_mode)) return true;
    std::vector<fs::path> children;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(root, error)) children.push_back(entry.path());
    if (error) return false;
    std::sort(children.begin(), children.end());
    for (const fs::path& child : children)
        if (!add_tree(key, child, shown + '/' + child.filename().string())) return false;
    return true;
}

// The program's file, the mode and the catalog trees; nullopt when one cannot be read.
std::optional<Key> make_key(const std::string& mode, const std::vector<fs::path>& roots) {
    Key key;
    key.text = kFormat + mode + '\n';
    std::error_code error;
    const fs::path program = fs::read_symlink("/proc/self/exe", error);
    struct stat s {};
    if (error || ::stat(program.c_str(), &s) != 0) return std::nullopt;
    add_entry(key, program.string(), s, /*catalog=*/false);
    for (const fs::path& root : roots) {
        const fs::path absolute = fs::absolute(root, error);
        if (error || !add_tree(key, absolute, absolute.string())) return std::nullopt;
    }
    return key;
}

// One file per program, mode and catalog location (FNV-1a of them), so that two builds or
// two catalogs used in turn do not push each other out.
fs::path cache_file(const std::string& mode, const std::vector<fs::path>& roots) {
    const fs::path directory = default_cache_directory();
    if (directory.empty()) return {};
    std::error_code error;
    std::string where = fs::read_symlink("/proc/self/exe", error).string() + '\n' + mode;
    for (const fs::path& root : roots) where += '\n' + fs::absolute(root, error).string();
    std::uint64_t hash = 14695981039346656037u;
    for (unsigned char c : where) hash = (hash ^ c) * 1099511628211u;
    char name[40];
    std::snprintf(name, sizeof name, "catalog-%016llx.bin", static_cast<unsigned long long>(hash));
    return directory / name;
}

std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_beside_then_rename(const fs::path& path, const std::string& bytes) {
    std::error_code error;
    fs::create_directories(path.parent_path(), error);
    const fs::path partial = path.string() + "." + std::to_string(::getpid()) + ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), std::streamsize(bytes.size()));
        if (!out.flush()) {
            fs::remove(partial, error);
            return;
        }
    }
    fs::rename(partial, path, error);
    if (error) fs::remove(partial, error);
}

catalog::Catalog cached(const std::string& mode, const std::vector<fs::path>& roots,
                        const std::function<catalog::Catalog()>& load) {
    const std::optional<Key> key = make_key(mode, roots);
    const fs::path file = key ? cache_file(mode, roots) : fs::path();
    if (file.empty()) return load();
    const std::string key_header = std::to_string(key->text.size()) + '\n' + key->text;
    const std::string bytes = read_all(file);
    if (bytes.compare(0, key_header.size(), key_header) == 0)
        if (std::optional<catalog::Catalog> hit =
                catalog::decode_catalog(std::string_view(bytes).substr(key_header.size())))
            return std::move(*hit);
    catalog::Catalog loaded = load();
    // A file written within the last seconds may be written again without its times moving
    // (they tick coarser than writes come): such a load is not kept. An older modification
    // time is safe: the next write sets it to the time of that write.
    const std::int64_t now = nanoseconds(
        timespec{std::chrono::system_clock::to_time_t(std::chrono::system_clock::now()), 0});
    if (key->newest < now - 2'000'000'000)
        write_beside_then_rename(file, key_header + catalog::encode_catalog(loaded));
    return loaded;
}

}  // namespace

catalog::Catalog load_catalogs_cached(const fs::path& builtin, const fs::path& installed_root) {
    return cached("builtin and installed", {builtin, installed_root},
                  [&] { return io::load_catalogs(builtin, installed_root); });
}

catalog::Catalog load_catalog_cached(const fs::path& directory) {
    return cached("one package", {directory}, [&] { return io::load_catalog(directory); });
}

}  // namespace apichecklist::io
