#include "apichecklist/io/xlsx_protection.hpp"

#include <regex>

#include "zip_guard.hpp"

namespace apichecklist::io {

namespace {

constexpr std::uintmax_t kMaxPartBytes = 16u << 20;

// The workbook part as _rels/.rels names it; xl/workbook.xml when it cannot tell.
std::string workbook_part(ZipReader& zip) {
    const auto rels = zip.read("_rels/.rels", kMaxPartBytes);
    if (rels) {
        static const std::regex relationship(R"(<Relationship\b[^>]*>)");
        static const std::regex target(R"(\bTarget\s*=\s*["']/?([^"']+)["'])");
        for (std::sregex_iterator it(rels->begin(), rels->end(), relationship), end; it != end;
             ++it) {
            const std::string element = it->str();
            if (element.find("/officeDocument\"") == std::string::npos &&
                element.find("/officeDocument'") == std::string::npos)
                continue;
            std::smatch found;
            if (std::regex_search(element, found, target)) return found[1].str();
        }
    }
    return "xl/workbook.xml";
}

}  // namespace

bool xlsx_structure_locked(const std::filesystem::path& file) {
    ZipReader zip(file);
    if (!zip.is_open()) return false;
    const auto workbook = zip.read(workbook_part(zip), kMaxPartBytes);
    if (!workbook) return false;
    static const std::regex protection(R"(<(\w+:)?workbookProtection\b[^>]*>)");
    static const std::regex locked(R"(\blockStructure\s*=\s*["'](1|true)["'])");
    std::smatch element;
    if (!std::regex_search(*workbook, element, protection)) return false;
    const std::string text = element.str();
    return std::regex_search(text, locked);
}

}  // namespace apichecklist::io
