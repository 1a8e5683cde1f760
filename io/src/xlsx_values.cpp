#include "xlsx_values.hpp"

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace apichecklist::io {

namespace {

bool parse_double(std::string_view text, double& value) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size();
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

void append_utf8(std::string& out, unsigned code) {
    if (code < 0x80) {
        out += char(code);
    } else if (code < 0x800) {
        out += char(0xC0 | (code >> 6));
        out += char(0x80 | (code & 0x3F));
    } else {
        out += char(0xE0 | (code >> 12));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    }
}

}  // namespace

std::string xlsx_number_text(std::string_view text) {
    double value = 0;
    if (!parse_double(text, value)) return std::string(text);
    if (std::isfinite(value) && std::fabs(value) < 1e15 && value == std::floor(value))
        return std::to_string(static_cast<long long>(value));
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string xlsx_date_text(std::string_view text, bool date1904) {
    double serial = 0;
    if (!parse_double(text, serial) || !(serial >= 0 && serial < 2958466))  // up to 9999-12-31
        return xlsx_number_text(text);
    using namespace std::chrono;
    long long seconds = std::llround(serial * 86400.0);
    long long days = seconds / 86400;
    seconds %= 86400;
    char buffer[64];
    const int h = int(seconds / 3600), m = int(seconds / 60 % 60), s = int(seconds % 60);
    if (days == 0 && !date1904) {
        std::snprintf(buffer, sizeof buffer, "%02d:%02d:%02d", h, m, s);
        return buffer;
    }
    if (!date1904 && days == 60) return "1900-02-29";  // Excel's fictitious leap day
    if (!date1904 && days < 60) ++days;                // serials before it
    const sys_days epoch =
        date1904 ? sys_days(year{1904} / January / 1) : sys_days(year{1899} / December / 30);
    const year_month_day date(epoch + std::chrono::days(days));
    if (seconds == 0)
        std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", int(date.year()),
                      unsigned(date.month()), unsigned(date.day()));
    else
        std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u %02d:%02d:%02d", int(date.year()),
                      unsigned(date.month()), unsigned(date.day()), h, m, s);
    return buffer;
}

std::string xlsx_unescape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_') {
            unsigned code = 0;
            bool hex = true;
            for (std::size_t k = i + 2; k < i + 6 && hex; ++k) {
                const int d = hex_digit(text[k]);
                hex = d >= 0;
                code = code * 16 + unsigned(d);
            }
            if (hex) {
                append_utf8(out, code);
                i += 6;
                continue;
            }
        }
        out += text[i];
    }
    std::string lines;
    lines.reserve(out.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i] == '\r') {
            lines += '\n';
            if (i + 1 < out.size() && out[i + 1] == '\n') ++i;
        } else {
            lines += out[i];
        }
    }
    return lines;
}

bool is_error_literal(std::string_view text) {
    static const char* const kErrors[] = {"#DIV/0!", "#N/A",    "#NAME?",        "#NULL!", "#NUM!",
                                          "#REF!",   "#VALUE!", "#GETTING_DATA", "#SPILL!"};
    for (const char* e : kErrors)
        if (text == e) return true;
    return text.rfind("Err:", 0) == 0;  // LibreOffice's own error codes, e.g. Err:502
}

}  // namespace apichecklist::io
