#include "xlsx_parts.hpp"

#include "xml_parse.hpp"
#include "zip_guard.hpp"

namespace apichecklist::io {

namespace {

namespace fs = std::filesystem;

bool ends_with(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

struct Relationship {
    std::string id, type, target;
    bool external = false;
};

// A .rels part: <Relationship Id="rId1" Type="…/worksheet" Target="worksheets/sheet1.xml"/>.
struct RelsHandler : orcus::sax_ns_handler {
    std::vector<Relationship> relationships;
    Relationship pending;
    void attribute(std::string_view, std::string_view) {}
    void attribute(const orcus::sax_ns_parser_attribute& a) {
        if (a.name == "Id") pending.id = a.value;
        if (a.name == "Type") pending.type = a.value;
        if (a.name == "Target") pending.target = a.value;
        if (a.name == "TargetMode") pending.external = a.value == "External";
    }
    void start_element(const orcus::sax_ns_parser_element& e) {
        if (e.name == "Relationship") relationships.push_back(pending);
        pending = {};
    }
};

// The workbook part: <sheet name="…" state="hidden" r:id="rId1"/> in order, and
// <workbookPr date1904="1"/>.
struct WorkbookHandler : orcus::sax_ns_handler {
    struct Sheet {
        std::string name, id;
        bool hidden = false;
    };
    std::vector<Sheet> sheets;
    Sheet pending;
    bool date1904 = false, pending_date1904 = false;
    void attribute(std::string_view, std::string_view) {}
    void attribute(const orcus::sax_ns_parser_attribute& a) {
        if (a.name == "name" && !a.ns_alias.size()) pending.name = a.value;
        if (a.name == "state") pending.hidden = a.value == "hidden" || a.value == "veryHidden";
        // r:id; its namespace differs between transitional and strict OOXML
        if (a.name == "id" && !a.ns_alias.empty()) pending.id = a.value;
        if (a.name == "date1904") pending_date1904 = a.value == "1" || a.value == "true";
    }
    void start_element(const orcus::sax_ns_parser_element& e) {
        if (e.name == "sheet" && is_spreadsheetml_main(e.ns)) sheets.push_back(pending);
        if (e.name == "workbookPr" && is_spreadsheetml_main(e.ns)) date1904 = pending_date1904;
        pending = {};
        pending_date1904 = false;
    }
};

std::string rels_part_of(const std::string& part) {
    const fs::path path(part);
    return (path.parent_path() / "_rels" / (path.filename().string() + ".rels")).generic_string();
}

std::string resolve(const std::string& source_part, const std::string& target) {
    if (!target.empty() && target[0] == '/') return target.substr(1);
    return (fs::path(source_part).parent_path() / target).lexically_normal().generic_string();
}

// The relationships of `part` ("" for the package's own, _rels/.rels).
std::vector<Relationship> relationships_of(ZipReader& zip, const std::string& part,
                                           std::uintmax_t max_part_bytes) {
    const std::string rels_part = part.empty() ? "_rels/.rels" : rels_part_of(part);
    const auto xml = zip.read(rels_part, max_part_bytes);
    if (!xml) return {};
    RelsHandler handler;
    parse_xml(rels_part, *xml, handler);
    for (Relationship& r : handler.relationships)
        if (!r.external) r.target = resolve(part, r.target);
    return handler.relationships;
}

std::string first_target(const std::vector<Relationship>& relationships,
                         std::string_view type_suffix) {
    for (const Relationship& r : relationships)
        if (!r.external && ends_with(r.type, type_suffix)) return r.target;
    return {};
}

}  // namespace

std::optional<XlsxPackage> read_xlsx_package(ZipReader& zip, std::uintmax_t max_part_bytes) {
    XlsxPackage package;
    package.workbook_part =
        first_target(relationships_of(zip, "", max_part_bytes), "/officeDocument");
    if (package.workbook_part.empty()) package.workbook_part = "xl/workbook.xml";
    const auto workbook_xml = zip.read(package.workbook_part, max_part_bytes);
    if (!workbook_xml) return std::nullopt;
    WorkbookHandler workbook;
    parse_xml(package.workbook_part, *workbook_xml, workbook);
    package.date1904 = workbook.date1904;

    const auto relationships = relationships_of(zip, package.workbook_part, max_part_bytes);
    package.shared_strings_part = first_target(relationships, "/sharedStrings");
    package.styles_part = first_target(relationships, "/styles");
    for (const auto& sheet : workbook.sheets) {
        XlsxSheetPart part{sheet.name, {}, sheet.hidden};
        for (const Relationship& r : relationships)
            if (r.id == sheet.id && !r.external && ends_with(r.type, "/worksheet"))
                part.path = r.target;
        package.sheets.push_back(std::move(part));
    }
    return package;
}

std::vector<std::string> xlsx_related_parts(ZipReader& zip, const std::string& part,
                                            std::string_view type_suffix,
                                            std::uintmax_t max_part_bytes) {
    std::vector<std::string> parts;
    for (const Relationship& r : relationships_of(zip, part, max_part_bytes))
        if (!r.external && ends_with(r.type, type_suffix)) parts.push_back(r.target);
    return parts;
}

bool is_spreadsheetml_main(const char* ns) {
    if (!ns) return true;
    const std::string_view uri(ns);
    return uri.empty() || uri == "http://schemas.openxmlformats.org/spreadsheetml/2006/main" ||
           uri == "http://purl.oclc.org/ooxml/spreadsheetml/main";
}

int xlsx_column_of(std::string_view ref, int& row) {
    int column = 0;
    std::size_t i = 0;
    for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && column < 100'000; ++i)
        column = column * 26 + (ref[i] - 'A' + 1);
    row = 0;
    for (; i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && row < 10'000'000; ++i)
        row = row * 10 + (ref[i] - '0');
    --row;
    return column - 1;
}

}  // namespace apichecklist::io
