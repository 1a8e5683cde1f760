#include <charconv>
#include <cstdint>

#include "xml_parse.hpp"

namespace apichecklist::io {

MalformedXml::MalformedXml(std::string part, std::string detail_ja, std::string detail_en)
    : std::runtime_error(part + ": " + detail_en),
      part_(std::move(part)),
      detail_ja_(std::move(detail_ja)),
      detail_en_(std::move(detail_en)) {}

namespace {

// Control characters (XML 1.1 allows them as references, and they reach real sheet names)
// are taken and escaped on output; NUL, surrogates and what lies beyond Unicode are not.
bool is_referable_char(std::uint32_t c) {
    return c >= 1 && (c < 0xD800 || c > 0xDFFF) && c <= 0x10FFFF;
}

// A short, printable excerpt of the reference for the message.
std::string excerpt(std::string_view xml, std::size_t at) {
    std::string out;
    for (std::size_t i = at; i < xml.size() && i < at + 12; ++i) {
        const char c = xml[i];
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7F) break;
        out += c;
        if (c == ';') break;
    }
    return out;
}

// Keeps a library message to one short line of printable ASCII.
std::string shorten(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (out.size() >= 100) return out + "…";
        out +=
            static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7F ? c : ' ';
    }
    return out;
}

}  // namespace

void check_character_references(std::string_view part, std::string_view xml) {
    for (std::size_t at = xml.find("&#"); at != std::string_view::npos;
         at = xml.find("&#", at + 2)) {
        std::size_t i = at + 2;
        const bool hex = i < xml.size() && (xml[i] == 'x' || xml[i] == 'X');
        if (hex) ++i;
        std::uint32_t code = 0;
        const auto [end, ec] =
            std::from_chars(xml.data() + i, xml.data() + xml.size(), code, hex ? 16 : 10);
        const bool closed = ec == std::errc() && end < xml.data() + xml.size() && *end == ';';
        if (!closed || !is_referable_char(code)) {
            const std::string ref = excerpt(xml, at);
            throw MalformedXml(std::string(part),
                               "文字参照 " + ref + " (" + std::to_string(at) +
                                   " バイト目) は XML で使えない文字です",
                               "the character reference " + ref + " at byte " + std::to_string(at) +
                                   " is not a character XML allows");
        }
    }
}

void throw_malformed(std::string_view part, const std::exception& error, std::ptrdiff_t offset) {
    const std::string where = offset >= 0 ? std::to_string(offset) : std::string("?");
    const std::string detail = shorten(error.what());
    throw MalformedXml(
        std::string(part),
        "XML の構文が壊れています (" + where + " バイト目付近。詳細: " + detail + ")",
        "the XML is not well-formed (near byte " + where + "; detail: " + detail + ")");
}

void throw_unclosed(std::string_view part, std::size_t open_elements) {
    throw MalformedXml(
        std::string(part),
        "XML が途中で終わっています (閉じられていない要素が " + std::to_string(open_elements) +
            " 個)",
        "the XML ends early (" + std::to_string(open_elements) + " elements are not closed)");
}

}  // namespace apichecklist::io
