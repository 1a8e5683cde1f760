#include "csv_reader.hpp"

#include <orcus/csv_parser.hpp>

#include "too_large.hpp"

namespace apichecklist::io {

namespace {

class CsvHandler : public orcus::csv_handler {
  public:
    CsvHandler(sheet::Sheet& sheet, int max_rows, int max_columns)
        : sheet_(sheet), max_rows_(max_rows), max_columns_(max_columns) {}

    void begin_row() {
        column_ = 0;
        if (row_ >= max_rows_)
            throw TooLarge("the CSV has more than " + std::to_string(max_rows_) + " rows");
    }
    void end_row() { ++row_; }
    void cell(const char* p, std::size_t n, bool) {
        if (n > 0 && column_ < max_columns_) sheet_.set_text(row_, column_, std::string(p, n));
        ++column_;
    }

  private:
    sheet::Sheet& sheet_;
    int max_rows_;
    int max_columns_;
    int row_ = 0;
    int column_ = 0;
};

}  // namespace

void read_csv(std::string_view content, std::string sheet_name, sheet::Workbook& workbook,
              int max_rows, int max_columns) {
    if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
    workbook.sheets.emplace_back(std::move(sheet_name));
    orcus::csv::parser_config config;
    config.delimiters = ",";
    config.text_qualifier = '"';
    config.trim_cell_value = false;
    CsvHandler handler(workbook.sheets.back(), max_rows, max_columns);
    orcus::csv_parser<CsvHandler> parser(content.data(), content.size(), handler, config);
    parser.parse();
}

}  // namespace apichecklist::io
