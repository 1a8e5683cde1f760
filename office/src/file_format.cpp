#include "apichecklist/office/file_format.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace apichecklist::office {

std::optional<FileFormat> format_of(const std::filesystem::path& file) {
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == ".ods") return FileFormat::Ods;
    if (ext == ".ots") return FileFormat::Ots;
    if (ext == ".xlsx") return FileFormat::Xlsx;
    return std::nullopt;
}

std::optional<FileFormat> format_from_name(std::string_view name) {
    if (name == "ods") return FileFormat::Ods;
    if (name == "xlsx") return FileFormat::Xlsx;
    return std::nullopt;
}

const char* extension_of(FileFormat format) {
    switch (format) {
        case FileFormat::Ods:
            return ".ods";
        case FileFormat::Ots:
            return ".ots";
        case FileFormat::Xlsx:
            return ".xlsx";
    }
    return ".ods";
}

const char* filter_of(FileFormat format) {
    switch (format) {
        case FileFormat::Ods:
            return "calc8";
        case FileFormat::Ots:
            return "calc8_template";
        case FileFormat::Xlsx:
            return "Calc MS Excel 2007 XML";
    }
    return "calc8";
}

}  // namespace apichecklist::office
