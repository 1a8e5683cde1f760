#pragma once
// Reads a CSV file into one sheet the way Excel (and Python's csv module) read it:
// RFC 4180 with what Excel writes around it. The bytes are decoded with ICU first:
// a BOM (UTF-8, UTF-16LE/BE) decides; else valid UTF-8 is UTF-8; else Shift_JIS (CP932,
// what Japanese Excel's 「CSV (コンマ区切り)」 writes) or EUC-JP, whichever decodes
// without an error. Problems are CsvError with a Japanese and an English message; the
// caller adds the file name.

#include <stdexcept>
#include <string>
#include <string_view>

#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::io {

class CsvError : public std::runtime_error {
  public:
    CsvError(std::string message_ja, std::string message_en)
        : std::runtime_error(message_en),
          message_ja_(std::move(message_ja)),
          message_en_(std::move(message_en)) {}
    const std::string& message_ja() const { return message_ja_; }
    const std::string& message_en() const { return message_en_; }

  private:
    std::string message_ja_;
    std::string message_en_;
};

// The bytes as UTF-8 and the name of the encoding they were in ("UTF-8", "UTF-8 (BOM)",
// "UTF-16LE (BOM)", "UTF-16BE (BOM)", "Shift_JIS (CP932)", "EUC-JP"). CsvError when no
// encoding fits.
struct DecodedText {
    std::string utf8;
    std::string encoding;
};
DecodedText decode_csv_bytes(std::string_view bytes);

// Splits UTF-8 CSV text into the rows and cells of one new sheet of workbook. More than
// max_rows rows: TooLarge; cells beyond max_columns are dropped. A quote left open at the
// end of the file: CsvError naming the line where it opened.
void parse_csv(std::string_view text, sheet::Sheet& sheet, int max_rows, int max_columns);

// decode_csv_bytes then parse_csv into a new sheet named sheet_name; returns the encoding.
std::string read_csv(std::string_view content, std::string sheet_name, sheet::Workbook& workbook,
                     int max_rows, int max_columns);

}  // namespace apichecklist::io
