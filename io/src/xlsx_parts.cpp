#include "xlsx_parts.hpp"

#include <map>

#include "zip_guard.hpp"

namespace apichecklist::io {

namespace {

constexpr std::string_view kRelationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

bool in_ns(orcus::xmlns_id_t ns, std::string_view uri) { return ns && std::string_view(ns) == uri; }

// xl/workbook.xml: <sheet name="…" r:id="rId1"/> in order.
struct WorkbookHandler : orcus::sax_ns_handler {
    std::vector<std::pair<std::string, std::string>> sheets;  // name, relationship id
    std::string name, id;
    void attribute(std::string_view, std::string_view) {}
    void attribute(const orcus::sax_ns_parser_attribute& a) {
        if (a.name == "name" && !a.ns) name = a.value;
        if (a.name == "id" && in_ns(a.ns, kRelationships)) id = a.value;
    }
    void start_element(const orcus::sax_ns_parser_element& e) {
        if (e.name == "sheet") sheets.emplace_back(name, id);
        name.clear();
        id.clear();
    }
};

// A .rels part: <Relationship Id="rId1" Type="…/worksheet" Target="worksheets/sheet1.xml"/>.
struct RelsHandler : orcus::sax_ns_handler {
    struct Relationship {
        std::string type, target;
    };
    std::map<std::string, Relationship> by_id;
    std::string id, type, target;
    void attribute(std::string_view, std::string_view) {}
    void attribute(const orcus::sax_ns_parser_attribute& a) {
        if (a.name == "Id") id = a.value;
        if (a.name == "Type") type = a.value;
        if (a.name == "Target") target = a.value;
    }
    void start_element(const orcus::sax_ns_parser_element& e) {
        if (e.name == "Relationship") by_id[id] = {type, target};
        id.clear();
        type.clear();
        target.clear();
    }
};

std::string resolve(const std::string& folder, const std::string& target) {
    if (!target.empty() && target[0] == '/') return target.substr(1);
    return (std::filesystem::path(folder) / target).lexically_normal().generic_string();
}

std::filesystem::path folder_of(const std::string& part) {
    return std::filesystem::path(part).parent_path();
}

}  // namespace

std::vector<XlsxSheetPart> xlsx_sheet_parts(const std::filesystem::path& file,
                                            sheet::Workbook& workbook,
                                            std::uintmax_t max_part_bytes) {
    const auto workbook_xml = read_zip_entry(file, "xl/workbook.xml", max_part_bytes);
    const auto rels_xml = read_zip_entry(file, "xl/_rels/workbook.xml.rels", max_part_bytes);
    if (!workbook_xml || !rels_xml) return {};
    WorkbookHandler sheets;
    parse_xml(*workbook_xml, sheets);
    RelsHandler rels;
    parse_xml(*rels_xml, rels);
    std::vector<XlsxSheetPart> parts;
    for (const auto& [name, id] : sheets.sheets) {
        const auto found = rels.by_id.find(id);
        if (found == rels.by_id.end()) continue;
        for (sheet::Sheet& s : workbook.sheets)
            if (s.name() == name) parts.push_back({&s, resolve("xl", found->second.target)});
    }
    return parts;
}

std::vector<std::string> xlsx_related_parts(const std::filesystem::path& file,
                                            const std::string& part, const std::string& type,
                                            std::uintmax_t max_part_bytes) {
    const std::filesystem::path folder = folder_of(part);
    const std::string rels_path =
        (folder / "_rels" / (std::filesystem::path(part).filename().string() + ".rels"))
            .generic_string();
    const auto rels_xml = read_zip_entry(file, rels_path, max_part_bytes);
    if (!rels_xml) return {};
    RelsHandler rels;
    parse_xml(*rels_xml, rels);
    std::vector<std::string> parts;
    for (const auto& [id, relationship] : rels.by_id)
        if (relationship.type == type)
            parts.push_back(resolve(folder.generic_string(), relationship.target));
    return parts;
}

int xlsx_column_of(std::string_view ref, int& row) {
    int column = 0;
    std::size_t i = 0;
    for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i)
        column = column * 26 + (ref[i] - 'A' + 1);
    row = 0;
    for (; i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && row < 10'000'000; ++i)
        row = row * 10 + (ref[i] - '0');
    --row;
    return column - 1;
}

}  // namespace apichecklist::io
