#include "apichecklist/compare/plan_date.hpp"

#include <chrono>
#include <cstdio>
#include <regex>
#include <vector>

namespace apichecklist::compare {

namespace {

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Full-width digits and separators as ASCII, so one set of patterns reads both.
std::string ascii_digits(std::string_view text) {
    static const std::vector<std::pair<std::string, std::string>> kFold = {
        {"０", "0"}, {"１", "1"}, {"２", "2"}, {"３", "3"}, {"４", "4"},
        {"５", "5"}, {"６", "6"}, {"７", "7"}, {"８", "8"}, {"９", "9"},
        {"／", "/"}, {"－", "-"}, {"．", "."}, {"　", " "}, {"元年", "1年"}};
    std::string out(text);
    for (const auto& [from, to] : kFold)
        for (std::size_t at = out.find(from); at != std::string::npos; at = out.find(from, at))
            out.replace(at, from.size(), to), at += to.size();
    return out;
}

int era_base(const std::string& era) {
    if (era == "令和") return 2018;
    if (era == "平成") return 1988;
    return 0;
}

int int_of(const std::ssub_match& m) { return std::stoi(m.str()); }

bool valid(Date d) {
    return d.year >= 1900 && d.year <= 2200 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
           d.day <= last_day_of_month(d.year, d.month).day;
}

// A month outside 1–12 gives an invalid date, so 2025年13月 names no deadline.
Date month_end(int year, int month) {
    return month >= 1 && month <= 12 ? last_day_of_month(year, month) : Date{year, month, 0};
}

void keep_latest(std::optional<Date>& latest, Date candidate) {
    if (valid(candidate) && (!latest || *latest < candidate)) latest = candidate;
}

}  // namespace

std::string to_iso(Date date) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buffer;
}

Date last_day_of_month(int year, int month) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int m = month < 1 || month > 12 ? 12 : month;
    return {year, m, kDays[m - 1] + (m == 2 && leap(year) ? 1 : 0)};
}

Date today() {
    const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day ymd{days};
    return {int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day()))};
}

std::optional<Date> parse_iso_date(std::string_view text) {
    static const std::regex kIso(R"((\d{4})-(\d{2})-(\d{2}))");
    std::smatch m;
    const std::string s(text);
    if (!std::regex_match(s, m, kIso)) return std::nullopt;
    const Date d{int_of(m[1]), int_of(m[2]), int_of(m[3])};
    if (!valid(d)) return std::nullopt;
    return d;
}

std::optional<Date> plan_deadline(std::string_view raw) {
    const std::string text = ascii_digits(raw);
    std::optional<Date> latest;
    // Year as 2025 or as an era year (令和7 → 2025).
    const std::string year = R"((?:(令和|平成)\s*(\d{1,2})|(\d{4})))";
    auto year_of = [](const std::smatch& m, int first) {
        return m[first].matched ? era_base(m[first].str()) + int_of(m[first + 1])
                                : int_of(m[first + 2]);
    };

    // Fiscal years (April–March): 2025年度, 2025年度中, 2025年度末, 2025年度上期/下期.
    static const std::regex kFiscal(year + R"(\s*年度\s*(上期|上半期|下期|下半期)?)");
    for (std::sregex_iterator it(text.begin(), text.end(), kFiscal), end; it != end; ++it) {
        const int y = year_of(*it, 1);
        const std::string half = (*it)[4].str();
        keep_latest(latest, half.rfind("上", 0) == 0 ? Date{y, 9, 30} : Date{y + 1, 3, 31});
    }
    // Year, month and maybe day: 2025年3月, 2025年3月31日, 令和7年3月末.
    static const std::regex kMonth(year + R"(\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)");
    for (std::sregex_iterator it(text.begin(), text.end(), kMonth), end; it != end; ++it) {
        const int y = year_of(*it, 1);
        const int month = int_of((*it)[4]);
        keep_latest(latest,
                    (*it)[5].matched ? Date{y, month, int_of((*it)[5])} : month_end(y, month));
    }
    // A calendar year alone: 2025年中, 2025年末, 2025年上期/下期 (not 2025年度, not 2025年3月).
    static const std::regex kYear(year + R"(\s*年\s*(中|末|内|上期|上半期|下期|下半期))");
    for (std::sregex_iterator it(text.begin(), text.end(), kYear), end; it != end; ++it) {
        const int y = year_of(*it, 1);
        keep_latest(latest, (*it)[4].str().rfind("上", 0) == 0 ? Date{y, 6, 30} : Date{y, 12, 31});
    }
    // Numeric: 2025/3/31, 2025-3-31, 2025.3.31, 2025/3.
    static const std::regex kNumeric(
        R"((?:^|[^\d])(\d{4})([/.\-])(\d{1,2})(?:\2(\d{1,2}))?(?!\d))");
    for (std::sregex_iterator it(text.begin(), text.end(), kNumeric), end; it != end; ++it) {
        const int y = int_of((*it)[1]);
        const int month = int_of((*it)[3]);
        keep_latest(latest,
                    (*it)[4].matched ? Date{y, month, int_of((*it)[4])} : month_end(y, month));
    }
    return latest;
}

}  // namespace apichecklist::compare
