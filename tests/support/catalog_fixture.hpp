#pragma once
// The shipped catalog, loaded once for all tests of a binary.

#include "apichecklist/catalog/loader.hpp"
#include "test_paths.hpp"

namespace apichecklist::test {

inline const catalog::Catalog& shipped_catalog() {
    static const catalog::Catalog instance = catalog::load_catalog(catalog_dir());
    return instance;
}

}  // namespace apichecklist::test
