#pragma once
// The deadline a 対応計画 names: 2025年3月, 2025/3/31, 令和7年3月末, 2025年度中, 2025年上期…
// Each date is read as the last day of the period it names (a month → its last day, a
// fiscal year → 31 March of the next year), so a plan is overdue only once that whole
// period has passed.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace apichecklist::compare {

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
    friend auto operator<=>(const Date&, const Date&) = default;
    friend bool operator==(const Date&, const Date&) = default;
};

std::string to_iso(Date date);                              // 2025-03-31
std::optional<Date> parse_iso_date(std::string_view text);  // YYYY-MM-DD, checked
Date last_day_of_month(int year, int month);
// Today's date (UTC): the default reference date for overdue plans.
Date today();

// The latest deadline found in the text; nullopt when it names no date.
std::optional<Date> plan_deadline(std::string_view text);

}  // namespace apichecklist::compare
