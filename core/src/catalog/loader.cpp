#include "apichecklist/catalog/loader.hpp"

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "apichecklist/util/sha256.hpp"
#include "integrity.hpp"
#include "parse.hpp"

#ifndef APICHECKLIST_CATALOG_INSTALL_DIR
#define APICHECKLIST_CATALOG_INSTALL_DIR ""
#endif
#ifndef APICHECKLIST_CATALOG_SOURCE_DIR
#define APICHECKLIST_CATALOG_SOURCE_DIR ""
#endif

namespace apichecklist::catalog {

namespace fs = std::filesystem;

CatalogError::CatalogError(std::string file, std::string pointer, const std::string& problem)
    : std::runtime_error(file + (pointer.empty() ? "" : ": " + pointer) + ": " + problem),
      file_(std::move(file)),
      pointer_(std::move(pointer)) {}

namespace {

struct LoadedFile {
    std::string name;  // path relative to the catalog directory
    nlohmann::json json;
};

std::string read_catalog_file(const fs::path& path, const std::string& name) {
    try {
        return util::read_file(path);
    } catch (const std::exception&) {
        throw CatalogError(name, "", "cannot read the file (is the catalog complete?)");
    }
}

nlohmann::json parse_json(const std::string& text, const std::string& name) {
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        throw CatalogError(name, "", std::string("not valid JSON: ") + e.what());
    }
}

LoadedFile load_listed_file(const fs::path& directory, const JsonCursor& entry) {
    const std::string name = entry.str("path");
    if (name.find("..") != std::string::npos || (!name.empty() && name.front() == '/'))
        entry.at("path").fail("path must stay inside the catalog directory");
    const std::string text = read_catalog_file(directory / name, name);
    const std::string expected = entry.str("sha256");
    if (util::sha256_hex(text) != expected)
        throw CatalogError(name, "",
                           "content does not match its sha256 in manifest.json (the file was "
                           "changed or damaged; reinstall the catalog or re-run the extractor)");
    return {name, parse_json(text, name)};
}

void remember(std::map<std::string, std::string>& files, const std::string& id,
              const std::string& name, const JsonCursor& root) {
    if (!files.emplace(id, name).second)
        root.fail("\"" + id + "\" is also defined in " + files[id]);
}

}  // namespace

Catalog load_catalog(const fs::path& directory) {
    const std::string manifest_name = "manifest.json";
    if (!fs::is_directory(directory))
        throw CatalogError(directory.string(), "", "catalog directory not found");
    const nlohmann::json manifest_json =
        parse_json(read_catalog_file(directory / manifest_name, manifest_name), manifest_name);
    const JsonCursor manifest(manifest_json, manifest_name);
    require_kind(manifest, "manifest");

    Catalog catalog;
    SourceFiles sources;
    catalog.directory = directory;
    catalog.catalog_version = manifest.str("catalog_version");
    for (const JsonCursor& entry : manifest.array("files")) {
        const std::string kind = entry.str("kind");
        if (kind == "schema") continue;
        LoadedFile file = load_listed_file(directory, entry);
        const JsonCursor root(file.json, file.name);
        if (kind == "checklist") {
            catalog.checklists.push_back(parse_checklist(root));
            remember(sources.checklists, catalog.checklists.back().id, file.name, root);
        } else if (kind == "errata") {
            catalog.errata.push_back(parse_errata(root));
            remember(sources.errata, catalog.errata.back().checklist, file.name, root);
        } else if (kind == "mapping") {
            catalog.mappings.push_back(parse_mapping(root));
            remember(sources.mappings, catalog.mappings.back().id, file.name, root);
        } else if (kind == "references") {
            catalog.references = parse_references(root);
            sources.references = file.name;
        } else {
            entry.at("kind").fail("unknown file kind \"" + kind + "\"");
        }
    }
    check_integrity(catalog, sources);
    check_manifest_lists(catalog, manifest);
    return catalog;
}

fs::path default_catalog_directory() {
    if (const char* env = std::getenv("APICHECKLIST_CATALOG"); env && *env) return env;
    for (const char* candidate :
         {APICHECKLIST_CATALOG_INSTALL_DIR, APICHECKLIST_CATALOG_SOURCE_DIR}) {
        if (*candidate && fs::exists(fs::path(candidate) / "manifest.json")) return candidate;
    }
    return APICHECKLIST_CATALOG_SOURCE_DIR;
}

}  // namespace apichecklist::catalog
