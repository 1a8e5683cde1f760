#pragma once
// How answers and own-item numbers are normalised before comparing: a line ending or
// trailing space is no change of answer.

#include <string>
#include <string_view>
#include <vector>

namespace apichecklist::compare {

// CRLF → LF, trailing spaces of each line and surrounding blank lines removed; a
// whitespace-only cell is empty.
std::string normalized_answer(std::string_view text);
std::string join_lines(const std::vector<std::string>& parts);
// 独自1, 「 独自１ 」 → 独自1: own items keep the number as written, modulo spacing and width of
// digits.
std::string own_item_key(std::string_view number_text);

}  // namespace apichecklist::compare
