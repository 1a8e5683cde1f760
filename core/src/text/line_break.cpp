#include "apichecklist/text/line_break.hpp"

namespace apichecklist::text {

namespace {

bool among(char16_t c, std::u16string_view set) { return set.find(c) != std::u16string_view::npos; }

// 行頭禁則: closing brackets, punctuation, small kana and marks that belong to the
// character before them.
bool no_line_start(char16_t c) {
    return among(c,
                 u"、。，．）」』】〕〉》］｝〙〗’”・ー…‥：；！？々ゝゞヽヾ"
                 u"ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ)]},.:;!?%％");
}

// 行末禁則: opening brackets belong to the character after them.
bool no_line_end(char16_t c) { return among(c, u"（「『【〔〈《［｛〘〖‘“([{"); }

bool is_digit(char16_t c) { return (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９'); }

// Letters, digits and the marks inside a Latin word, a number or an address (1.0, API-1,
// https://…).
bool is_word(char16_t c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || is_digit(c) ||
           among(c, u"._-/:'") || (c >= u'Ａ' && c <= u'Ｚ') || (c >= u'ａ' && c <= u'ｚ');
}

bool is_low_surrogate(char16_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

// A combining mark or variation selector stays on its base character.
bool is_attached(char16_t c) {
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x3099 && c <= 0x309A) ||
           (c >= 0xFE00 && c <= 0xFE0F);
}

}  // namespace

bool may_break_before(std::u16string_view text, std::size_t at) {
    if (at == 0 || at >= text.size()) return false;
    const char16_t before = text[at - 1];
    const char16_t after = text[at];
    if (before == u'\n') return true;
    if (after == u' ' || after == u'\n' || is_low_surrogate(after) || is_attached(after))
        return false;
    if (no_line_start(after) || no_line_end(before)) return false;
    // 3,000: the comma may not start a line, nor split the digits around it.
    if (before == u',' && is_digit(after) && at >= 2 && is_digit(text[at - 2])) return false;
    if (is_word(before) && is_word(after)) return false;
    // A number stays with the word before it: 「Ver. 1.0」「通番 31」「No. 5」.
    if (before == u' ' && is_digit(after)) return false;
    return true;
}

std::vector<LineSpan> break_lines(std::u16string_view text, std::span<const int32_t> ends,
                                  int32_t first, int32_t rest) {
    std::vector<LineSpan> lines;
    const bool measured = ends.size() >= text.size();
    std::size_t start = 0;
    int32_t origin = 0;  // where the current line starts, in `ends`' unit
    int32_t room = first;
    auto end_line = [&](std::size_t end, std::size_t next) {
        lines.push_back({start, end});
        start = next;
        origin = next > 0 && next <= ends.size() ? ends[next - 1] : 0;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n') {
            end_line(i, i + 1);
            room = first;
            continue;
        }
        // A space may hang past the edge: the line breaks after it.
        if (!measured || i == start || text[i] == u' ' || ends[i] - origin <= room) continue;
        std::size_t cut = i;
        while (cut > start && !may_break_before(text, cut)) --cut;
        if (cut == start) {  // nothing allowed: cut between two characters
            cut = i;
            while (cut > start + 1 && (is_low_surrogate(text[cut]) || is_attached(text[cut])))
                --cut;
        }
        end_line(cut, cut);
        room = rest;
        i = cut;  // the loop's ++i skips the line's first character: it always fits
    }
    lines.push_back({start, text.size()});
    return lines;
}

}  // namespace apichecklist::text
