#pragma once
// Target dates in the free text of a 課題への対応計画: 2025年3月末, 2025/3/31, 令和7年3月,
// 2025年度 (the Japanese fiscal year, ending in March), 2025年 …

#include <optional>
#include <string>
#include <string_view>
#include <tuple>

namespace apichecklist::text {

struct PlanDate {
    int year = 0;
    int month = 0;
    int day = 0;          // the last day of the period the text names
    std::string written;  // the date as written in the text

    friend auto operator<=>(const PlanDate& a, const PlanDate& b) {
        return std::tie(a.year, a.month, a.day) <=> std::tie(b.year, b.month, b.day);
    }
    friend bool operator==(const PlanDate& a, const PlanDate& b) {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
    std::string iso() const;  // 2025-03-31
};

// The latest date the text names (a plan usually ends with its completion date);
// nullopt when it names none.
std::optional<PlanDate> latest_plan_date(std::string_view text);

// 2025-03-31 → {2025, 3, 31}; nullopt for anything else.
std::optional<PlanDate> parse_iso_date(std::string_view text);

}  // namespace apichecklist::text
