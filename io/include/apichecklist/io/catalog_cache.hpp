#pragma once
// The catalog as the helper's commands load it, kept checked in the cache directory
// (catalog-*.bin): a run whose catalog files are those of the cached load reads the result
// instead of lexing, hashing and checking every JSON file again (most of a small
// `validate`). The key is this program's file and, for every file and folder under the
// catalog directories, its name, type, size, inode and change and modification times: any
// write, rename, install or removal (which all set the change time, as nobody can set it
// back) loads and checks everything again, and a load that fails writes nothing. `catalog
// install`, `verify` and `remove` do not use it.

#include <filesystem>

#include "apichecklist/catalog/catalog.hpp"

namespace apichecklist::io {

// io::load_catalogs(builtin, installed_root), through the cache.
catalog::Catalog load_catalogs_cached(const std::filesystem::path& builtin,
                                      const std::filesystem::path& installed_root);

// io::load_catalog(directory), through the cache.
catalog::Catalog load_catalog_cached(const std::filesystem::path& directory);

}  // namespace apichecklist::io
