#include "apichecklist/search/normalize.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <stdexcept>

namespace apichecklist::search {

namespace {

const icu::Normalizer2& nfkc_casefold() {
    static const icu::Normalizer2* instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
        if (U_FAILURE(status)) throw std::runtime_error("ICU NFKC_Casefold is not available");
        return n;
    }();
    return *instance;
}

bool kept(UChar32 c) {
    const int8_t type = u_charType(c);
    // Letters (incl. ー, a modifier letter) and digits carry meaning; marks, spaces and
    // punctuation only differ between printings of the same text.
    return u_isalnum(c) || type == U_MODIFIER_LETTER || type == U_OTHER_LETTER;
}

UChar32 katakana_to_hiragana(UChar32 c) { return (c >= 0x30A1 && c <= 0x30F6) ? c - 0x60 : c; }

void push(UChar32 c, std::size_t offset, FoldedText& out) {
    if (!kept(c)) return;
    out.chars.push_back(char32_t(katakana_to_hiragana(c)));
    out.offsets.push_back(offset);
}

// Marks that NFKC composes with the preceding character (ｶﾞ → ガ, か + U+3099 → が).
bool is_voicing_mark(UChar32 c) { return c == 0xFF9E || c == 0xFF9F || c == 0x3099 || c == 0x309A; }

void append_folded(const icu::UnicodeString& cluster, std::size_t offset, FoldedText& out) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString folded = nfkc_casefold().normalize(cluster, status);
    if (U_FAILURE(status)) return;
    for (int32_t i = 0; i < folded.length();) {
        const UChar32 f = folded.char32At(i);
        i += U16_LENGTH(f);
        push(f, offset, out);
    }
}

}  // namespace

FoldedText fold(std::string_view utf8) {
    FoldedText out;
    out.chars.reserve(utf8.size() / 2);
    out.offsets.reserve(utf8.size() / 2);
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    const int32_t length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
        const std::size_t offset = std::size_t(i);
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) continue;
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            push(c, offset, out);
            continue;
        }
        icu::UnicodeString cluster(c);
        while (i < length) {
            int32_t next_index = i;
            UChar32 next;
            U8_NEXT(bytes, next_index, length, next);
            if (!is_voicing_mark(next)) break;
            cluster.append(next);
            i = next_index;
        }
        if (cluster.length() == U16_LENGTH(c) && nfkc_casefold().isInert(c))
            push(c, offset, out);
        else
            append_folded(cluster, offset, out);
    }
    return out;
}

std::u32string fold_chars(std::string_view utf8) { return fold(utf8).chars; }

}  // namespace apichecklist::search
