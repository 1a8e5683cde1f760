#pragma once

#include <string>
#include <vector>

#include "apichecklist/search/index.hpp"

namespace apichecklist::search {

// A short excerpt of `text` around the first place a query term matches.
Snippet make_snippet(const std::string& text, const FoldedText& folded,
                     const std::vector<std::u32string>& terms);

}  // namespace apichecklist::search
