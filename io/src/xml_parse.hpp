#pragma once
// The one way io parses an XML part: refuse what liborcus's SAX parser cannot take
// safely (it aborts on some character references), then parse with namespaces. Every
// failure is a MalformedXml that names the part and says what is wrong in our words.

#include <stdexcept>
#include <string>
#include <string_view>

#include <orcus/exception.hpp>
#include <orcus/sax_ns_parser.hpp>
#include <orcus/xml_namespace.hpp>

namespace apichecklist::io {

class MalformedXml : public std::runtime_error {
  public:
    MalformedXml(std::string part, std::string detail_ja, std::string detail_en);
    const std::string& part() const { return part_; }
    const std::string& detail_ja() const { return detail_ja_; }
    const std::string& detail_en() const { return detail_en_; }

  private:
    std::string part_;
    std::string detail_ja_;
    std::string detail_en_;
};

// Throws MalformedXml for a numeric character reference (&#…; or &#x…;) that is NUL, a
// surrogate or beyond U+10FFFF, or that is not digits closed by ';'.
void check_character_references(std::string_view part, std::string_view xml);

// Turns a parser exception into MalformedXml in our words, the byte offset where parsing
// stopped and the parser's own text (shortened) only as a detail.
[[noreturn]] void throw_malformed(std::string_view part, const std::exception& error,
                                  std::ptrdiff_t offset);

template <typename Handler>
void parse_xml(std::string_view part, std::string_view xml, Handler& handler) {
    check_character_references(part, xml);
    orcus::xmlns_repository repository;
    orcus::xmlns_context context = repository.create_context();
    orcus::sax_ns_parser<Handler> parser(xml.data(), xml.size(), context, handler);
    try {
        parser.parse();
    } catch (const orcus::parse_error& error) {
        throw_malformed(part, error, error.offset());
    } catch (const orcus::general_error& error) {
        throw_malformed(part, error, -1);
    }
}

}  // namespace apichecklist::io
