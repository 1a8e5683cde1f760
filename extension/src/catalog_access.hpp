#pragma once
// The catalog that travels inside the .oxt, loaded once per office process with the
// core's loader from the package location.

#include <com/sun/star/uno/XComponentContext.hpp>

#include <filesystem>
#include <string>

#include "apichecklist/catalog/catalog.hpp"

namespace apichecklist::extension {

inline constexpr const char* kExtensionIdentifier = "org.apichecklist.sidebar";

// Where the extension is installed (its files: catalog/, template/, bin/); throws when
// the package is not installed.
std::filesystem::path package_directory(
    const css::uno::Reference<css::uno::XComponentContext>& context);

// Null when the catalog cannot be loaded; catalog_problem() then says why.
const catalog::Catalog* shared_catalog(
    const css::uno::Reference<css::uno::XComponentContext>& context);
std::string catalog_problem();

}  // namespace apichecklist::extension
