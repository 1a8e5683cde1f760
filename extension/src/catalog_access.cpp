#include "catalog_access.hpp"

#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <osl/file.hxx>

#include <memory>
#include <mutex>

#include "apichecklist/io/catalog_files.hpp"
#include "apichecklist/io/catalog_location.hpp"
#include "uno_strings.hpp"

namespace apichecklist::extension {

using namespace css;

namespace {

std::mutex g_mutex;
std::unique_ptr<catalog::Catalog> g_catalog;
std::string g_problem;
bool g_tried = false;

// The catalog inside the .oxt plus the packages the user installed with
// `apichecklist catalog install`; a damaged installed package must not cost the user
// the built-in guidance, so it is reported and left out.
catalog::Catalog load_with_installed(const std::filesystem::path& builtin) {
    try {
        return io::load_catalogs(builtin, io::installed_catalogs_root());
    } catch (const catalog::CatalogError& error) {
        g_problem = error.what();
        return io::load_catalog(builtin);
    }
}

}  // namespace

std::filesystem::path package_directory(const uno::Reference<uno::XComponentContext>& context) {
    auto provider = deployment::PackageInformationProvider::get(context);
    const rtl::OUString url = provider->getPackageLocation(to_ou(kExtensionIdentifier));
    rtl::OUString system_path;
    if (url.isEmpty() ||
        osl::FileBase::getSystemPathFromFileURL(url, system_path) != osl::FileBase::E_None) {
        throw std::runtime_error("package location of " + std::string(kExtensionIdentifier) +
                                 " not found");
    }
    return std::filesystem::path(to_utf8(system_path));
}

const catalog::Catalog* shared_catalog(const uno::Reference<uno::XComponentContext>& context) {
    std::lock_guard lock(g_mutex);
    if (!g_tried) {
        g_tried = true;
        try {
            g_catalog = std::make_unique<catalog::Catalog>(
                load_with_installed(package_directory(context) / "catalog"));
        } catch (const catalog::CatalogError& error) {
            g_problem = error.file() + ": " + error.pointer() + ": " + error.what();
        } catch (const std::exception& error) {
            g_problem = error.what();
        } catch (const uno::Exception& error) {
            g_problem = to_utf8(error.Message);
        }
    }
    return g_catalog.get();
}

std::string catalog_problem() {
    std::lock_guard lock(g_mutex);
    return g_problem;
}

}  // namespace apichecklist::extension
