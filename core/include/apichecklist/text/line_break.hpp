#pragma once
// Where text that is wider than its box goes to the next line, by the Japanese
// line-breaking rules (禁則, after JIS X 4051): no closing bracket or punctuation at the
// start of a line, no opening bracket at its end, a number and the word before it
// (「Ver. 1.0」「通番 31」) and a Latin word never split. The caller measures; this only
// chooses, so the sidebar's labels, text boxes and lists all break the same way.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace apichecklist::text {

struct LineSpan {
    std::size_t start = 0;
    std::size_t end = 0;  // past the line's last code unit; a line's '\n' is in neither
};

// Lines of `text` (UTF-16) no wider than `first` (the first line of each paragraph) or
// `rest` (the further lines). `ends[i]` is where code unit i ends, measured from the
// text's start in any unit; a '\n' ends a paragraph. Without measures (`ends` shorter
// than `text`) only the paragraphs are split. A piece that has no allowed break and is
// wider than the box is cut between two characters.
std::vector<LineSpan> break_lines(std::u16string_view text, std::span<const int32_t> ends,
                                  int32_t first, int32_t rest);

// Whether a line may end between text[at - 1] and text[at].
bool may_break_before(std::u16string_view text, std::size_t at);

}  // namespace apichecklist::text
