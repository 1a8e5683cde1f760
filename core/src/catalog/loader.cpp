#include "apichecklist/catalog/loader.hpp"

#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <set>

#include "apichecklist/util/sha256.hpp"
#include "integrity.hpp"
#include "parse.hpp"
#include "schema_check.hpp"

namespace apichecklist::catalog {

namespace {
constexpr const char* kManifestSchemaPath = "schemas/manifest.schema.json";
}  // namespace

CatalogError::CatalogError(std::string file, std::string pointer, const std::string& problem)
    : std::runtime_error(file + (pointer.empty() ? "" : ": " + pointer) + ": " + problem),
      file_(std::move(file)),
      pointer_(std::move(pointer)) {}

CatalogError CatalogError::in_package(std::string package) const {
    CatalogError error = *this;
    error.package_ = std::move(package);
    return error;
}

namespace {

struct LoadedFile {
    std::string name;  // path relative to the catalog directory
    nlohmann::json json;
};

// `shown`: the file as messages name it.
std::string read_catalog_file(const PackageSource& files, const std::string& path,
                              const std::string& shown) {
    std::optional<std::string> text = files.read(path);
    if (!text) throw CatalogError(shown, "", "cannot read the file (is the catalog complete?)");
    return std::move(*text);
}

nlohmann::json parse_json(const std::string& text, const std::string& name) {
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        throw CatalogError(name, "", std::string("not valid JSON: ") + e.what());
    }
}

// A listed path: relative, inside the package, plainly spelt (no "..", ".", empty part or
// backslash), naming a regular file (a symbolic link could point anywhere later).
void check_listed_path(const PackageSource& files, const JsonCursor& entry) {
    const std::string name = entry.str("path");
    const JsonCursor at = entry.at("path");
    if (name.empty() || name.front() == '/' || name.find('\\') != std::string::npos ||
        name.find('\0') != std::string::npos)
        at.fail("path must be relative, inside the package, with / between its parts");
    for (const std::filesystem::path& part : std::filesystem::path(name))
        if (part.empty() || part == "." || part == "..")
            at.fail("path must stay inside the package (no \".\", \"..\" or empty parts)");
    if (name == "manifest.json") at.fail("the manifest cannot list itself");
    const PackageSource::Kind kind = files.kind(name);
    if (kind == PackageSource::Kind::Link)
        at.fail("the file is a symbolic link; a package holds only regular files (reinstall it)");
    if (kind != PackageSource::Kind::Missing && kind != PackageSource::Kind::Regular)
        at.fail("not a regular file (reinstall the package)");
}

LoadedFile load_listed_file(const PackageSource& files, const JsonCursor& entry) {
    check_listed_path(files, entry);
    const std::string name = entry.str("path");
    const std::string text = read_catalog_file(files, name, name);
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

// A package's files parsed into a catalog fragment, not yet checked against the rest.
struct LoadedPackage {
    Catalog catalog;
    SourceFiles sources;
    nlohmann::json manifest_json;
    std::string manifest_name;
};

// The manifest schema the helper ships (the built-in catalog's copy, checked against the
// built-in manifest's hash). Every manifest is checked against it, never against a copy
// that came with the package being checked.
struct ManifestSchema {
    nlohmann::json json;
    std::string name;
};

ManifestSchema read_manifest_schema(const PackageSource& builtin) {
    if (!builtin.exists())
        throw CatalogError(builtin.directory().string(), "", "catalog directory not found");
    const std::string manifest_name = "manifest.json";
    const nlohmann::json manifest =
        parse_json(read_catalog_file(builtin, manifest_name, manifest_name), manifest_name);
    const JsonCursor root(manifest, manifest_name);
    for (const JsonCursor& entry : root.array("files"))
        if (entry.str("path") == kManifestSchemaPath) {
            LoadedFile file = load_listed_file(builtin, entry);
            return {std::move(file.json), file.name};
        }
    root.fail_at("files", std::string("does not list ") + kManifestSchemaPath);
}

// Files of an installed package that its manifest does not list, and links anywhere in it:
// nothing but the listed files (and the folders holding them) belongs there.
void check_inventory(const PackageSource& files, const std::set<std::string>& listed,
                     const std::string& manifest_name) {
    for (const PackageSource::Entry& entry : files.entries()) {
        const std::string shown = (files.directory().filename() / entry.name).string();
        if (entry.kind == PackageSource::Kind::Link)
            throw CatalogError(shown, "",
                               "is a symbolic link; a package holds only regular files and "
                               "folders (reinstall the package)");
        if (entry.kind == PackageSource::Kind::Folder) continue;
        if (entry.name != "manifest.json" && !listed.count(entry.name))
            throw CatalogError(shown, "",
                               "is not listed in " + manifest_name +
                                   " (a file that does not belong to the package; reinstall it)");
    }
}

// `expected_id`: the directory name of an installed package, which must be its id.
LoadedPackage load_package(const PackageSource& files, bool builtin, const ManifestSchema& schema,
                           const std::string& expected_id = {}) {
    const std::filesystem::path& directory = files.directory();
    if (!files.exists()) throw CatalogError(directory.string(), "", "catalog directory not found");
    LoadedPackage loaded;
    loaded.manifest_name =
        builtin ? "manifest.json" : (directory.filename() / "manifest.json").string();
    loaded.manifest_json = parse_json(
        read_catalog_file(files, "manifest.json", loaded.manifest_name), loaded.manifest_name);
    const JsonCursor manifest(loaded.manifest_json, loaded.manifest_name);
    require_kind(manifest, "manifest");  // a newer schema version gets its own message
    check_against_schema(JsonCursor(schema.json, schema.name), manifest);
    if (!expected_id.empty() && manifest.str("package") != expected_id)
        manifest.at("package").fail("the package is installed in the directory \"" + expected_id +
                                    "\"; an installed package lives in the directory of its id "
                                    "(remove it and install it again)");

    Catalog& catalog = loaded.catalog;
    SourceFiles& sources = loaded.sources;
    PackageFiles listed;
    PackageInfo package{
        manifest.str("package"), manifest.str("catalog_version"), directory, builtin, {}, {}};
    for (const JsonCursor& entry : manifest.array("files")) {
        const std::string kind = entry.str("kind");
        if (!listed.listed.insert(entry.str("path")).second) entry.at("path").fail("listed twice");
        LoadedFile file = load_listed_file(files, entry);
        const std::string path = file.name;
        if (kind == "schema") continue;
        if (!builtin) file.name = (directory.filename() / file.name).string();
        const JsonCursor root(file.json, file.name);
        if (kind == "checklist") {
            catalog.checklists.push_back(parse_checklist(root));
            remember(sources.checklists, catalog.checklists.back().id, file.name, root);
            package.checklists.push_back(catalog.checklists.back().id);
            listed.checklists[path] = catalog.checklists.back().id;
        } else if (kind == "errata") {
            catalog.errata.push_back(parse_errata(root));
            remember(sources.errata, catalog.errata.back().checklist, file.name, root);
        } else if (kind == "mapping") {
            catalog.mappings.push_back(parse_mapping(root));
            remember(sources.mappings, catalog.mappings.back().id, file.name, root);
            package.mappings.push_back(catalog.mappings.back().id);
            listed.mappings[path] = catalog.mappings.back().id;
        } else if (kind == "references") {
            catalog.references = parse_references(root);
            sources.references = file.name;
        } else {
            entry.at("kind").fail("unknown file kind \"" + kind + "\"");
        }
    }
    check_manifest_lists(catalog, listed, manifest);
    if (!builtin) check_inventory(files, listed.listed, loaded.manifest_name);
    catalog.directory = directory;
    catalog.catalog_version = package.version;
    catalog.packages.push_back(std::move(package));
    return loaded;
}

template <typename T>
void append(std::vector<T>& to, std::vector<T>& from) {
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

void merge_into(LoadedPackage& into, LoadedPackage& from) {
    const std::string& manifest = from.manifest_name;
    for (const auto& [id, file] : from.sources.checklists)
        if (into.sources.checklists.count(id))
            throw CatalogError(manifest, "/checklists",
                               "checklist \"" + id + "\" is also provided by " +
                                   into.sources.checklists[id] +
                                   " (remove one of the two packages)");
    for (const auto& [id, file] : from.sources.mappings)
        if (into.sources.mappings.count(id))
            throw CatalogError(
                manifest, "/mappings",
                "mapping \"" + id + "\" is also provided by " + into.sources.mappings[id]);
    into.sources.checklists.merge(from.sources.checklists);
    into.sources.errata.merge(from.sources.errata);
    into.sources.mappings.merge(from.sources.mappings);
    Catalog& to = into.catalog;
    append(to.checklists, from.catalog.checklists);
    append(to.errata, from.catalog.errata);
    append(to.mappings, from.catalog.mappings);
    for (ReferenceDocument& doc : from.catalog.references)
        if (!to.reference(doc.id)) to.references.push_back(std::move(doc));
    append(to.packages, from.catalog.packages);
}

}  // namespace

Catalog load_catalog(const PackageSource& package) {
    LoadedPackage loaded = load_package(package, /*builtin=*/true, read_manifest_schema(package));
    check_integrity(loaded.catalog, loaded.sources);
    return std::move(loaded.catalog);
}

PackageInfo read_package_info(const PackageSource& package) {
    const std::string name = "manifest.json";
    const nlohmann::json json = parse_json(read_catalog_file(package, name, name), name);
    const JsonCursor manifest(json, name);
    require_kind(manifest, "manifest");
    return {manifest.str("package"),
            manifest.str("catalog_version"),
            package.directory(),
            false,
            {},
            {}};
}

PackageInfo check_package(const PackageSource& builtin, const PackageSource& package,
                          bool installed) {
    LoadedPackage loaded =
        load_package(package, /*builtin=*/false, read_manifest_schema(builtin),
                     installed ? package.directory().filename().string() : std::string());
    return std::move(loaded.catalog.packages.front());
}

Catalog load_catalogs(const PackageSource& builtin,
                      const std::vector<const PackageSource*>& installed,
                      const std::vector<const PackageSource*>& extra) {
    const ManifestSchema schema = read_manifest_schema(builtin);
    LoadedPackage all = load_package(builtin, /*builtin=*/true, schema);
    std::vector<LoadedPackage> others;
    for (const PackageSource* package : installed) {
        const std::string name = package->directory().filename().string();
        try {
            others.push_back(load_package(*package, /*builtin=*/false, schema, name));
        } catch (const CatalogError& e) {
            throw e.in_package(name);
        }
    }
    for (const PackageSource* package : extra)
        others.push_back(load_package(*package, /*builtin=*/false, schema));
    const std::string builtin_id = all.catalog.packages.front().id;
    for (LoadedPackage& package : others) {
        const PackageInfo& info = package.catalog.packages.front();
        if (info.id == builtin_id &&
            compare_versions(info.version, all.catalog.catalog_version) >= 0)
            std::swap(all, package);  // a newer copy of the built-in package supersedes it
    }
    for (LoadedPackage& package : others)
        if (package.catalog.packages.front().id != builtin_id) merge_into(all, package);
    check_integrity(all.catalog, all.sources);
    return std::move(all.catalog);
}

int compare_versions(const std::string& a, const std::string& b) {
    auto parts = [](const std::string& v) {
        std::vector<long> out;
        std::size_t start = 0;
        while (start <= v.size()) {
            const std::size_t dot = v.find('.', start);
            const std::string part =
                v.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
            out.push_back(part.empty() ? 0 : std::strtol(part.c_str(), nullptr, 10));
            if (dot == std::string::npos) break;
            start = dot + 1;
        }
        return out;
    };
    const auto pa = parts(a), pb = parts(b);
    for (std::size_t i = 0; i < std::max(pa.size(), pb.size()); ++i) {
        const long x = i < pa.size() ? pa[i] : 0, y = i < pb.size() ? pb[i] : 0;
        if (x != y) return x < y ? -1 : 1;
    }
    return 0;
}

}  // namespace apichecklist::catalog
