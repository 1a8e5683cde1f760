#include "apichecklist/text/plan_date.hpp"

#include <cstdio>
#include <regex>
#include <tuple>
#include <vector>

namespace apichecklist::text {

namespace {

constexpr int kReiwaOffset = 2018;  // 令和1年 = 2019

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int last_day(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && leap(year) ? 29 : kDays[month - 1];
}

// Full-width digits and separators become ASCII so one set of patterns serves both.
std::string ascii_digits(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == 0xEF && i + 2 < text.size()) {
            const unsigned char b1 = static_cast<unsigned char>(text[i + 1]);
            const unsigned char b2 = static_cast<unsigned char>(text[i + 2]);
            if (b1 == 0xBC && b2 >= 0x90 && b2 <= 0x99) {  // ０-９
                out += char('0' + (b2 - 0x90));
                i += 2;
                continue;
            }
            if (b1 == 0xBC && (b2 == 0x8F || b2 == 0x8D || b2 == 0x8E)) {  // ／ － ．
                out += b2 == 0x8F ? '/' : b2 == 0x8D ? '-' : '.';
                i += 2;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

std::optional<PlanDate> make(int year, int month, int day, std::string written) {
    if (year < 1990 || year > 2200 || month < 1 || month > 12) return std::nullopt;
    const int end = last_day(year, month);
    if (day == 0) day = end;
    if (day < 1 || day > end) return std::nullopt;
    return PlanDate{year, month, day, std::move(written)};
}

int era_year(const std::string& era, const std::string& number) {
    const int n = number == "元" ? 1 : std::stoi(number);
    return era == "令和" ? kReiwaOffset + n : n;
}

struct Pattern {
    std::regex regex;
    std::optional<PlanDate> (*convert)(const std::smatch&);
};

const std::vector<Pattern>& patterns() {
    static const std::vector<Pattern> instance = [] {
        std::vector<Pattern> p;
        // 2025年3月31日, 令和7年3月末, 2025年3月
        p.push_back({std::regex("(令和)?([0-9]{1,4}|元)年([0-9]{1,2})月(([0-9]{1,2})日)?"),
                     [](const std::smatch& m) {
                         return make(era_year(m[1], m[2]), std::stoi(m[3]), m[5].matched ? std::stoi(m[5]) : 0,
                                     m[0]);
                     }});
        // 2025/3/31, 2025-3-31, 2025.3.31, 2025/3
        p.push_back({std::regex("([0-9]{4})[/.-]([0-9]{1,2})([/.-]([0-9]{1,2}))?"), [](const std::smatch& m) {
                         return make(std::stoi(m[1]), std::stoi(m[2]), m[4].matched ? std::stoi(m[4]) : 0, m[0]);
                     }});
        // 2025年度, 令和7年度: the fiscal year ends on 31 March of the next calendar year.
        p.push_back({std::regex("(令和)?([0-9]{1,4}|元)年度"), [](const std::smatch& m) {
                         return make(era_year(m[1], m[2]) + 1, 3, 31, m[0]);
                     }});
        // 2025年 (nothing more precise): the end of that year.
        p.push_back({std::regex("(令和)?([0-9]{1,4}|元)年(?!度|[0-9]{1,2}月)"), [](const std::smatch& m) {
                         return make(era_year(m[1], m[2]), 12, 31, m[0]);
                     }});
        return p;
    }();
    return instance;
}

}  // namespace

std::string PlanDate::iso() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

std::optional<PlanDate> latest_plan_date(std::string_view text) {
    const std::string ascii = ascii_digits(text);
    std::optional<PlanDate> latest;
    for (const Pattern& pattern : patterns()) {
        for (auto it = std::sregex_iterator(ascii.begin(), ascii.end(), pattern.regex); it != std::sregex_iterator();
             ++it) {
            const std::optional<PlanDate> date = pattern.convert(*it);
            if (date && (!latest || *latest < *date)) latest = date;
        }
    }
    return latest;
}

std::optional<PlanDate> parse_iso_date(std::string_view text) {
    static const std::regex kIso("([0-9]{4})-([0-9]{2})-([0-9]{2})");
    std::match_results<std::string_view::const_iterator> m;
    if (!std::regex_match(text.begin(), text.end(), m, kIso)) return std::nullopt;
    return make(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]), std::string(text));
}

}  // namespace apichecklist::text
