#pragma once
// Where the front-ends find the catalog: the environment and the paths this build was
// configured with (the core's loader is handed the packages and knows neither).

#include <filesystem>

namespace apichecklist::io {

// Where the helper looks when no directory is given: $APICHECKLIST_CATALOG, then the
// installed copy, then the source tree the binary was built from.
std::filesystem::path default_catalog_directory();

// Where installed packages live: $APICHECKLIST_DATA_HOME/catalogs, else
// $XDG_DATA_HOME/apichecklist/catalogs, else ~/.local/share/apichecklist/catalogs.
std::filesystem::path installed_catalogs_root();

}  // namespace apichecklist::io
