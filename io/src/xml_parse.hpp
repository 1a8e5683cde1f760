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

// A part that ends with elements still open (truncated, or 200 000 unclosed <si>):
// liborcus stops at the end without a word.
[[noreturn]] void throw_unclosed(std::string_view part, std::size_t open_elements);

// Forwards every SAX event to the handler, counting open elements.
template <typename Handler>
struct ElementDepth {
    Handler& handler;
    std::size_t open = 0;
    void doctype(const orcus::sax::doctype_declaration& dtd) { handler.doctype(dtd); }
    void start_declaration(std::string_view name) { handler.start_declaration(name); }
    void end_declaration(std::string_view name) { handler.end_declaration(name); }
    void start_element(const orcus::sax_ns_parser_element& element) {
        ++open;
        handler.start_element(element);
    }
    void end_element(const orcus::sax_ns_parser_element& element) {
        --open;
        handler.end_element(element);
    }
    void characters(std::string_view value, bool transient) {
        handler.characters(value, transient);
    }
    void attribute(std::string_view name, std::string_view value) {
        handler.attribute(name, value);
    }
    void attribute(const orcus::sax_ns_parser_attribute& attribute) {
        handler.attribute(attribute);
    }
};

template <typename Handler>
void parse_xml(std::string_view part, std::string_view xml, Handler& handler) {
    check_character_references(part, xml);
    orcus::xmlns_repository repository;
    orcus::xmlns_context context = repository.create_context();
    ElementDepth<Handler> counted{handler};
    orcus::sax_ns_parser<ElementDepth<Handler>> parser(xml.data(), xml.size(), context, counted);
    try {
        parser.parse();
    } catch (const orcus::parse_error& error) {
        throw_malformed(part, error, error.offset());
    } catch (const orcus::general_error& error) {
        throw_malformed(part, error, -1);
    }
    if (counted.open != 0) throw_unclosed(part, counted.open);
}

}  // namespace apichecklist::io
