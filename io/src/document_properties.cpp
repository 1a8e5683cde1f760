#include "document_properties.hpp"

#include "xml_parse.hpp"
#include "zip_guard.hpp"

namespace apichecklist::io {

namespace {

// Collects <ELEMENT NAME_ATTRIBUTE="…">text (possibly inside one child)</ELEMENT>.
class PropertyHandler : public orcus::sax_ns_handler {
  public:
    PropertyHandler(std::string_view element, std::string_view name_attribute)
        : element_(element), name_attribute_(name_attribute) {}

    void attribute(std::string_view, std::string_view) {}
    void attribute(const orcus::sax_ns_parser_attribute& a) {
        if (a.name == name_attribute_) pending_name_ = a.value;
    }
    void start_element(const orcus::sax_ns_parser_element& e) {
        if (e.name == element_) {
            name_ = pending_name_;
            value_.clear();
            inside_ = true;
        }
        pending_name_.clear();
    }
    void characters(std::string_view value, bool) {
        if (inside_) value_ += value;
    }
    void end_element(const orcus::sax_ns_parser_element& e) {
        if (e.name == element_ && inside_) {
            if (!name_.empty()) properties[name_] = value_;
            inside_ = false;
        }
    }

    std::map<std::string, std::string> properties;

  private:
    std::string_view element_;
    std::string_view name_attribute_;
    std::string pending_name_, name_, value_;
    bool inside_ = false;
};

std::map<std::string, std::string> read_properties(const std::filesystem::path& file,
                                                   const char* part, std::string_view element,
                                                   std::string_view name_attribute,
                                                   std::uintmax_t max_bytes) {
    const auto xml = read_zip_entry(file, part, max_bytes);
    if (!xml) return {};
    PropertyHandler handler(element, name_attribute);
    try {
        parse_xml(part, *xml, handler);
    } catch (const std::exception&) {
        return {};  // damaged metadata never stops the validation of the cells
    }
    return std::move(handler.properties);
}

}  // namespace

std::map<std::string, std::string> read_ods_user_properties(const std::filesystem::path& file,
                                                            std::uintmax_t max_bytes) {
    return read_properties(file, "meta.xml", "user-defined", "name", max_bytes);
}

std::map<std::string, std::string> read_xlsx_custom_properties(const std::filesystem::path& file,
                                                               std::uintmax_t max_bytes) {
    return read_properties(file, "docProps/custom.xml", "property", "name", max_bytes);
}

}  // namespace apichecklist::io
