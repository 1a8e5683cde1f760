#pragma once
// Builds the catalog from its packages' files and checks it: manifest hashes, the structure
// of every file and referential integrity. Any problem is a CatalogError naming the file
// and the JSON pointer of the offending value. Where the packages are and how their files
// are read is not the core's business: a front-end hands each package in as a
// PackageSource (io/catalog_files.hpp reads package directories, io/catalog_location.hpp
// finds them).

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

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

// The files of one package, as the loader reads them.
class PackageSource {
  public:
    enum class Kind { Missing, Regular, Folder, Link, Other };
    struct Entry {
        std::string name;  // relative to the package, parts joined by /
        Kind kind;
    };

    virtual ~PackageSource() = default;
    // Where the package is, for messages and PackageInfo::directory; an installed package's
    // directory is named by its id.
    virtual const std::filesystem::path& directory() const = 0;
    virtual bool exists() const = 0;
    // The bytes of the file at a relative path; nullopt when it cannot be read.
    virtual std::optional<std::string> read(const std::string& name) const = 0;
    // What the relative path is, a link not followed.
    virtual Kind kind(const std::string& name) const = 0;
    // Everything inside the package, folders too; CatalogError when it cannot be listed.
    virtual std::vector<Entry> entries() const = 0;
};

// Every manifest is first checked against the helper's own manifest schema (the built-in
// catalog's schemas/manifest.schema.json), then against the package's files: listed paths
// inside the package and regular files, each checklist and mapping entry naming the file
// that holds it; an installed package holds nothing else (no extra file, no link).

// One package on its own, as the built-in catalog.
Catalog load_catalog(const PackageSource& package);

// The built-in package plus the installed packages (each in the directory of its id) and
// `extra` ones (about to be installed), checked together so that a package may map to
// checklists of another. A package with the built-in's package id and a version at least
// as high replaces the built-in.
Catalog load_catalogs(const PackageSource& builtin,
                      const std::vector<const PackageSource*>& installed,
                      const std::vector<const PackageSource*>& extra);

// The manifest's package id and version, without reading the other files.
PackageInfo read_package_info(const PackageSource& package);

// One package on its own, checked as load_catalogs checks it (schema, manifest against its
// files, hashes, structure) except for references into other packages. `installed`: it
// lives under the installed root, so its directory is named by its id.
PackageInfo check_package(const PackageSource& builtin, const PackageSource& package,
                          bool installed);

// Compares dotted version numbers ("2026.11.1"): negative, zero or positive.
int compare_versions(const std::string& a, const std::string& b);

}  // namespace apichecklist::catalog
