#include "apichecklist/io/catalog_location.hpp"

#include <cstdlib>

#ifndef APICHECKLIST_CATALOG_INSTALL_DIR
#define APICHECKLIST_CATALOG_INSTALL_DIR ""
#endif
#ifndef APICHECKLIST_CATALOG_SOURCE_DIR
#define APICHECKLIST_CATALOG_SOURCE_DIR ""
#endif

namespace apichecklist::io {

namespace fs = std::filesystem;

fs::path installed_catalogs_root() {
    if (const char* home = std::getenv("APICHECKLIST_DATA_HOME"); home && *home)
        return fs::path(home) / "catalogs";
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return fs::path(xdg) / "apichecklist" / "catalogs";
    const char* user_home = std::getenv("HOME");
    return fs::path(user_home && *user_home ? user_home : "/") / ".local" / "share" /
           "apichecklist" / "catalogs";
}

fs::path default_catalog_directory() {
    if (const char* env = std::getenv("APICHECKLIST_CATALOG"); env && *env) return env;
    for (const char* candidate :
         {APICHECKLIST_CATALOG_INSTALL_DIR, APICHECKLIST_CATALOG_SOURCE_DIR}) {
        if (*candidate && fs::exists(fs::path(candidate) / "manifest.json")) return candidate;
    }
    return APICHECKLIST_CATALOG_SOURCE_DIR;
}

}  // namespace apichecklist::io
