#include "xlsx_inline_strings.hpp"

#include <map>
#include <string>
#include <vector>

#include <orcus/sax_ns_parser.hpp>
#include <orcus/xml_namespace.hpp>

#include "import_factory.hpp"
#include "zip_guard.hpp"

namespace apichecklist::io {

namespace {

constexpr std::string_view kRelationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

bool in_ns(orcus::xmlns_id_t ns, std::string_view uri) { return ns && std::string_view(ns) == uri; }

template <typename Handler>
void parse(const std::string& xml, Handler& handler) {
    orcus::xmlns_repository repository;
    orcus::xmlns_context context = repository.create_context();
    orcus::sax_ns_parser<Handler> parser(xml.data(), xml.size(), context, handler);
    parser.parse();
}

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

// xl/_rels/workbook.xml.rels: <Relationship Id="rId1" Target="worksheets/sheet1.xml"/>.
struct RelsHandler : orcus::sax_ns_handler {
    std::map<std::string, std::string> targets;
    std::string id, target;
    void attribute(std::string_view, std::string_view) {}
    void attribute(const orcus::sax_ns_parser_attribute& a) {
        if (a.name == "Id") id = a.value;
        if (a.name == "Target") target = a.value;
    }
    void start_element(const orcus::sax_ns_parser_element& e) {
        if (e.name == "Relationship") targets[id] = target;
        id.clear();
        target.clear();
    }
};

int column_of(std::string_view ref, int& row) {
    int column = 0;
    std::size_t i = 0;
    for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) column = column * 26 + (ref[i] - 'A' + 1);
    row = 0;
    for (; i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && row < 10'000'000; ++i) row = row * 10 + (ref[i] - '0');
    --row;
    return column - 1;
}

// A sheet part: <c r="A1" t="inlineStr"><is><t>…</t><r><t>…</t></r></is></c>; phonetic
// runs (<rPh>) are not part of the text.
struct SheetHandler : orcus::sax_ns_handler {
    SheetHandler(sheet::Sheet& target_sheet, int rows, int columns)
        : sheet(target_sheet), max_rows(rows), max_columns(columns) {}
    sheet::Sheet& sheet;
    int max_rows, max_columns;
    std::string ref, type, text;
    bool inline_cell = false;
    int in_t = 0, in_phonetic = 0;
    void attribute(std::string_view, std::string_view) {}
    void attribute(const orcus::sax_ns_parser_attribute& a) {
        if (a.name == "r") ref = a.value;
        if (a.name == "t") type = a.value;
    }
    void start_element(const orcus::sax_ns_parser_element& e) {
        if (e.name == "c") {
            inline_cell = type == "inlineStr";
            text.clear();
            cell_ref = ref;
        } else if (e.name == "rPh") {
            ++in_phonetic;
        } else if (e.name == "t") {
            ++in_t;
        }
        ref.clear();
        type.clear();
    }
    void characters(std::string_view value, bool) {
        if (inline_cell && in_t > 0 && in_phonetic == 0) text += value;
    }
    void end_element(const orcus::sax_ns_parser_element& e) {
        if (e.name == "t") {
            --in_t;
        } else if (e.name == "rPh") {
            --in_phonetic;
        } else if (e.name == "c" && inline_cell) {
            int row = 0;
            const int column = column_of(cell_ref, row);
            if (row >= max_rows) throw TooLarge("sheet '" + sheet.name() + "' has too many rows");
            if (row >= 0 && column >= 0 && column < max_columns && !text.empty())
                sheet.set_text(row, column, text);
            inline_cell = false;
        }
    }
    std::string cell_ref;
};

std::string part_path(const std::string& target) {
    if (!target.empty() && target[0] == '/') return target.substr(1);
    return "xl/" + target;
}

}  // namespace

void add_xlsx_inline_strings(const std::filesystem::path& file, sheet::Workbook& workbook,
                             std::uintmax_t max_part_bytes, int max_rows, int max_columns) {
    const auto workbook_xml = read_zip_entry(file, "xl/workbook.xml", max_part_bytes);
    const auto rels_xml = read_zip_entry(file, "xl/_rels/workbook.xml.rels", max_part_bytes);
    if (!workbook_xml || !rels_xml) return;
    WorkbookHandler sheets;
    parse(*workbook_xml, sheets);
    RelsHandler rels;
    parse(*rels_xml, rels);
    for (const auto& [name, id] : sheets.sheets) {
        sheet::Sheet* target = nullptr;
        for (sheet::Sheet& s : workbook.sheets)
            if (s.name() == name) target = &s;
        const auto found = rels.targets.find(id);
        if (!target || found == rels.targets.end()) continue;
        const auto part = read_zip_entry(file, part_path(found->second), max_part_bytes);
        if (!part || part->find("inlineStr") == std::string::npos) continue;
        SheetHandler handler(*target, max_rows, max_columns);
        parse(*part, handler);
    }
}

}  // namespace apichecklist::io
