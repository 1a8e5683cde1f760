#include "import_factory.hpp"

#include <orcus/exception.hpp>

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace apichecklist::io {

namespace ss = orcus::spreadsheet;
namespace iface = orcus::spreadsheet::iface;

namespace {

std::string number_text(double value) {
    if (std::isfinite(value) && std::fabs(value) < 1e15 && value == std::floor(value))
        return std::to_string(static_cast<long long>(value));
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

bool is_error_literal(std::string_view text) {
    static const char* const kErrors[] = {"#DIV/0!", "#N/A",    "#NAME?",        "#NULL!", "#NUM!",
                                          "#REF!",   "#VALUE!", "#GETTING_DATA", "#SPILL!"};
    for (const char* e : kErrors)
        if (text == e) return true;
    return text.rfind("Err:", 0) == 0;  // LibreOffice's own error codes, e.g. Err:502
}

}  // namespace

class ImportFactory::SharedStrings : public iface::import_shared_strings {
  public:
    std::size_t append(std::string_view s) override {
        strings_.emplace_back(s);
        return strings_.size() - 1;
    }
    std::size_t add(std::string_view s) override {
        const auto found = index_.find(std::string(s));
        if (found != index_.end()) return found->second;
        const std::size_t id = append(s);
        index_.emplace(strings_.back(), id);
        return id;
    }
    void set_segment_font(std::size_t) override {}
    void set_segment_bold(bool) override {}
    void set_segment_italic(bool) override {}
    void set_segment_font_name(std::string_view) override {}
    void set_segment_font_size(double) override {}
    void set_segment_font_color(ss::color_elem_t, ss::color_elem_t, ss::color_elem_t,
                                ss::color_elem_t) override {}
    void append_segment(std::string_view s) override { segments_ += s; }
    std::size_t commit_segments() override {
        const std::size_t id = append(segments_);
        segments_.clear();
        return id;
    }

    const std::string& at(std::size_t index) const {
        static const std::string kEmpty;
        return index < strings_.size() ? strings_[index] : kEmpty;
    }

  private:
    std::vector<std::string> strings_;
    std::unordered_map<std::string, std::size_t> index_;
    std::string segments_;
};

class ImportFactory::GlobalSettings : public iface::import_global_settings {
  public:
    void set_origin_date(int, int, int) override {}
    void set_default_formula_grammar(ss::formula_grammar_t grammar) override { grammar_ = grammar; }
    ss::formula_grammar_t get_default_formula_grammar() const override { return grammar_; }
    void set_character_set(orcus::character_set_t) override {}

  private:
    ss::formula_grammar_t grammar_ = ss::formula_grammar_t::unknown;
};

// Resolves the A1 references of xlsx sheet parts ("F12", "A1:J48"); sheet names are
// never part of them there.
class ImportFactory::ReferenceResolver : public iface::import_reference_resolver {
  public:
    ss::src_address_t resolve_address(std::string_view address) override {
        ss::src_address_t result{0, 0, 0};
        std::size_t i = 0;
        if (i < address.size() && address[i] == '$') ++i;
        int column = 0;
        for (; i < address.size() && std::isalpha(static_cast<unsigned char>(address[i])); ++i)
            column = column * 26 + (std::toupper(static_cast<unsigned char>(address[i])) - 'A' + 1);
        if (i < address.size() && address[i] == '$') ++i;
        int row = 0;
        for (; i < address.size() && std::isdigit(static_cast<unsigned char>(address[i])); ++i)
            row = row * 10 + (address[i] - '0');
        if (column == 0 || row == 0 || i != address.size() || column > 16384 || row > 1048576)
            throw orcus::invalid_arg_error("not an A1 address: " + std::string(address));
        result.column = column - 1;
        result.row = row - 1;
        return result;
    }
    ss::src_range_t resolve_range(std::string_view range) override {
        const std::size_t colon = range.find(':');
        if (colon == std::string_view::npos) {
            const auto single = resolve_address(range);
            return {single, single};
        }
        return {resolve_address(range.substr(0, colon)), resolve_address(range.substr(colon + 1))};
    }
};

// Receives one sheet's cells (and the formulas and hidden rows that go with them).
class SheetImporter : public iface::import_sheet,
                      private iface::import_formula,
                      private iface::import_sheet_properties {
  public:
    SheetImporter(const ImportFactory& factory, sheet::Workbook& workbook, std::size_t index,
                  int max_rows, int max_columns)
        : factory_(factory),
          workbook_(workbook),
          index_(index),
          max_rows_(max_rows),
          max_columns_(max_columns) {}

    iface::import_formula* get_formula() override { return this; }
    iface::import_sheet_properties* get_sheet_properties() override { return this; }

    void set_auto(ss::row_t row, ss::col_t col, std::string_view s) override {
        if (s.empty()) return;  // CSV reports empty fields
        put(row, col, sheet::CellKind::Text, std::string(s));
    }
    void set_string(ss::row_t row, ss::col_t col, ss::string_id_t id) override {
        put(row, col, sheet::CellKind::Text, factory_.shared_string(id));
    }
    void set_value(ss::row_t row, ss::col_t col, double value) override {
        put(row, col, sheet::CellKind::Number, number_text(value));
    }
    void set_bool(ss::row_t row, ss::col_t col, bool value) override {
        put(row, col, sheet::CellKind::Boolean, value ? "TRUE" : "FALSE");
    }
    void set_date_time(ss::row_t row, ss::col_t col, int year, int month, int day, int hour,
                       int minute, double second) override {
        char buffer[64];
        if (hour == 0 && minute == 0 && second == 0)
            std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
        else
            std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d", year, month, day,
                          hour, minute, static_cast<int>(second));
        put(row, col, sheet::CellKind::Number, buffer);
    }
    void set_format(ss::row_t, ss::col_t, std::size_t) override {}
    void set_format(ss::row_t, ss::col_t, ss::row_t, ss::col_t, std::size_t) override {}
    void fill_down_cells(ss::row_t src_row, ss::col_t src_col, ss::row_t range_size) override {
        const sheet::Cell source = sheet().at(src_row, src_col);
        if (source.kind == sheet::CellKind::Empty) return;
        for (ss::row_t r = 1; r <= range_size; ++r) put(src_row + r, src_col, source);
    }
    ss::range_size_t get_sheet_size() const override { return {1048576, 16384}; }

  private:
    // import_formula
    void set_position(ss::row_t row, ss::col_t col) override { formula_ = {row, col}; }
    void set_formula(ss::formula_grammar_t, std::string_view formula) override {
        formula_text_ = formula;
        if (!formula_text_.empty() && formula_text_[0] != '=') formula_text_.insert(0, "=");
    }
    void set_shared_formula_index(std::size_t) override {}
    void set_result_string(std::string_view value) override { result_ = value; }
    void set_result_value(double value) override { result_ = number_text(value); }
    void set_result_bool(bool value) override { result_ = value ? "TRUE" : "FALSE"; }
    void set_result_empty() override { result_.clear(); }
    void commit() override {
        sheet::Cell cell;
        cell.kind = is_error_literal(result_) ? sheet::CellKind::Error : sheet::CellKind::Formula;
        cell.text = std::move(result_);
        cell.formula = std::move(formula_text_);
        put(formula_.row, formula_.column, std::move(cell));
        result_.clear();
        formula_text_.clear();
    }

    // import_sheet_properties
    void set_column_width(ss::col_t, double, orcus::length_unit_t) override {}
    void set_column_hidden(ss::col_t, bool) override {}
    void set_row_height(ss::row_t, double, orcus::length_unit_t) override {}
    void set_row_hidden(ss::row_t, bool) override {}
    void set_merge_cell_range(const ss::range_t&) override {}

    sheet::Sheet& sheet() { return workbook_.sheets[index_]; }

    void put(ss::row_t row, ss::col_t col, sheet::CellKind kind, std::string text) {
        sheet::Cell cell;
        cell.kind = kind;
        cell.text = std::move(text);
        put(row, col, std::move(cell));
    }
    void put(ss::row_t row, ss::col_t col, sheet::Cell cell) {
        if (col >= max_columns_ || row < 0 || col < 0) return;
        if (row >= max_rows_)
            throw TooLarge("sheet '" + sheet().name() + "' has more than " +
                           std::to_string(max_rows_) + " rows");
        // An existing formula cell keeps its kind: xlsx reports the cached result too.
        const sheet::Cell& existing = sheet().at(row, col);
        if (existing.kind == sheet::CellKind::Formula || existing.kind == sheet::CellKind::Error) {
            if (cell.kind != sheet::CellKind::Formula && cell.kind != sheet::CellKind::Error)
                return;
        }
        sheet().set(row, col, std::move(cell));
    }

    const ImportFactory& factory_;
    sheet::Workbook& workbook_;
    std::size_t index_;
    int max_rows_;
    int max_columns_;
    sheet::CellAddress formula_;
    std::string formula_text_;
    std::string result_;
};

ImportFactory::ImportFactory(sheet::Workbook& workbook, int max_rows, int max_columns)
    : workbook_(workbook),
      max_rows_(max_rows),
      max_columns_(max_columns),
      strings_(std::make_unique<SharedStrings>()),
      settings_(std::make_unique<GlobalSettings>()),
      resolver_(std::make_unique<ReferenceResolver>()) {}

ImportFactory::~ImportFactory() = default;

iface::import_shared_strings* ImportFactory::get_shared_strings() { return strings_.get(); }
iface::import_global_settings* ImportFactory::get_global_settings() { return settings_.get(); }
iface::import_reference_resolver* ImportFactory::get_reference_resolver(ss::formula_ref_context_t) {
    return resolver_.get();
}

iface::import_sheet* ImportFactory::append_sheet(ss::sheet_t, std::string_view name) {
    workbook_.sheets.emplace_back(std::string(name));
    sheets_.push_back(std::make_unique<SheetImporter>(*this, workbook_, workbook_.sheets.size() - 1,
                                                      max_rows_, max_columns_));
    return sheets_.back().get();
}

iface::import_sheet* ImportFactory::get_sheet(std::string_view name) {
    for (std::size_t i = 0; i < workbook_.sheets.size(); ++i)
        if (workbook_.sheets[i].name() == name) return sheets_[i].get();
    return nullptr;
}

iface::import_sheet* ImportFactory::get_sheet(ss::sheet_t index) {
    return index >= 0 && std::size_t(index) < sheets_.size() ? sheets_[std::size_t(index)].get()
                                                             : nullptr;
}

void ImportFactory::finalize() {}

const std::string& ImportFactory::shared_string(std::size_t index) const {
    return strings_->at(index);
}

}  // namespace apichecklist::io
