#include "answer_text.hpp"

#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::compare {

namespace {

bool is_space_at(std::string_view text, std::size_t at, std::size_t& width) {
    const unsigned char c = static_cast<unsigned char>(text[at]);
    if (c == ' ' || c == '\t' || c == '\r') return width = 1, true;
    if (text.substr(at, 3) == "\u3000") return width = 3, true;
    if (text.substr(at, 2) == "\u00a0") return width = 2, true;
    return false;
}

std::string trim(std::string_view text) {
    std::size_t begin = 0;
    std::size_t width = 0;
    while (begin < text.size() && is_space_at(text, begin, width)) begin += width;
    std::size_t end = text.size();
    // Walk back over trailing spaces: ASCII ones are one byte, the others end in a known byte.
    while (end > begin) {
        std::size_t w = 0;
        if (is_space_at(text, end - 1, w) && w == 1) {
            --end;
            continue;
        }
        if (end >= begin + 3 && is_space_at(text, end - 3, w) && w == 3) {
            end -= 3;
            continue;
        }
        if (end >= begin + 2 && is_space_at(text, end - 2, w) && w == 2) {
            end -= 2;
            continue;
        }
        break;
    }
    return std::string(text.substr(begin, end - begin));
}

}  // namespace

std::string normalized_answer(std::string_view text) {
    if (sheet::is_blank(text)) return {};
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        std::string line(text.substr(start, end - start));
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t'))
            line.pop_back();
        lines.push_back(std::move(line));
        start = end + 1;
    }
    while (!lines.empty() && sheet::is_blank(lines.front())) lines.erase(lines.begin());
    while (!lines.empty() && sheet::is_blank(lines.back())) lines.pop_back();
    return join_lines(lines);
}

std::string join_lines(const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& part : parts) {
        if (!out.empty()) out += '\n';
        out += part;
    }
    return out;
}

std::string own_item_key(std::string_view number_text) {
    static const char* const kDigits[] = {"０", "１", "２", "３", "４",
                                          "５", "６", "７", "８", "９"};
    std::string key = trim(number_text);
    for (int d = 0; d < 10; ++d)
        for (std::size_t at = key.find(kDigits[d]); at != std::string::npos;
             at = key.find(kDigits[d], at))
            key.replace(at, 3, 1, char('0' + d));
    return key;
}

}  // namespace apichecklist::compare
