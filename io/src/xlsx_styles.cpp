#include "xlsx_styles.hpp"

#include <charconv>
#include <map>

#include "xlsx_parts.hpp"
#include "xml_parse.hpp"

namespace apichecklist::io {

namespace {

// Built-in formats that show dates or times: 14–22 and 45–47 everywhere, 27–36 and
// 50–58 in East Asian locales (Japanese Excel writes them for 和暦 and 年月日 dates).
bool is_builtin_date(int id) {
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) ||
           (id >= 50 && id <= 58);
}

int to_int(std::string_view text) {
    int value = -1;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

// <styleSheet><numFmts><numFmt/>…</numFmts>…<cellXfs><xf/>…</cellXfs>: only these, in the
// main namespace, directly under <styleSheet>; <dxfs> and extensions hold numFmts of their
// own, with ids that may repeat, and <cellStyleXfs> holds xf elements that are not cells'.
struct StylesHandler : orcus::sax_ns_handler {
    std::map<int, std::string> custom;  // numFmtId → formatCode
    std::vector<int> xf_formats;        // cellXfs index → numFmtId
    std::string id, code;
    std::vector<std::string> open;  // the open elements; "" for those of other namespaces
    bool main_path(std::string_view parent) const { return open.size() == 2 && open[1] == parent; }
    void attribute(std::string_view, std::string_view) {}
    void attribute(const orcus::sax_ns_parser_attribute& a) {
        if (a.name == "numFmtId") id = a.value;
        if (a.name == "formatCode") code = a.value;
    }
    void start_element(const orcus::sax_ns_parser_element& e) {
        const bool main = is_spreadsheetml_main(e.ns);
        if (main && e.name == "numFmt" && main_path("numFmts")) custom[to_int(id)] = code;
        if (main && e.name == "xf" && main_path("cellXfs")) xf_formats.push_back(to_int(id));
        open.emplace_back(main ? e.name : std::string_view());
        id.clear();
        code.clear();
    }
    void end_element(const orcus::sax_ns_parser_element&) {
        if (!open.empty()) open.pop_back();
    }
};

}  // namespace

bool is_date_format_code(std::string_view code) {
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c == '"') {  // literal text
            const std::size_t close = code.find('"', i + 1);
            if (close == std::string_view::npos) return false;
            i = close;
        } else if (c == '\\' || c == '_' || c == '*') {  // escaped, padding, fill character
            ++i;
        } else if (c == '[') {  // [Red], [$-411], [DBNum1]; but [h] [mm] [ss] are elapsed time
            const std::size_t close = code.find(']', i + 1);
            if (close == std::string_view::npos) return false;
            const std::string_view inside = code.substr(i + 1, close - i - 1);
            if (!inside.empty() && inside.find_first_not_of("hHmMsS") == std::string_view::npos)
                return true;
            i = close;
        } else if (code.substr(i).rfind("General", 0) == 0 ||
                   code.substr(i).rfind("general", 0) == 0) {
            i += 6;
        } else if (c == ';') {
            return false;  // the positive section decides
        } else {
            switch (c) {
                case 'y':
                case 'Y':
                case 'm':
                case 'M':
                case 'd':
                case 'D':
                case 'h':
                case 'H':
                case 's':
                case 'S':
                case 'g':
                case 'e':
                    return true;
                default:
                    break;
            }
        }
    }
    return false;
}

XlsxDateStyles::XlsxDateStyles(std::string_view part, const std::string& styles_xml) {
    StylesHandler handler;
    parse_xml(part, styles_xml, handler);
    date_.reserve(handler.xf_formats.size());
    for (int id : handler.xf_formats) {
        const auto custom = handler.custom.find(id);
        date_.push_back(custom != handler.custom.end() ? is_date_format_code(custom->second)
                                                       : is_builtin_date(id));
    }
}

}  // namespace apichecklist::io
