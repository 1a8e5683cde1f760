#pragma once
// Catalog packages read from their directories, for the core's loader
// (catalog/loader.hpp): the built-in package and the installed ones, each directory one
// package.

#include <filesystem>
#include <string>
#include <vector>

#include "apichecklist/catalog/loader.hpp"

namespace apichecklist::io {

// A package directory as a catalog::PackageSource.
class PackageDirectory : public catalog::PackageSource {
  public:
    explicit PackageDirectory(std::filesystem::path directory) : directory_(std::move(directory)) {}
    const std::filesystem::path& directory() const override { return directory_; }
    bool exists() const override;
    std::optional<std::string> read(const std::string& name) const override;
    Kind kind(const std::string& name) const override;
    std::vector<Entry> entries() const override;

  private:
    std::filesystem::path directory_;
};

// catalog::load_catalog of one package directory.
catalog::Catalog load_catalog(const std::filesystem::path& directory);

// catalog::load_catalogs of the built-in package and every package installed under
// `installed_root` (a directory of package directories; missing is fine).
catalog::Catalog load_catalogs(const std::filesystem::path& builtin,
                               const std::filesystem::path& installed_root);

// As load_catalogs, with `extra` package directories added and the installed package
// directories named in `skip` left out: how an install or removal is checked before it
// is carried out.
catalog::Catalog load_catalogs_with(const std::filesystem::path& builtin,
                                    const std::filesystem::path& installed_root,
                                    const std::vector<std::filesystem::path>& extra,
                                    const std::vector<std::string>& skip);

// catalog::read_package_info and catalog::check_package of package directories.
catalog::PackageInfo read_package_info(const std::filesystem::path& directory);
catalog::PackageInfo check_package(const std::filesystem::path& builtin,
                                   const std::filesystem::path& directory, bool installed);

// The package directories under `installed_root`, sorted; dot-names (an install or removal
// in progress) are left out.
std::vector<std::filesystem::path> installed_package_directories(
    const std::filesystem::path& installed_root);

}  // namespace apichecklist::io
