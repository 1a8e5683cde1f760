#pragma once
// Folding for Japanese search: NFKC with case folding (full-width ASCII and digits
// become half-width, half-width katakana becomes full-width), katakana becomes
// hiragana, and everything that is not a letter or digit is dropped.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace apichecklist::search {

struct FoldedText {
    std::u32string chars;              // folded code points
    std::vector<std::size_t> offsets;  // byte offset in the UTF-8 source of each folded char
};

FoldedText fold(std::string_view utf8);
std::u32string fold_chars(std::string_view utf8);

}  // namespace apichecklist::search
