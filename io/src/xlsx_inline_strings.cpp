#include "xlsx_inline_strings.hpp"

#include <map>
#include <string>
#include <vector>

#include "import_factory.hpp"
#include "xlsx_parts.hpp"
#include "zip_guard.hpp"

namespace apichecklist::io {

namespace {

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
        const int column = xlsx_column_of(cell_ref, row);
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

}  // namespace

void add_xlsx_inline_strings(const std::filesystem::path& file, sheet::Workbook& workbook,
                             std::uintmax_t max_part_bytes, int max_rows, int max_columns) {
    for (const auto& sheet_part : xlsx_sheet_parts(file, workbook, max_part_bytes)) {
        const auto part = read_zip_entry(file, sheet_part.path, max_part_bytes);
        if (!part || (part->find("inlineStr") == std::string::npos &&
                      part->find("t=\"e\"") == std::string::npos))
            continue;
        SheetHandler handler(*sheet_part.sheet, max_rows, max_columns);
        parse_xml(*part, handler);
    }
}

}  // namespace apichecklist::io
