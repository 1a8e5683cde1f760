#include "snippet.hpp"

#include <algorithm>

namespace apichecklist::search {

namespace {

constexpr std::size_t kCharsBefore = 20;
constexpr std::size_t kCharsAfter = 50;
const std::string kEllipsis = "…";

std::size_t utf8_length_at(const std::string& text, std::size_t offset) {
    const unsigned char lead = static_cast<unsigned char>(text[offset]);
    if (lead < 0x80) return 1;
    if (lead >> 5 == 0x6) return 2;
    if (lead >> 4 == 0xE) return 3;
    return 4;
}

std::size_t step_back(const std::string& text, std::size_t offset, std::size_t chars) {
    while (chars > 0 && offset > 0) {
        --offset;
        while (offset > 0 && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) --offset;
        --chars;
    }
    return offset;
}

std::size_t step_forward(const std::string& text, std::size_t offset, std::size_t chars) {
    while (chars > 0 && offset < text.size()) {
        offset += utf8_length_at(text, offset);
        --chars;
    }
    return std::min(offset, text.size());
}

// Folded index and length of the best match: the whole first matching term, else its
// first matching bigram.
std::pair<std::size_t, std::size_t> locate(const FoldedText& folded,
                                           const std::vector<std::u32string>& terms) {
    for (const std::u32string& term : terms) {
        const std::size_t at = folded.chars.find(term);
        if (at != std::u32string::npos) return {at, term.size()};
    }
    for (const std::u32string& term : terms)
        for (std::size_t i = 0; i + 1 < term.size(); ++i) {
            const std::size_t at = folded.chars.find(term.substr(i, 2));
            if (at != std::u32string::npos) return {at, 2};
        }
    return {0, 0};
}

}  // namespace

Snippet make_snippet(const std::string& text, const FoldedText& folded,
                     const std::vector<std::u32string>& terms) {
    if (folded.chars.empty()) return {text, 0, 0};
    const auto [index, length] = locate(folded, terms);
    const std::size_t match_begin = folded.offsets[index];
    const std::size_t last = folded.offsets[index + (length ? length - 1 : 0)];
    const std::size_t match_end = length ? last + utf8_length_at(text, last) : match_begin;

    const std::size_t from = step_back(text, match_begin, kCharsBefore);
    const std::size_t to = step_forward(text, match_end, kCharsAfter);
    Snippet snippet;
    if (from > 0) snippet.text = kEllipsis;
    snippet.match_begin = snippet.text.size() + (match_begin - from);
    snippet.match_length = match_end - match_begin;
    snippet.text += text.substr(from, to - from);
    if (to < text.size()) snippet.text += kEllipsis;
    return snippet;
}

}  // namespace apichecklist::search
