#pragma once
// The spreadsheet formats the helper writes, and soffice's export filter for each: an
// output keeps the format its user works in (.ods for Calc, .xlsx for Excel).

#include <filesystem>
#include <optional>
#include <string_view>

namespace apichecklist::office {

enum class FileFormat { Ods, Ots, Xlsx };

// By the file name's extension (case-insensitive); nullopt for any other.
std::optional<FileFormat> format_of(const std::filesystem::path& file);
// "ods" / "xlsx" (as `--format` takes them); nullopt for any other word.
std::optional<FileFormat> format_from_name(std::string_view name);
const char* extension_of(FileFormat format);  // ".ods", ".ots", ".xlsx"
// soffice's FilterName: calc8, calc8_template, "Calc MS Excel 2007 XML".
const char* filter_of(FileFormat format);

}  // namespace apichecklist::office
