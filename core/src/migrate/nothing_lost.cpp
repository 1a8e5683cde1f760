// The nothing-lost proof: every input text must occur inside some output text.

#include "apichecklist/migrate/nothing_lost.hpp"

#include <algorithm>

namespace apichecklist::migrate {

namespace {

std::string normalized(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') continue;
            out += '\n';
            continue;
        }
        out += text[i];
    }
    const auto first = out.find_first_not_of(" \t\n");
    if (first == std::string::npos) return {};
    const auto last = out.find_last_not_of(" \t\n");
    return out.substr(first, last - first + 1);
}

}  // namespace

std::vector<LostText> find_lost_texts(const sheet::Workbook& input, const sheet::Workbook& output) {
    // One haystack per output text: substring search over all of them is fast enough for
    // checklist-sized workbooks (a few hundred cells).
    std::vector<std::string> haystack;
    for (const auto& sheet : output.sheets)
        for (int r = 0; r < sheet.row_count(); ++r)
            for (int c = 0; c < sheet.column_count(); ++c) {
                const sheet::Cell& cell = sheet.at(r, c);
                if (!cell.text.empty()) haystack.push_back(normalized(cell.text));
                if (!cell.comment.empty()) haystack.push_back(normalized(cell.comment));
            }
    auto kept = [&](const std::string& needle) {
        return std::any_of(haystack.begin(), haystack.end(), [&](const std::string& text) {
            return text.find(needle) != std::string::npos;
        });
    };

    std::vector<LostText> lost;
    for (const auto& sheet : input.sheets)
        for (int r = 0; r < sheet.row_count(); ++r)
            for (int c = 0; c < sheet.column_count(); ++c) {
                const sheet::Cell& cell = sheet.at(r, c);
                const std::string text = normalized(cell.text);
                if (!sheet::is_blank(text) && !kept(text))
                    lost.push_back({sheet.name(), sheet::to_a1({r, c}), false, cell.text});
                const std::string comment = normalized(cell.comment);
                if (!comment.empty() && !kept(comment))
                    lost.push_back({sheet.name(), sheet::to_a1({r, c}), true, cell.comment});
            }
    return lost;
}

}  // namespace apichecklist::migrate
