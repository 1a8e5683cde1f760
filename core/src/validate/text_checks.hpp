#pragma once
// Text heuristics used by the answer rules.

#include <string_view>

namespace apichecklist::validate::detail {

// A target date or period: 2024年9月, 9月末, 2024/9, 3か月以内, 上期, 来年度, FY2025, Q3 …
bool mentions_date_or_period(std::string_view text);
// Only 対応済み / 該当なし / なし / ○ … with nothing else.
bool is_terse_answer(std::string_view text);

}  // namespace apichecklist::validate::detail
