#pragma once
// Finding one's way in an .xlsx package: the sheets in workbook order, the part each
// sheet lives in, and the parts a sheet's relationships point to.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <orcus/sax_ns_parser.hpp>
#include <orcus/xml_namespace.hpp>

#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::io {

struct XlsxSheetPart {
    sheet::Sheet* sheet;  // in the workbook orcus filled
    std::string path;     // zip entry, e.g. xl/worksheets/sheet1.xml
};

// The workbook's sheets paired with their parts, in workbook order; empty when the
// package's workbook part or its relationships are missing.
std::vector<XlsxSheetPart> xlsx_sheet_parts(const std::filesystem::path& file,
                                            sheet::Workbook& workbook,
                                            std::uintmax_t max_part_bytes);

// The zip entries the part's relationships of `type` (a full relationship type URI)
// point to, resolved against the part's folder.
std::vector<std::string> xlsx_related_parts(const std::filesystem::path& file,
                                            const std::string& part, const std::string& type,
                                            std::uintmax_t max_part_bytes);

// "B12" → column 1, row 11; -1 for what is not an A1 reference.
int xlsx_column_of(std::string_view ref, int& row);

template <typename Handler>
void parse_xml(const std::string& xml, Handler& handler) {
    orcus::xmlns_repository repository;
    orcus::xmlns_context context = repository.create_context();
    orcus::sax_ns_parser<Handler> parser(xml.data(), xml.size(), context, handler);
    parser.parse();
}

}  // namespace apichecklist::io
