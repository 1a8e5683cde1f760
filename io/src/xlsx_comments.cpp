#include "xlsx_comments.hpp"

#include <string>

#include "too_large.hpp"
#include "xlsx_parts.hpp"
#include "xml_parse.hpp"

namespace apichecklist::io {

namespace {

// <comment ref="F63"><text><r><t>…</t></r>…</text></comment>: the text is every run's
// <t>, phonetic runs (<rPh>) left out, as Excel and LibreOffice show it.
struct CommentsHandler : orcus::sax_ns_handler {
    CommentsHandler(sheet::Sheet& target_sheet, int rows, int columns)
        : sheet(target_sheet), max_rows(rows), max_columns(columns) {}
    sheet::Sheet& sheet;
    int max_rows, max_columns;
    std::string ref, comment_ref, text;
    int in_text = 0, in_t = 0, in_phonetic = 0;
    void attribute(std::string_view, std::string_view) {}
    void attribute(const orcus::sax_ns_parser_attribute& a) {
        if (a.name == "ref") ref = a.value;
    }
    void start_element(const orcus::sax_ns_parser_element& e) {
        if (e.name == "comment") {
            comment_ref = ref;
            text.clear();
        } else if (e.name == "text") {
            ++in_text;
        } else if (e.name == "t") {
            ++in_t;
        } else if (e.name == "rPh") {
            ++in_phonetic;
        }
        ref.clear();
    }
    void characters(std::string_view chars, bool) {
        if (in_text > 0 && in_t > 0 && in_phonetic == 0) text += chars;
    }
    void end_element(const orcus::sax_ns_parser_element& e) {
        if (e.name == "text")
            --in_text;
        else if (e.name == "t")
            --in_t;
        else if (e.name == "rPh")
            --in_phonetic;
        else if (e.name == "comment")
            finish_comment();
    }
    void finish_comment() {
        int row = 0;
        const int column = xlsx_column_of(comment_ref, row);
        if (row < 0 || column < 0 || column >= max_columns || text.empty()) return;
        if (row >= max_rows) throw TooLarge("sheet '" + sheet.name() + "' has too many rows");
        sheet::Cell cell = sheet.at(row, column);
        cell.comment = text;
        sheet.set(row, column, std::move(cell));
    }
};

}  // namespace

void add_xlsx_comments(std::string_view part, const std::string& xml, sheet::Sheet& sheet,
                       int max_rows, int max_columns) {
    CommentsHandler handler(sheet, max_rows, max_columns);
    parse_xml(part, xml, handler);
}

}  // namespace apichecklist::io
