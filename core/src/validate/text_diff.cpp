#include "text_diff.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <string_view>
#include <vector>

#include "apichecklist/text/excerpt.hpp"

namespace apichecklist::validate::detail {

namespace {

constexpr std::size_t kContext = 6;  // characters kept around the difference

std::vector<std::string_view> characters(const std::string& text) {
    std::vector<std::string_view> out;
    for (int32_t i = 0; i < int32_t(text.size());) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(text.data(), i, int32_t(text.size()), c);
        out.emplace_back(text.data() + start, std::size_t(i - start));
    }
    return out;
}

// At most kQuotedCharacters of the difference: a cell can be megabytes long.
std::string join(const std::vector<std::string_view>& chars, std::size_t begin, std::size_t end) {
    end = std::min(end, begin + text::kQuotedCharacters);
    std::string out;
    if (begin > 0) out += "…";
    for (std::size_t i = begin; i < end; ++i) out += chars[i];
    if (end < chars.size()) out += "…";
    return out;
}

}  // namespace

TextDifference difference(const std::string& expected, const std::string& actual) {
    const auto a = characters(expected);
    const auto b = characters(actual);
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const std::size_t begin = prefix > kContext ? prefix - kContext : 0;
    return {join(a, begin, std::min(a.size(), a.size() - suffix + kContext)),
            join(b, begin, std::min(b.size(), b.size() - suffix + kContext))};
}

}  // namespace apichecklist::validate::detail
