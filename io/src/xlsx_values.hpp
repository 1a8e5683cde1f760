#pragma once
// How the cached values of an .xlsx sheet part become the text the core sees: numbers
// without a trailing ".0", date serials as ISO dates, Excel's _xHHHH_ escapes decoded.

#include <string>
#include <string_view>

namespace apichecklist::io {

// 42 → "42", 0.5 → "0.5" (shortest round trip); text that is not a number is kept.
std::string xlsx_number_text(std::string_view value);

// A date serial (days since 1899-12-30, Excel's 1900 leap-year bug kept; since 1904-01-01
// with date1904) → "2024-09-30", "2024-09-30 13:05:00", or "13:05:00" below 1.
std::string xlsx_date_text(std::string_view value, bool date1904);

// "a_x000D_b" → "a\rb"; then CR LF and lone CR become LF, as a cell's paragraphs are.
std::string xlsx_unescape(std::string_view text);

bool is_error_literal(std::string_view text);

}  // namespace apichecklist::io
