#include "package_store.hpp"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <random>
#include <regex>

#include "../context.hpp"
#include "apichecklist/catalog/loader.hpp"

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
        throw PackageError(tr("入れ替えられません: ", "cannot swap: ") + a.string() + " / " + b.string() + ": " + std::strerror(errno));
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

void check_package_id(const std::string& id) {
    static const std::regex kValid("^[a-z0-9][a-z0-9.-]*$");
    if (!std::regex_match(id, kValid))
        throw PackageError(tr("manifest.json のパッケージ ID が不正です（英小文字・数字・. と - のみ）: ", "invalid package id in manifest.json (lower-case letters, digits, . and -): ") + id);
}

}  // namespace

fs::path PackageStore::staging_path(const char* kind) const {
    std::random_device random;
    return root_ / ("." + std::string(kind) + "-" + std::to_string(getpid()) + "-" + std::to_string(random()));
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

InstallResult PackageStore::install(const fs::path& source, bool allow_downgrade) {
    fs::create_directories(root_);
    remove_leftovers();
    StagingGuard staging(staging_path("staging"));
    unpack_package(source, staging.path());
    fault_point("unpacked");

    catalog::PackageInfo info = catalog::read_package_info(staging.path());
    check_package_id(info.id);
    const catalog::PackageInfo builtin = catalog::read_package_info(builtin_);
    if (info.id == builtin.id && catalog::compare_versions(info.version, builtin.version) < 0 && !allow_downgrade)
        throw PackageError(info.id + " " + info.version + tr(" は組み込みの版 ", " is older than the built-in ") +
                           builtin.version + tr(" より古い版です（入れるには --allow-downgrade）", " (use --allow-downgrade to install it anyway)"));
    const fs::path target = root_ / info.id;
    InstallResult result{info, {}};
    if (fs::exists(target / "manifest.json")) {
        result.previous_version = catalog::read_package_info(target).version;
        if (catalog::compare_versions(info.version, result.previous_version) < 0 && !allow_downgrade)
            throw PackageError(info.id + " " + info.version + tr(" はインストール済みの版 ", " is older than the installed ") +
                               result.previous_version + tr(" より古い版です（入れるには --allow-downgrade）", " (use --allow-downgrade to install it anyway)"));
    }
    // Hashes, structure and references, together with everything that stays installed.
    catalog::load_catalogs_with(builtin_, root_, {staging.path()}, {info.id});
    fault_point("verified");

    if (fs::exists(target)) {
        exchange(staging.path(), target);
        fault_point("swapped");
    } else {
        fs::rename(staging.path(), target);
    }
    result.package.directory = target;
    return result;
}

std::string PackageStore::remove(const std::string& id) {
    const catalog::Catalog all = catalog::load_catalogs(builtin_, root_);
    const catalog::PackageInfo* found = nullptr;
    for (const catalog::PackageInfo& package : all.packages)
        if (package.id == id || std::find(package.checklists.begin(), package.checklists.end(), id) !=
                                    package.checklists.end())
            found = &package;
    if (!found) throw PackageError(tr("インストールされたパッケージ・チェックリストがありません: ", "no installed package or checklist: ") + id);
    if (found->builtin)
        throw PackageError(id + tr(" は組み込みカタログの一部なので削除できません", " is part of the built-in catalog and cannot be removed"));
    const std::string package_id = found->id;
    const fs::path target = found->directory;
    // Refuse a removal that would leave another package's mapping pointing nowhere.
    catalog::load_catalogs_with(builtin_, root_, {}, {target.filename().string()});
    const fs::path doomed = staging_path("removing");
    fs::rename(target, doomed);
    fs::remove_all(doomed);
    return package_id;
}

}  // namespace apichecklist::store
