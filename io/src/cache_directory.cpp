#include "apichecklist/io/cache_directory.hpp"

#include <cstdlib>

namespace apichecklist::io {

namespace fs = std::filesystem;

fs::path default_cache_directory() {
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg && fs::path(xdg).is_absolute())
        return fs::path(xdg) / "apichecklist";
    if (const char* home = std::getenv("HOME"); home && *home)
        return fs::path(home) / ".cache" / "apichecklist";
    return {};
}

}  // namespace apichecklist::io
