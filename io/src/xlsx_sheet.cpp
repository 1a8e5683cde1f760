#include "xlsx_sheet.hpp"

#include <charconv>
#include <map>

#include "too_large.hpp"
#include "xlsx_parts.hpp"
#include "xlsx_values.hpp"
#include "xml_parse.hpp"

namespace apichecklist::io {

namespace {

long long to_number(std::string_view text, long long fallback) {
    long long value = fallback;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size() ? value : fallback;
}

// Collects the text of <t> elements outside phonetic runs, as <si> and <is> hold it.
struct RichText {
    std::string text;
    int in_t = 0, in_phonetic = 0;
    void start(std::string_view name) {
        if (name == "t") ++in_t;
        if (name == "rPh") ++in_phonetic;
    }
    void end(std::string_view name) {
        if (name == "t") --in_t;
        if (name == "rPh") --in_phonetic;
    }
    void characters(std::string_view chars) {
        if (in_t > 0 && in_phonetic == 0) text += chars;
    }
};

struct SharedStringsHandler : orcus::sax_ns_handler {
    std::vector<std::string> strings;
    RichText item;
    bool in_item = false;
    void start_element(const orcus::sax_ns_parser_element& e) {
        if (e.name == "si") {
            in_item = true;
            item = {};
        } else if (in_item) {
            item.start(e.name);
        }
    }
    void end_element(const orcus::sax_ns_parser_element& e) {
        if (e.name == "si") {
            in_item = false;
            strings.push_back(xlsx_unescape(item.text));
        } else if (in_item) {
            item.end(e.name);
        }
    }
    void characters(std::string_view chars, bool) {
        if (in_item) item.characters(chars);
    }
};

// <row r="12"><c r="F12" s="3" t="s"><f>…</f><v>…</v></c><c t="inlineStr"><is>…</is></c>
class SheetHandler : public orcus::sax_ns_handler {
  public:
    SheetHandler(const XlsxSheetContext& context, sheet::Sheet& sheet)
        : context_(context), sheet_(sheet) {}

    void attribute(std::string_view, std::string_view) {}
    void attribute(const orcus::sax_ns_parser_attribute& a) {
        if (a.ns_alias.empty()) attributes_[std::string(a.name)] = a.value;
    }
    void start_element(const orcus::sax_ns_parser_element& e) {
        if (e.name == "row") {
            row_ = int(to_number(attribute("r"), row_ + 2) - 1);
            column_ = -1;
        } else if (e.name == "c") {
            start_cell();
        } else if (e.name == "mergeCell") {
            add_merge(attribute("ref"));
        } else if (in_cell_) {
            if (e.name == "v") ++in_v_;
            if (e.name == "f") start_formula();
            if (e.name == "is") ++in_inline_;
            if (in_inline_ > 0) inline_.start(e.name);
        }
        attributes_.clear();
    }
    void end_element(const orcus::sax_ns_parser_element& e) {
        if (!in_cell_) return;
        if (e.name == "c") {
            finish_cell();
        } else {
            if (in_inline_ > 0) inline_.end(e.name);
            if (e.name == "v") --in_v_;
            if (e.name == "f") --in_f_;
            if (e.name == "is") --in_inline_;
        }
    }
    void characters(std::string_view chars, bool) {
        if (!in_cell_) return;
        if (in_v_ > 0) value_ += chars;
        if (in_f_ > 0) formula_ += chars;
        if (in_inline_ > 0) inline_.characters(chars);
    }

    std::vector<sheet::CellRange> merges;

  private:
    // <mergeCells><mergeCell ref="B6:B10"/></mergeCells>, after the cells.
    void add_merge(std::string_view ref) {
        const std::size_t colon = ref.find(':');
        if (colon == std::string_view::npos) return;
        sheet::CellRange range;
        range.first.column = xlsx_column_of(ref.substr(0, colon), range.first.row);
        range.last.column = xlsx_column_of(ref.substr(colon + 1), range.last.row);
        merges.push_back(range);
    }

    std::string_view attribute(const char* name) const {
        const auto found = attributes_.find(name);
        return found == attributes_.end() ? std::string_view() : std::string_view(found->second);
    }

    void start_cell() {
        in_cell_ = true;
        in_v_ = in_f_ = in_inline_ = 0;
        has_formula_ = false;
        value_.clear();
        formula_.clear();
        shared_index_ = -1;
        inline_ = {};
        type_ = attribute("t");
        style_ = std::size_t(to_number(attribute("s"), 0));
        const std::string_view ref = attribute("r");
        int row = row_;
        const int column = ref.empty() ? column_ + 1 : xlsx_column_of(ref, row);
        if (!ref.empty()) row_ = row;
        column_ = column;
    }

    void start_formula() {
        ++in_f_;
        has_formula_ = true;
        if (attribute("t") == "shared") shared_index_ = to_number(attribute("si"), -1);
    }

    std::string formula_text() {
        if (shared_index_ >= 0) {
            if (!formula_.empty())
                shared_[shared_index_] = formula_;
            else if (const auto master = shared_.find(shared_index_); master != shared_.end())
                formula_ = master->second;  // the master's text, not adjusted to this cell
        }
        return formula_.empty() ? std::string() : "=" + formula_;
    }

    sheet::Cell cell_value() const {
        sheet::Cell cell;
        if (type_ == "inlineStr") {
            cell.kind = sheet::CellKind::Text;
            cell.text = xlsx_unescape(inline_.text);
        } else if (type_ == "s") {
            const long long index = to_number(value_, -1);
            if (index < 0 || std::size_t(index) >= context_.shared_strings.size()) return cell;
            cell.kind = sheet::CellKind::Text;
            cell.text = context_.shared_strings[std::size_t(index)];
        } else if (type_ == "str") {
            cell.kind = sheet::CellKind::Text;
            cell.text = xlsx_unescape(value_);
        } else if (type_ == "b") {
            cell.kind = sheet::CellKind::Boolean;
            cell.text = value_ == "1" || value_ == "true" ? "TRUE" : "FALSE";
        } else if (type_ == "e") {
            cell.kind = sheet::CellKind::Error;
            cell.text = value_;
        } else if (type_ == "d") {
            cell.kind = sheet::CellKind::Number;
            cell.text = value_.size() > 10 && value_.substr(10) == "T00:00:00"
                            ? value_.substr(0, 10)
                            : value_;
        } else if (!value_.empty()) {
            cell.kind = sheet::CellKind::Number;
            cell.text = context_.date_styles.is_date(style_)
                            ? xlsx_date_text(value_, context_.date1904)
                            : xlsx_number_text(value_);
        }
        return cell;
    }

    void finish_cell() {
        in_cell_ = false;
        sheet::Cell cell = cell_value();
        if (has_formula_) {
            cell.formula = formula_text();
            if (cell.kind != sheet::CellKind::Error)
                cell.kind =
                    is_error_literal(cell.text) ? sheet::CellKind::Error : sheet::CellKind::Formula;
        } else if (cell.kind == sheet::CellKind::Empty || cell.text.empty()) {
            return;
        }
        if (row_ < 0 || column_ < 0 || column_ >= context_.max_columns) return;
        if (row_ >= context_.max_rows)
            throw TooLarge("sheet '" + sheet_.name() + "' has more than " +
                           std::to_string(context_.max_rows) + " rows");
        context_.budget.charge(cell, 1, sheet_.name());
        sheet_.set(row_, column_, std::move(cell));
    }

    const XlsxSheetContext& context_;
    sheet::Sheet& sheet_;
    std::map<std::string, std::string, std::less<>> attributes_;
    std::map<long long, std::string> shared_;  // shared formula index → master's text
    int row_ = -1, column_ = -1;
    bool in_cell_ = false, has_formula_ = false;
    int in_v_ = 0, in_f_ = 0, in_inline_ = 0;
    std::string type_, value_, formula_;
    std::size_t style_ = 0;
    long long shared_index_ = -1;
    RichText inline_;
};

}  // namespace

std::vector<std::string> read_xlsx_shared_strings(std::string_view part, const std::string& xml) {
    SharedStringsHandler handler;
    parse_xml(part, xml, handler);
    return std::move(handler.strings);
}

void read_xlsx_sheet(std::string_view part, const std::string& xml, const XlsxSheetContext& context,
                     sheet::Sheet& sheet) {
    SheetHandler handler(context, sheet);
    parse_xml(part, xml, handler);
    sheet.set_merges(std::move(handler.merges));
}

}  // namespace apichecklist::io
