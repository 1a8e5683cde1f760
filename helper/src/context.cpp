#include "context.hpp"

#include <cstdlib>
#include <cstring>

#include "apichecklist/io/catalog_cache.hpp"
#include "apichecklist/io/catalog_location.hpp"

namespace apichecklist::cli {

const catalog::Catalog& Context::catalog() {
    if (!catalog_) {
        // --catalog names one package and nothing else; otherwise the built-in package
        // and whatever the user installed.
        catalog_ = catalog_dir.empty() ? io::load_catalogs_cached(io::default_catalog_directory(),
                                                                  io::installed_catalogs_root())
                                       : io::load_catalog_cached(catalog_dir);
    }
    return *catalog_;
}

void Context::reload() { catalog_.reset(); }

const catalog::Checklist& Context::checklist(const std::string& id) {
    if (const catalog::Checklist* found = catalog().checklist(id)) return *found;
    std::string known;
    for (const catalog::Checklist& c : catalog().checklists)
        known += (known.empty() ? "" : ", ") + c.id;
    throw NotFound(std::string(tr("チェックリストが見つかりません: ", "no such checklist: ")) + id +
                   " (" + tr("あるもの: ", "available: ") + known + ")");
}

bool english() {
    static const bool value = [] {
        for (const char* name : {"APICHECKLIST_LANG", "LC_ALL", "LC_MESSAGES", "LANG"}) {
            const char* v = std::getenv(name);
            if (v && *v) return std::strncmp(v, "en", 2) == 0;
        }
        return false;
    }();
    return value;
}

}  // namespace apichecklist::cli
