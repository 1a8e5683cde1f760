#pragma once
// The shipped catalog, loaded once for all tests of a binary.

#include "apichecklist/io/catalog_files.hpp"
#include "test_paths.hpp"

namespace apichecklist::test {

inline const catalog::Catalog& shipped_catalog() {
    static const catalog::Catalog instance = io::load_catalog(catalog_dir());
    return instance;
}

}  // namespace apichecklist::test
