#pragma once
// Installs and removes catalog packages under the user's data directory, atomically:
// a package is unpacked and fully checked in a staging directory next to the target,
// then swapped into place with one rename, so an interruption at any point leaves
// either the previous state or the new one, never a mixture. A broken installed package
// never blocks its own removal or replacement.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"
#include "unpack.hpp"

namespace apichecklist::store {

struct InstallResult {
    catalog::PackageInfo package;
    std::string previous_version;  // empty when the package was not installed before
    std::string replaced_broken;   // the problem of the broken copy this install replaced
};

struct RemoveResult {
    std::string package;
    std::string was_broken;  // the problem of the removed package, when it was broken
};

// One package checked on its own (see io::check_package).
struct PackageHealth {
    std::string name;  // package id, or the directory name when the manifest is unusable
    std::filesystem::path directory;
    bool builtin = false;
    std::optional<catalog::PackageInfo> info;  // empty: broken
    std::string problem;
};

class PackageStore {
  public:
    PackageStore(std::filesystem::path builtin, std::filesystem::path root)
        : builtin_(std::move(builtin)), root_(std::move(root)) {}

    InstallResult install(const std::filesystem::path& source, bool allow_downgrade);
    // Removes the installed package with this package id, or the one providing this
    // checklist id.
    RemoveResult remove(const std::string& id);
    // The built-in package and every installed one, each checked on its own.
    std::vector<PackageHealth> check_each() const;

    const std::filesystem::path& root() const { return root_; }

  private:
    std::filesystem::path staging_path(const char* kind) const;
    void remove_leftovers() const;
    std::optional<std::filesystem::path> installed_directory(const std::string& id) const;

    std::filesystem::path builtin_;
    std::filesystem::path root_;
};

}  // namespace apichecklist::store
