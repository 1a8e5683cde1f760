#include "xlsx_reader.hpp"

#include "xlsx_comments.hpp"
#include "xlsx_parts.hpp"
#include "xlsx_sheet.hpp"
#include "xml_parse.hpp"
#include "zip_guard.hpp"

namespace apichecklist::io {

namespace {

std::string required_part(ZipReader& zip, const std::string& part, std::uintmax_t max_bytes) {
    auto xml = zip.read(part, max_bytes);
    if (!xml)
        throw MalformedXml(part, "パーツがないか読めません", "the part is missing or unreadable");
    return std::move(*xml);
}

}  // namespace

void read_xlsx(const std::filesystem::path& file, sheet::Workbook& workbook,
               const ReadLimits& limits) {
    const std::uintmax_t max_part = limits.max_uncompressed_bytes;
    ZipReader zip(file);
    const auto package = read_xlsx_package(zip, max_part);
    if (!package)
        throw MalformedXml("xl/workbook.xml", "ブック (workbook) のパーツがありません",
                           "the package has no workbook part");
    const std::vector<std::string> strings =
        package->shared_strings_part.empty()
            ? std::vector<std::string>()
            : read_xlsx_shared_strings(package->shared_strings_part,
                                       required_part(zip, package->shared_strings_part, max_part));
    const XlsxDateStyles styles =
        package->styles_part.empty()
            ? XlsxDateStyles()
            : XlsxDateStyles(package->styles_part,
                             required_part(zip, package->styles_part, max_part));
    CellBudget budget(limits.max_uncompressed_bytes);
    const XlsxSheetContext context{
        strings, styles, package->date1904, limits.max_rows, limits.max_columns, budget};
    for (const XlsxSheetPart& part : package->sheets) {
        if (part.path.empty()) continue;  // a chart sheet or dialog sheet: no cells
        sheet::Sheet& sheet = workbook.sheets.emplace_back(part.name);
        sheet.hidden = part.hidden;
        read_xlsx_sheet(part.path, required_part(zip, part.path, max_part), context, sheet);
        for (const std::string& comments :
             xlsx_related_parts(zip, part.path, "/comments", max_part))
            if (const auto xml = zip.read(comments, max_part))
                add_xlsx_comments(comments, *xml, sheet, limits.max_rows, limits.max_columns);
    }
}

}  // namespace apichecklist::io
