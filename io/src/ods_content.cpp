#include "ods_content.hpp"

#include <algorithm>
#include <charconv>
#include <string>
#include <vector>

#include "cell_budget.hpp"
#include "too_large.hpp"
#include "xml_parse.hpp"

namespace apichecklist::io {

namespace {

constexpr std::string_view kTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr std::string_view kText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr std::string_view kOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view kCalcExt =
    "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

bool in_ns(orcus::xmlns_id_t ns, std::string_view uri) { return ns && std::string_view(ns) == uri; }

int to_int(std::string_view text, int fallback) {
    int value = fallback;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    return result.ec == std::errc() && value > 0 ? value : fallback;
}

class ContentHandler : public orcus::sax_ns_handler {
  public:
    ContentHandler(sheet::Workbook& workbook, int max_rows, int max_columns,
                   std::uintmax_t max_bytes)
        : workbook_(workbook), max_rows_(max_rows), max_columns_(max_columns), budget_(max_bytes) {}

    // orcus reports an element's attributes before the element itself.
    void attribute(std::string_view, std::string_view) {}

    void attribute(const orcus::sax_ns_parser_attribute& a) {
        if (in_ns(a.ns, kTable)) {
            if (a.name == "name")
                attrs_.name = a.value;
            else if (a.name == "number-rows-repeated")
                attrs_.rows_repeated = to_int(a.value, 1);
            else if (a.name == "number-columns-repeated")
                attrs_.columns_repeated = to_int(a.value, 1);
            else if (a.name == "number-rows-spanned")
                attrs_.rows_spanned = to_int(a.value, 1);
            else if (a.name == "number-columns-spanned")
                attrs_.columns_spanned = to_int(a.value, 1);
            else if (a.name == "formula")
                attrs_.formula = a.value.substr(a.value.rfind("of:", 0) == 0 ? 3 : 0);
        } else if (in_ns(a.ns, kOffice) && a.name == "value-type") {
            attrs_.value_type = a.value;
        } else if (in_ns(a.ns, kCalcExt) && a.name == "value-type") {
            attrs_.calc_value_type = a.value;
        } else if (in_ns(a.ns, kText) && a.name == "c") {
            attrs_.count = to_int(a.value, 1);
        }
    }

    void start_element(const orcus::sax_ns_parser_element& e) {
        Attributes attrs = std::move(attrs_);
        attrs_ = {};
        if (annotation_depth_ > 0) {
            ++annotation_depth_;
            if (in_ns(e.ns, kText))
                add_text_element(e.name, attrs, comment_paragraphs_, comment_paragraph_depth_,
                                 comment_);
            check_growth(comment_);
            return;
        }
        if (in_ns(e.ns, kTable)) {
            if (e.name == "table") {
                workbook_.sheets.emplace_back(attrs.name);
                row_ = 0;
                merges_.clear();
            } else if (e.name == "table-row") {
                row_repeat_ = attrs.rows_repeated;
                row_cells_.clear();
                column_ = 0;
            } else if (e.name == "table-cell" || e.name == "covered-table-cell") {
                cell_ = {};
                cell_.formula = std::move(attrs.formula);
                cell_repeat_ = attrs.columns_repeated;
                value_type_ = std::move(attrs.value_type);
                calc_value_type_ = std::move(attrs.calc_value_type);
                in_cell_ = true;
                if (attrs.rows_spanned > 1 || attrs.columns_spanned > 1)
                    merges_.push_back(
                        {{row_, column_},
                         {row_ + attrs.rows_spanned - 1, column_ + attrs.columns_spanned - 1}});
            }
        } else if (in_cell_ && in_ns(e.ns, kOffice) && e.name == "annotation") {
            annotation_depth_ = 1;
            comment_.clear();
            comment_paragraphs_ = 0;
            comment_paragraph_depth_ = 0;
        } else if (in_cell_ && in_ns(e.ns, kText)) {
            add_text_element(e.name, attrs, paragraphs_, paragraph_depth_, cell_.text);
            check_growth(cell_.text);
        }
    }

    void characters(std::string_view value, bool) {
        if (!in_cell_) return;
        if (annotation_depth_ > 0) {
            if (comment_paragraph_depth_ > 0) comment_ += value;
        } else if (paragraph_depth_ > 0) {
            cell_.text += value;
        }
        check_growth(annotation_depth_ > 0 ? comment_ : cell_.text);
    }

    void end_element(const orcus::sax_ns_parser_element& e) {
        if (annotation_depth_ > 0) {
            if (in_ns(e.ns, kText) && (e.name == "p" || e.name == "h")) --comment_paragraph_depth_;
            if (--annotation_depth_ == 0) cell_.comment = std::move(comment_);
            return;
        }
        if (in_cell_ && in_ns(e.ns, kText) && (e.name == "p" || e.name == "h")) --paragraph_depth_;
        if (!in_ns(e.ns, kTable)) return;
        if (e.name == "table-cell" || e.name == "covered-table-cell") {
            finish_cell();
        } else if (e.name == "table-row") {
            finish_row();
        } else if (e.name == "table" && !workbook_.sheets.empty()) {
            workbook_.sheets.back().set_merges(std::move(merges_));
            merges_.clear();
        }
    }

  private:
    struct Attributes {
        std::string name;
        std::string formula;
        std::string value_type;
        std::string calc_value_type;
        int rows_repeated = 1;
        int columns_repeated = 1;
        int rows_spanned = 1;  // a merged range from this cell (table:number-rows-spanned)
        int columns_spanned = 1;
        int count = 1;
    };

    // A cell's text and its comment's text are made of the same elements.
    static void add_text_element(std::string_view name, const Attributes& attrs, int& paragraphs,
                                 int& paragraph_depth, std::string& text) {
        if (name == "p" || name == "h") {
            if (paragraphs++ > 0) text += '\n';
            ++paragraph_depth;
        } else if (name == "s") {
            text.append(std::size_t(std::min(attrs.count, 1 << 16)), ' ');
        } else if (name == "tab") {
            text += '\t';
        } else if (name == "line-break") {
            text += '\n';
        }
    }

    void finish_cell() {
        in_cell_ = false;
        paragraphs_ = 0;
        paragraph_depth_ = 0;
        if (!cell_.formula.empty()) {
            cell_.kind =
                calc_value_type_ == "error" ? sheet::CellKind::Error : sheet::CellKind::Formula;
        } else if (value_type_.empty()) {
            cell_.kind = cell_.text.empty() ? sheet::CellKind::Empty : sheet::CellKind::Text;
        } else if (value_type_ == "string") {
            cell_.kind = sheet::CellKind::Text;
        } else if (value_type_ == "boolean") {
            cell_.kind = sheet::CellKind::Boolean;
        } else {
            cell_.kind = sheet::CellKind::Number;
        }
        if ((cell_.kind != sheet::CellKind::Empty || !cell_.comment.empty()) &&
            column_ < max_columns_ && !workbook_.sheets.empty()) {
            const int copies = std::min(cell_repeat_, max_columns_ - column_);
            budget_.charge(cell_, std::uintmax_t(copies), workbook_.sheets.back().name());
            for (int i = 0; i < copies; ++i) row_cells_.emplace_back(column_ + i, cell_);
        }
        column_ += cell_repeat_;
    }

    void finish_row() {
        if (workbook_.sheets.empty()) return;
        if (!row_cells_.empty()) {
            if (row_ + row_repeat_ > max_rows_)
                throw TooLarge("sheet '" + workbook_.sheets.back().name() + "' has more than " +
                               std::to_string(max_rows_) + " rows");
            sheet::Sheet& target = workbook_.sheets.back();
            for (const auto& cell : row_cells_)  // the first copy is charged already
                budget_.charge(cell.second, std::uintmax_t(row_repeat_ - 1), target.name());
            for (int r = 0; r < row_repeat_; ++r)
                for (const auto& [column, cell] : row_cells_) target.set(row_ + r, column, cell);
        }
        row_ += row_repeat_;
    }

    void check_growth(const std::string& text) const {
        budget_.check_growing_text(
            text.size(), workbook_.sheets.empty() ? std::string() : workbook_.sheets.back().name());
    }

    sheet::Workbook& workbook_;
    int max_rows_;
    int max_columns_;
    CellBudget budget_;
    Attributes attrs_;
    int row_ = 0;
    int row_repeat_ = 1;
    int column_ = 0;
    int cell_repeat_ = 1;
    int paragraphs_ = 0;
    int paragraph_depth_ = 0;
    int annotation_depth_ = 0;
    int comment_paragraphs_ = 0;
    int comment_paragraph_depth_ = 0;
    std::string comment_;
    bool in_cell_ = false;
    sheet::Cell cell_;
    std::string value_type_;
    std::string calc_value_type_;
    std::vector<std::pair<int, sheet::Cell>> row_cells_;
    std::vector<sheet::CellRange> merges_;  // of the sheet being read
};

}  // namespace

void read_ods_content(std::string_view content_xml, sheet::Workbook& workbook, int max_rows,
                      int max_columns, std::uintmax_t max_bytes) {
    ContentHandler handler(workbook, max_rows, max_columns, max_bytes);
    parse_xml("content.xml", content_xml, handler);
}

}  // namespace apichecklist::io
