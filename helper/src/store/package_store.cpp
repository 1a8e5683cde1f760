#include "package_store.hpp"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <random>

#include "../context.hpp"
#include "apichecklist/io/catalog_files.hpp"

namespace apichecklist::store {

using cli::tr;
namespace fs = std::filesystem;

namespace {

// Tests kill the process between two steps to prove that the previous state survives:
// APICHECKLIST_FAULT_AT=unpacked|verified|swapped.
void fault_point(const char* step) {
    const char* wanted = std::getenv("APICHECKLIST_FAULT_AT");
    if (wanted && std::strcmp(wanted, step) == 0) raise(SIGKILL);
}

void exchange(const fs::path& a, const fs::path& b) {
    if (renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) != 0)
        throw PackageError(tr("入れ替えられません: ", "cannot swap: ") + a.string() + " / " +
                           b.string() + ": " + std::strerror(errno));
}

class StagingGuard {
  public:
    explicit StagingGuard(fs::path path) : path_(std::move(path)) {}
    ~StagingGuard() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    const fs::path& path() const { return path_; }

  private:
    fs::path path_;
};

// A package id names a directory: far below NAME_MAX, and long enough for any real id.
constexpr std::size_t kMaxPackageIdLength = 128;

void check_package_id(const std::string& id) {
    if (id.size() > kMaxPackageIdLength)
        throw PackageError(tr("manifest.json のパッケージ ID が長すぎます (",
                              "the package id in manifest.json is too long (") +
                           std::to_string(id.size()) + tr(" 文字、最大 ", " characters, at most ") +
                           std::to_string(kMaxPackageIdLength) + tr(" 文字)", ")"));
}

}  // namespace

fs::path PackageStore::staging_path(const char* kind) const {
    std::random_device random;
    return root_ / ("." + std::string(kind) + "-" + std::to_string(getpid()) + "-" +
                    std::to_string(random()));
}

void PackageStore::remove_leftovers() const {
    for (const auto& entry : fs::directory_iterator(root_)) {
        const std::string name = entry.path().filename().string();
        // Leftovers of an interrupted run hold either an unfinished copy or the old
        // version already swapped out; the live package is never a dot-name.
        if (name.starts_with(".staging-") || name.starts_with(".removing-")) {
            std::error_code ignored;
            fs::remove_all(entry.path(), ignored);
        }
    }
}

std::optional<fs::path> PackageStore::installed_directory(const std::string& id) const {
    if (id.empty() || id.size() > kMaxPackageIdLength || id.front() == '.' ||
        id.find('/') != std::string::npos)
        return std::nullopt;
    std::error_code error;
    const fs::path directory = root_ / id;
    if (fs::is_directory(fs::symlink_status(directory, error))) return directory;
    return std::nullopt;
}

InstallResult PackageStore::install(const fs::path& source, bool allow_downgrade) {
    fs::create_directories(root_);
    remove_leftovers();
    StagingGuard staging(staging_path("staging"));
    unpack_package(source, staging.path());
    fault_point("unpacked");

    // The package on its own first: its manifest against the schema and against its files.
    // Messages name the user's package, not the staging directory it was unpacked into.
    const auto as_the_users = [&](const catalog::CatalogError& e) {
        const std::string hidden = staging.path().filename().string();
        const std::string shown = source.filename().empty()
                                      ? source.parent_path().filename().string()
                                      : source.filename().string();
        const auto renamed = [&](std::string text) {
            for (std::size_t at = 0; (at = text.find(hidden, at)) != std::string::npos;
                 at += shown.size())
                text.replace(at, hidden.size(), shown);
            return text;
        };
        const std::string prefix =
            e.file() + (e.pointer().empty() ? "" : ": " + e.pointer()) + ": ";
        const std::string what = e.what();
        const std::string problem = what.rfind(prefix, 0) == 0 ? what.substr(prefix.size()) : what;
        return catalog::CatalogError(renamed(e.file()), e.pointer(), renamed(problem))
            .in_package(e.package());
    };
    catalog::PackageInfo info;
    try {
        info = io::check_package(builtin_, staging.path(), /*installed=*/false);
    } catch (const catalog::CatalogError& e) {
        throw as_the_users(e);
    }
    check_package_id(info.id);
    const catalog::PackageInfo builtin = io::read_package_info(builtin_);
    if (info.id == builtin.id && catalog::compare_versions(info.version, builtin.version) < 0 &&
        !allow_downgrade)
        throw PackageError(info.id + " " + info.version +
                           tr(" は組み込みの版 ", " is older than the built-in ") +
                           builtin.version +
                           tr(" より古い版です（入れるには --allow-downgrade）",
                              " (use --allow-downgrade to install it anyway)"));
    const fs::path target = root_ / info.id;
    InstallResult result{info, {}, {}};
    std::error_code error;
    if (fs::exists(fs::symlink_status(target, error))) {
        // A broken copy is replaced whatever its version: there is nothing to downgrade.
        try {
            result.previous_version =
                io::check_package(builtin_, target, /*installed=*/true).version;
        } catch (const catalog::CatalogError& e) {
            result.replaced_broken = e.what();
        }
        if (!result.previous_version.empty() &&
            catalog::compare_versions(info.version, result.previous_version) < 0 &&
            !allow_downgrade)
            throw PackageError(info.id + " " + info.version +
                               tr(" はインストール済みの版 ", " is older than the installed ") +
                               result.previous_version +
                               tr(" より古い版です（入れるには --allow-downgrade）",
                                  " (use --allow-downgrade to install it anyway)"));
    }
    // Hashes, structure and references, together with everything that stays installed.
    try {
        io::load_catalogs_with(builtin_, root_, {staging.path()}, {info.id});
    } catch (const catalog::CatalogError& e) {
        throw as_the_users(e);
    }
    fault_point("verified");

    if (fs::exists(fs::symlink_status(target, error))) {
        exchange(staging.path(), target);
        fault_point("swapped");
    } else {
        fs::rename(staging.path(), target);
    }
    result.package.directory = target;
    return result;
}

RemoveResult PackageStore::remove(const std::string& id) {
    std::optional<catalog::Catalog> all;
    std::optional<catalog::CatalogError> broken;
    try {
        all = io::load_catalogs(builtin_, root_);
    } catch (const catalog::CatalogError& e) {
        broken = e;
    }
    RemoveResult result;
    fs::path target;
    if (all) {
        const catalog::PackageInfo* found = nullptr;
        for (const catalog::PackageInfo& package : all->packages)
            if (package.id == id || std::find(package.checklists.begin(), package.checklists.end(),
                                              id) != package.checklists.end())
                found = &package;
        if (!found)
            throw PackageError(tr("インストールされたパッケージ・チェックリストがありません: ",
                                  "no installed package or checklist: ") +
                               id);
        if (found->builtin)
            throw PackageError(id + tr(" は組み込みカタログの一部なので削除できません",
                                       " is part of the built-in catalog and cannot be removed"));
        result.package = found->id;
        target = found->directory;
        // Refuse a removal that would leave another package's mapping pointing nowhere.
        io::load_catalogs_with(builtin_, root_, {}, {target.filename().string()});
    } else {
        // The catalog does not load: the package is found by its directory, whatever its
        // manifest says, and removing it cannot break a catalog that works.
        const auto directory = installed_directory(id);
        if (!directory)
            throw PackageError(
                tr("インストールされたパッケージがありません: ", "no installed package: ") + id +
                (broken->package().empty()
                     ? std::string()
                     : tr("（壊れているのはパッケージ ", " (the broken package is ") +
                           broken->package() + tr(" です）", ")")));
        target = *directory;
        result.package = id;
        try {
            io::check_package(builtin_, target, /*installed=*/true);
        } catch (const catalog::CatalogError& e) {
            result.was_broken = e.what();
        }
    }
    const fs::path doomed = staging_path("removing");
    fs::rename(target, doomed);
    fs::remove_all(doomed);
    return result;
}

std::vector<PackageHealth> PackageStore::check_each() const {
    std::vector<PackageHealth> out;
    PackageHealth builtin{builtin_.filename().string(), builtin_, true, {}, {}};
    try {
        builtin.info = io::load_catalog(builtin_).packages.front();
        builtin.name = builtin.info->id;
    } catch (const catalog::CatalogError& e) {
        builtin.problem = e.what();
    }
    out.push_back(std::move(builtin));
    for (const fs::path& directory : io::installed_package_directories(root_)) {
        PackageHealth health{directory.filename().string(), directory, false, {}, {}};
        try {
            health.info = io::check_package(builtin_, directory, /*installed=*/true);
        } catch (const catalog::CatalogError& e) {
            health.problem = e.what();
        }
        out.push_back(std::move(health));
    }
    return out;
}

}  // namespace apichecklist::store
