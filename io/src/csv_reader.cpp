#include "csv_reader.hpp"

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include "too_large.hpp"

namespace apichecklist::io {

namespace {

// ---- Encodings -------------------------------------------------------------------------

// The ICU converters tried without a BOM. "windows-31j" is ibm-943_P15A-2003, Microsoft's
// CP932 (NEC and IBM extensions, 0x5C as a backslash); "EUC-JP" is euc-jp-2007.
constexpr const char* kCp932 = "windows-31j";
constexpr const char* kEucJp = "EUC-JP";

const std::string kTriedJa = "UTF-8、Shift_JIS (CP932)、EUC-JP、UTF-16 (BOM 付き)";
const std::string kTriedEn = "UTF-8, Shift_JIS (CP932), EUC-JP and UTF-16 with a BOM";
const std::string kSaveAsJa =
    "表計算ソフトで開き、「CSV UTF-8 (コンマ区切り)」形式で保存し直してください。";
const std::string kSaveAsEn =
    "open it in a spreadsheet program and save it as \"CSV UTF-8 (Comma delimited)\"";

struct ConverterCloser {
    void operator()(UConverter* converter) const { ucnv_close(converter); }
};

// The bytes in the named encoding, or nothing when any byte sequence is illegal or
// unassigned there (the stop callback: no substitution characters, no guessing); then
// *error_at is the offset of the first such sequence.
std::optional<icu::UnicodeString> decode_strict(std::string_view bytes, const char* encoding,
                                                std::size_t* error_at = nullptr) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(encoding, &status));
    if (U_FAILURE(status)) return std::nullopt;
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    ucnv_setFallback(converter.get(), false);
    if (U_FAILURE(status)) return std::nullopt;
    // One UTF-16 unit per input byte is enough for every encoding here; grown if not.
    int32_t capacity = static_cast<int32_t>(bytes.size()) + 16;
    while (true) {
        icu::UnicodeString text;
        char16_t* buffer = text.getBuffer(capacity);
        if (!buffer) return std::nullopt;
        char16_t* target = buffer;
        const char* source = bytes.data();
        status = U_ZERO_ERROR;
        ucnv_toUnicode(converter.get(), &target, buffer + capacity, &source,
                       bytes.data() + bytes.size(), nullptr, true, &status);
        text.releaseBuffer(static_cast<int32_t>(target - buffer));
        if (status == U_BUFFER_OVERFLOW_ERROR && capacity < (INT32_MAX >> 1)) {
            ucnv_reset(converter.get());
            capacity *= 2;
            continue;
        }
        if (U_SUCCESS(status)) return text;
        if (error_at) {
            char invalid[32];
            int8_t invalid_length = sizeof invalid;
            UErrorCode ignored = U_ZERO_ERROR;
            ucnv_getInvalidChars(converter.get(), invalid, &invalid_length, &ignored);
            const std::size_t consumed = std::size_t(source - bytes.data());
            const std::size_t bad = U_SUCCESS(ignored) ? std::size_t(invalid_length) : 0;
            *error_at = consumed > bad ? consumed - bad : 0;
        }
        return std::nullopt;
    }
}

std::string to_utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

// EUC-JP kana and kanji are byte pairs in 0xA1–0xFE, which CP932 mostly also accepts: as
// half-width katakana (0xA1–0xDF) and user-defined characters (lead bytes 0xF0–0xF9).
// A Japanese sheet in CP932 has few of either, an EUC-JP one read as CP932 is full of
// them; CP932 text almost never decodes as EUC-JP (its kana lead bytes 0x82/0x83 are
// illegal there). So when both decode, the reading with fewer of these is the right one.
std::size_t unlikely_characters(const icu::UnicodeString& text) {
    std::size_t count = 0;
    const char16_t* units = text.getBuffer();
    for (int32_t i = 0, n = text.length(); i < n; ++i) {
        const char16_t u = units[i];
        if ((u >= 0xFF61 && u <= 0xFF9F) || (u >= 0xE000 && u <= 0xF8FF)) ++count;
    }
    return count;
}

bool has_c1_controls(const icu::UnicodeString& text) {
    const char16_t* units = text.getBuffer();
    for (int32_t i = 0, n = text.length(); i < n; ++i)
        if (units[i] >= 0x80 && units[i] <= 0x9F) return true;
    return false;
}

DecodedText decode_with_bom(std::string_view bytes, std::size_t bom, const char* encoding,
                            const std::string& name) {
    auto text = decode_strict(bytes.substr(bom), encoding);
    if (!text)
        throw CsvError("先頭の BOM は " + name +
                           " を示していますが、その文字コードとして読めません "
                           "(ファイルが途中で切れているか壊れています)。" +
                           kSaveAsJa,
                       "the byte order mark says " + name + ", but the file does not decode as " +
                           name + " (it is truncated or damaged); " + kSaveAsEn);
    return {to_utf8(*text), name + " (BOM)"};
}

// ---- RFC 4180 --------------------------------------------------------------------------

// Our own state machine, not orcus::csv_parser: orcus 0.17 ends a row only at LF, so a
// quoted field before CRLF (the last field of every Excel row that has one) fails with
// "expected a delimiter"; an unquoted last field keeps its CR; a quote left open is
// closed at the end of the file without a word (unless the cell held a doubled quote);
// none of this is configurable (parser_config has only delimiters, text qualifier and
// trimming). This is what Excel and Python's csv
// module do instead: a quote opens a quoted field only at the start of a field (elsewhere
// it is a character); inside quotes "" is one quote and line breaks belong to the cell;
// text after a closing quote up to the next comma is appended; rows end at CRLF, LF or CR;
// a last line without a line end is a row; an empty line is an empty row.
enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

class CsvSplitter {
  public:
    CsvSplitter(sheet::Sheet& sheet, int max_rows, int max_columns)
        : sheet_(sheet), max_rows_(max_rows), max_columns_(max_columns) {}

    void parse(std::string_view text) {
        const std::size_t n = text.size();
        for (std::size_t i = 0; i < n; ++i) {
            const char c = text[i];
            line_open_ = true;
            switch (state_) {
                case State::Quoted:
                    if (c == '"') {
                        state_ = State::QuoteInQuoted;
                    } else if (c == '\r' || c == '\n') {
                        // A cell's paragraphs are joined by '\n' in the sheet model.
                        if (c == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
                        field_ += '\n';
                        ++line_;
                    } else {
                        field_ += c;
                    }
                    break;
                case State::QuoteInQuoted:
                    if (c == '"') {
                        field_ += '"';
                        state_ = State::Quoted;
                    } else {
                        outside_quotes(c, text, i);
                    }
                    break;
                case State::FieldStart:
                    if (c == '"') {
                        state_ = State::Quoted;
                        quote_line_ = line_;
                        break;
                    }
                    outside_quotes(c, text, i);
                    break;
                case State::Unquoted:
                    outside_quotes(c, text, i);
                    break;
            }
        }
        if (state_ == State::Quoted)
            throw CsvError(
                "CSV の " + std::to_string(quote_line_) +
                    " 行目で始まる引用符 (\") "
                    "がファイルの終わりまで閉じられていません。引用符の対応を確認するか、"
                    "表計算ソフトで保存し直してください。",
                "the quote (\") opened on line " + std::to_string(quote_line_) +
                    " is not closed before the end of the file; check the quotes "
                    "or save the file again from a spreadsheet program");
        if (line_open_) end_row();
    }

  private:
    void outside_quotes(char c, std::string_view text, std::size_t& i) {
        if (c == ',') {
            end_field();
            state_ = State::FieldStart;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            end_row();
            ++line_;
            line_open_ = false;
            state_ = State::FieldStart;
        } else {
            field_ += c;
            state_ = State::Unquoted;
        }
    }

    void end_field() {
        if (row_ >= max_rows_)
            throw TooLarge("the CSV has more than " + std::to_string(max_rows_) + " rows");
        if (!field_.empty() && column_ < max_columns_) sheet_.set_text(row_, column_, field_);
        field_.clear();
        ++column_;
    }
    void end_row() {
        end_field();
        ++row_;
        column_ = 0;
    }

    sheet::Sheet& sheet_;
    int max_rows_;
    int max_columns_;
    State state_ = State::FieldStart;
    std::string field_;
    int row_ = 0;
    int column_ = 0;
    std::size_t line_ = 1;        // the file's line, for messages
    std::size_t quote_line_ = 0;  // where the open quote opened
    bool line_open_ = false;      // something read since the last row ended
};

}  // namespace

DecodedText decode_csv_bytes(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return decode_with_bom(bytes, 3, "UTF-8", "UTF-8");
    if (bytes.substr(0, 2) == "\xFF\xFE") return decode_with_bom(bytes, 2, "UTF-16LE", "UTF-16LE");
    if (bytes.substr(0, 2) == "\xFE\xFF") return decode_with_bom(bytes, 2, "UTF-16BE", "UTF-16BE");

    // No text encoding tried here has NUL bytes in a CSV; UTF-16 without a BOM does.
    if (bytes.find('\0') != std::string_view::npos)
        throw CsvError(
            "文字コードを判別できません (NUL バイトを含みます。BOM のない UTF-16 "
            "かもしれません)。" +
                kTriedJa + " を試しました。" + kSaveAsJa,
            "cannot tell the character encoding (the file has NUL bytes; UTF-16 "
            "without a byte order mark?); tried " +
                kTriedEn + "; " + kSaveAsEn);

    std::size_t utf8_error = 0;
    if (auto text = decode_strict(bytes, "UTF-8", &utf8_error)) return {to_utf8(*text), "UTF-8"};
    auto cp932 = decode_strict(bytes, kCp932);
    auto euc = decode_strict(bytes, kEucJp);
    // ICU's EUC-JP passes the C1 bytes 0x80–0x8D, 0x90–0xA0 through as U+0080…: a
    // Windows-1252 file "decodes". No Japanese text has C1 controls.
    if (euc && has_c1_controls(*euc)) euc.reset();
    if (cp932 && euc && unlikely_characters(*euc) < unlikely_characters(*cp932)) cp932.reset();
    if (cp932) return {to_utf8(*cp932), "Shift_JIS (CP932)"};
    if (euc) return {to_utf8(*euc), "EUC-JP"};
    // Where UTF-8 stops: mostly UTF-8 with a pasted piece in another encoding is common.
    const std::string line = std::to_string(
        1 + std::count(bytes.begin(), bytes.begin() + std::ptrdiff_t(utf8_error), '\n'));
    throw CsvError("文字コードを判別できません。" + kTriedJa +
                       " のどれとしても読めませんでした (UTF-8 としては " + line +
                       " 行目で読めなくなります)。" + kSaveAsJa,
                   "cannot tell the character encoding: the file decodes as none of " + kTriedEn +
                       " (as UTF-8 it stops on line " + line + "); " + kSaveAsEn);
}

void parse_csv(std::string_view text, sheet::Sheet& sheet, int max_rows, int max_columns) {
    CsvSplitter(sheet, max_rows, max_columns).parse(text);
}

std::string read_csv(std::string_view content, std::string sheet_name, sheet::Workbook& workbook,
                     int max_rows, int max_columns) {
    DecodedText decoded = decode_csv_bytes(content);
    workbook.sheets.emplace_back(std::move(sheet_name));
    parse_csv(decoded.utf8, workbook.sheets.back(), max_rows, max_columns);
    return decoded.encoding;
}

}  // namespace apichecklist::io
