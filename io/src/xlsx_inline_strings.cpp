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
    for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i)
        column = column * 26 + (ref[i] - 'A' + 1);
    row = 0;
    for (; i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && row < 10'000'000; ++i)
        row = row * 10 + (ref[i] - '0');
    --row;
    return column - 1;
}

// A sheet part: <c r="A1" t="inlineStr"><is><t>…</t><r><t>…</t></r></is></c>; phonetic
// runs (<rPh>) are not part of the text. Where orcus gave up on such a part, its other
// cells (numbers, booleans, errors, formula results) are taken from here too; cells orcus
// did import are left as they are.
struct SheetHandler : orcus::sax_ns_handler {
    SheetHandler(sheet::Sheet& target_sheet, int rows, int columns)
        : sheet(target_sheet), max_rows(rows), max_columns(columns) {}
    sheet::Sheet& sheet;
    int max_rows, max_columns;
    std::string ref, type, text, value, formula, cell_ref, cell_type;
    bool in_cell = false, has_formula = false;
    int in_t = 0, in_v = 0, in_f = 0, in_phonetic = 0;
    void attribute(std::string_view, std::string_view) {}
    void attribute(const orcus::sax_ns_parser_attribute& a) {
        if (a.name == "r") ref = a.value;
        if (a.name == "t") type = a.value;
    }
    void start_element(const orcus::sax_ns_parser_element& e) {
        if (e.name == "c") {
            in_cell = true;
            has_formula = false;
            text.clear();
            value.clear();
            formula.clear();
            cell_ref = ref;
            cell_type = type;
        } else if (e.name == "rPh") {
            ++in_phonetic;
        } else if (e.name == "t") {
            ++in_t;
        } else if (e.name == "v") {
            ++in_v;
        } else if (e.name == "f") {
            ++in_f;
            has_formula = true;
        }
        ref.clear();
        type.clear();
    }
    void characters(std::string_view chars, bool) {
        if (!in_cell) return;
        if (in_t > 0 && in_phonetic == 0) text += chars;
        if (in_v > 0) value += chars;
        if (in_f > 0) formula += chars;
    }
    void end_element(const orcus::sax_ns_parser_element& e) {
        if (e.name == "t")
            --in_t;
        else if (e.name == "v")
            --in_v;
        else if (e.name == "f")
            --in_f;
        else if (e.name == "rPh")
            --in_phonetic;
        else if (e.name == "c")
            finish_cell();
    }
    void finish_cell() {
        in_cell = false;
        int row = 0;
        const int column = column_of(cell_ref, row);
        if (row < 0 || column < 0 || column >= max_columns) return;
        if (row >= max_rows) throw TooLarge("sheet '" + sheet.name() + "' has too many rows");
        const sheet::Cell& existing = sheet.at(row, column);
        if (cell_type == "e" && existing.kind == sheet::CellKind::Formula) {
            // orcus keeps a formula's error result as a plain formula
            sheet::Cell error = existing;
            error.kind = sheet::CellKind::Error;
            error.text = value;
            sheet.set(row, column, std::move(error));
            return;
        }
        if (existing.kind != sheet::CellKind::Empty) return;
        sheet::Cell cell;
        if (cell_type == "inlineStr") {
            cell.kind = sheet::CellKind::Text;
            cell.text = text;
        } else if (cell_type == "s") {
            return;  // shared strings are orcus's
        } else if (cell_type == "e") {
            cell.kind = sheet::CellKind::Error;
            cell.text = value;
        } else if (cell_type == "b") {
            cell.kind = sheet::CellKind::Boolean;
            cell.text = value == "1" ? "TRUE" : "FALSE";
        } else {
            cell.kind = cell_type == "str" ? sheet::CellKind::Text : sheet::CellKind::Number;
            cell.text = value;
        }
        if (has_formula && cell.kind != sheet::CellKind::Error)
            cell.kind = sheet::CellKind::Formula;
        if (has_formula) cell.formula = "=" + formula;
        if (cell.text.empty() && !has_formula) return;
        sheet.set(row, column, std::move(cell));
    }
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
        if (!part || (part->find("inlineStr") == std::string::npos &&
                      part->find("t=\"e\"") == std::string::npos))
            continue;
        SheetHandler handler(*target, max_rows, max_columns);
        parse(*part, handler);
    }
}

}  // namespace apichecklist::io
