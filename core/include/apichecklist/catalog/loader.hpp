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

  private:
    std::string file_;
    std::string pointer_;
};

Catalog load_catalog(const std::filesystem::path& directory);

// Where the helper looks when no directory is given: $APICHECKLIST_CATALOG, then the
// installed copy, then the source tree the binary was built from.
std::filesystem::path default_catalog_directory();

}  // namespace apichecklist::catalog
