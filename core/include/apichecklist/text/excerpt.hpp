#pragma once
// What a message quotes of a cell: its first characters, never the whole cell. A finding or
// an error message stays a few lines long whatever a cell holds (a 60 MB cell once gave
// 188 MB of JSON).

#include <cstddef>
#include <string>
#include <string_view>

namespace apichecklist::text {

constexpr std::size_t kQuotedCharacters = 40;

// The first `max_characters` code points of UTF-8 `text`, with "…" when more followed.
std::string excerpt(std::string_view text, std::size_t max_characters = kQuotedCharacters);

}  // namespace apichecklist::text
