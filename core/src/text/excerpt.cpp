#include "apichecklist/text/excerpt.hpp"

namespace apichecklist::text {

std::string excerpt(std::string_view text, std::size_t max_characters) {
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xc0) == 0x80) continue;  // continuation
        if (characters++ == max_characters) return std::string(text.substr(0, i)) + "…";
    }
    return std::string(text);
}

}  // namespace apichecklist::text
