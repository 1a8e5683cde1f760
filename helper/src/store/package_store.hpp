#pragma once
// Installs and removes catalog packages under the user's data directory, atomically:
// a package is unpacked and fully checked in a staging directory next to the target,
// then swapped into place with one rename, so an interruption at any point leaves
// either the previous state or the new one, never a mixture.

#include <filesystem>
#include <string>

#include "apichecklist/catalog/catalog.hpp"
#include "unpack.hpp"

namespace apichecklist::store {

struct InstallResult {
    catalog::PackageInfo package;
    std::string previous_version;  // empty when the package was not installed before
};

class PackageStore {
public:
    PackageStore(std::filesystem::path builtin, std::filesystem::path root)
        : builtin_(std::move(builtin)), root_(std::move(root)) {}

    InstallResult install(const std::filesystem::path& source, bool allow_downgrade);
    // Removes the installed package with this package id, or the one providing this
    // checklist id; returns the package id.
    std::string remove(const std::string& id);

    const std::filesystem::path& root() const { return root_; }

private:
    std::filesystem::path staging_path(const char* kind) const;
    void remove_leftovers() const;

    std::filesystem::path builtin_;
    std::filesystem::path root_;
};

}  // namespace apichecklist::store
