#include "apichecklist/io/catalog_files.hpp"

#include <algorithm>
#include <memory>

#include "apichecklist/util/sha256.hpp"

namespace apichecklist::io {

namespace fs = std::filesystem;

bool PackageDirectory::exists() const { return fs::is_directory(directory_); }

std::optional<std::string> PackageDirectory::read(const std::string& name) const {
    try {
        return util::read_file(directory_ / name);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

namespace {

catalog::PackageSource::Kind kind_of(const fs::file_status& status) {
    using Kind = catalog::PackageSource::Kind;
    if (fs::is_symlink(status)) return Kind::Link;
    if (!fs::exists(status)) return Kind::Missing;
    if (fs::is_regular_file(status)) return Kind::Regular;
    if (fs::is_directory(status)) return Kind::Folder;
    return Kind::Other;
}

}  // namespace

catalog::PackageSource::Kind PackageDirectory::kind(const std::string& name) const {
    std::error_code error;
    return kind_of(fs::symlink_status(directory_ / name, error));
}

std::vector<catalog::PackageSource::Entry> PackageDirectory::entries() const {
    std::vector<Entry> out;
    std::error_code error;
    for (auto it = fs::recursive_directory_iterator(directory_, error);
         !error && it != fs::recursive_directory_iterator(); it.increment(error))
        out.push_back({it->path().lexically_relative(directory_).generic_string(),
                       kind_of(it->symlink_status())});
    if (error)
        throw catalog::CatalogError(directory_.string(), "",
                                    "cannot list the package: " + error.message());
    return out;
}

catalog::Catalog load_catalog(const fs::path& directory) {
    return catalog::load_catalog(PackageDirectory(directory));
}

catalog::Catalog load_catalogs(const fs::path& builtin, const fs::path& installed_root) {
    return load_catalogs_with(builtin, installed_root, {}, {});
}

catalog::Catalog load_catalogs_with(const fs::path& builtin, const fs::path& installed_root,
                                    const std::vector<fs::path>& extra,
                                    const std::vector<std::string>& skip) {
    std::vector<PackageDirectory> installed, more;
    for (const fs::path& dir : installed_package_directories(installed_root))
        if (std::find(skip.begin(), skip.end(), dir.filename().string()) == skip.end())
            installed.emplace_back(dir);
    for (const fs::path& dir : extra) more.emplace_back(dir);
    const auto pointers = [](const std::vector<PackageDirectory>& packages) {
        std::vector<const catalog::PackageSource*> out;
        for (const PackageDirectory& package : packages) out.push_back(&package);
        return out;
    };
    return catalog::load_catalogs(PackageDirectory(builtin), pointers(installed), pointers(more));
}

catalog::PackageInfo read_package_info(const fs::path& directory) {
    return catalog::read_package_info(PackageDirectory(directory));
}

catalog::PackageInfo check_package(const fs::path& builtin, const fs::path& directory,
                                   bool installed) {
    return catalog::check_package(PackageDirectory(builtin), PackageDirectory(directory),
                                  installed);
}

std::vector<fs::path> installed_package_directories(const fs::path& installed_root) {
    std::vector<fs::path> directories;
    std::error_code error;
    if (!fs::is_directory(installed_root, error)) return directories;
    for (const auto& entry : fs::directory_iterator(installed_root, error)) {
        const std::string name = entry.path().filename().string();
        // Dot-names are an install or removal in progress (or its leftovers).
        if (name.front() != '.' && entry.is_directory(error)) directories.push_back(entry.path());
    }
    std::sort(directories.begin(), directories.end());
    return directories;
}

}  // namespace apichecklist::io
