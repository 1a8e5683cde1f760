#pragma once
// Reads catalog/ from disk and checks it: manifest hashes, the structure of every
// file and referential integrity. Any problem is a CatalogError naming the file
// and the JSON pointer of the offending value.

#include <filesystem>
#include <stdexcept>
#include <string>

#include "apichecklist/catalog/catalog.hpp"

namespace apichecklist::catalog {

class CatalogError : public std::runtime_error {
  public:
    CatalogError(std::string file, std::string pointer, const std::string& problem);
    const std::string& file() const { return file_; }
    const std::string& pointer() const { return pointer_; }
    // The installed package (its directory name) that is broken on its own; empty for the
    // built-in catalog and for a conflict between packages.
    const std::string& package() const { return package_; }
    CatalogError in_package(std::string package) const;

  private:
    std::string file_;
    std::string pointer_;
    std::string package_;
};

// Every manifest is first checked against the helper's own manifest schema (the built-in
// catalog's schemas/manifest.schema.json), then against the package's files: listed paths
// inside the package and regular files, each checklist and mapping entry naming the file
// that holds it; an installed package holds nothing else (no extra file, no link).

// One package directory, checked on its own.
Catalog load_catalog(const std::filesystem::path& directory);

// The built-in package plus every package installed under `installed_root` (a
// directory of package directories; missing is fine), checked together so that a
// package may map to checklists of another. An installed package with the built-in's
// package id and a version at least as high replaces the built-in.
Catalog load_catalogs(const std::filesystem::path& builtin,
                      const std::filesystem::path& installed_root);

// As load_catalogs, with `extra` package directories added and the installed package
// directories named in `skip` left out: how an install or removal is checked before it
// is carried out.
Catalog load_catalogs_with(const std::filesystem::path& builtin,
                           const std::filesystem::path& installed_root,
                           const std::vector<std::filesystem::path>& extra,
                           const std::vector<std::string>& skip);

// The manifest's package id and version, without reading the other files.
PackageInfo read_package_info(const std::filesystem::path& directory);

// The package directories under `installed_root`, sorted; dot-names (an install or removal
// in progress) are left out.
std::vector<std::filesystem::path> installed_package_directories(
    const std::filesystem::path& installed_root);

// One package on its own, checked as load_catalogs checks it (schema, manifest against its
// files, hashes, structure) except for references into other packages. `installed`: it
// lives under the installed root, so its directory is named by its id.
PackageInfo check_package(const std::filesystem::path& builtin,
                          const std::filesystem::path& directory, bool installed);

// Compares dotted version numbers ("2026.11.1"): negative, zero or positive.
int compare_versions(const std::string& a, const std::string& b);

// Where the helper looks when no directory is given: $APICHECKLIST_CATALOG, then the
// installed copy, then the source tree the binary was built from.
std::filesystem::path default_catalog_directory();

// Where installed packages live: $APICHECKLIST_DATA_HOME/catalogs, else
// $XDG_DATA_HOME/apichecklist/catalogs, else ~/.local/share/apichecklist/catalogs.
std::filesystem::path installed_catalogs_root();

}  // namespace apichecklist::catalog
