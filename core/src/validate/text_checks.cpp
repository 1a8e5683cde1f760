#include "text_checks.hpp"

#include <unicode/utf8.h>

#include <string>

#include "apichecklist/search/normalize.hpp"

namespace apichecklist::validate::detail {

namespace {

// Code points with full-width digits and letters turned half-width.
std::u32string widened_to_ascii(std::string_view text) {
    std::u32string out;
    for (int32_t i = 0; i < int32_t(text.size());) {
        UChar32 c = 0;
        U8_NEXT(text.data(), i, int32_t(text.size()), c);
        if (c < 0) continue;
        if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;  // full-width ASCII block
        out.push_back(char32_t(c));
    }
    return out;
}

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

bool starts_with(const std::u32string& s, std::size_t at, std::u32string_view word) {
    return s.compare(at, word.size(), word) == 0;
}

}  // namespace

bool mentions_date_or_period(std::string_view text) {
    const std::u32string s = widened_to_ascii(text);
    static const std::u32string_view kUnits[] = {U"年",   U"月",   U"日",   U"週",   U"期",
                                                 U"か月", U"ヶ月", U"カ月", U"ケ月", U"箇月",
                                                 U"ヵ月", U"/",    U"-",    U"."};
    static const std::u32string_view kWords[] = {
        U"上期",   U"下期",   U"上半期", U"下半期", U"年内",   U"年度内", U"今期", U"来期",
        U"翌期",   U"今年度", U"来年度", U"翌年度", U"年末",   U"年度末", U"期末", U"月末",
        U"四半期", U"FY",     U"fy",     U"令和",   U"早期に", U"年初",   U"月中", U"月内"};
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (is_digit(s[i])) {
            std::size_t j = i;
            while (j < s.size() && is_digit(s[j])) ++j;
            while (j < s.size() && (s[j] == U' ' || s[j] == U'\u3000')) ++j;
            for (std::u32string_view unit : kUnits)
                if (starts_with(s, j, unit) &&
                    (unit.size() > 1 || !(unit == U"/" || unit == U"-" || unit == U".") ||
                     (j + 1 < s.size() && is_digit(s[j + 1]))))
                    return true;
            if (i > 0 && (s[i - 1] == U'Q' || s[i - 1] == U'q')) return true;  // Q3
            i = j;
            continue;
        }
        for (std::u32string_view word : kWords)
            if (starts_with(s, i, word)) return true;
    }
    return false;
}

bool is_terse_answer(std::string_view text) {
    static const char* const kTerse[] = {
        "対応済み", "対応済",   "対応済みです", "対応している", "済",       "済み",
        "実施済み", "実施済",   "実施している", "該当なし",     "該当無し", "該当しない",
        "対象外",   "なし",     "無し",         "あり",         "有り",     "有",
        "無",       "はい",     "いいえ",       "yes",          "no",       "ok",
        "完了",     "問題なし", "特になし",     "n/a",          "na",       "同上"};
    if (text.size() > 64) return false;
    const std::u32string folded = search::fold_chars(text);
    if (folded.empty()) return true;  // only symbols: ○, ✓, -
    for (const char* terse : kTerse)
        if (folded == search::fold_chars(terse)) return true;
    return false;
}

}  // namespace apichecklist::validate::detail
