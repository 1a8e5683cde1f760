#pragma once
// Finding one's way in an .xlsx package as the OPC standard says: the workbook part
// through the package relationships (_rels/.rels), the sheets in workbook order through
// the workbook's relationships, and the parts any part's relationships point to. Targets
// may be relative to their part's folder or absolute (/xl/sharedStrings.xml).

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "zip_guard.hpp"

namespace apichecklist::io {

struct XlsxSheetPart {
    std::string name;
    std::string path;     // zip entry, e.g. xl/worksheets/sheet1.xml; empty when the
                          // relationship is missing (chart sheets, damaged packages)
    bool hidden = false;  // state="hidden" or "veryHidden"
};

struct XlsxPackage {
    std::string workbook_part;          // e.g. xl/workbook.xml
    std::vector<XlsxSheetPart> sheets;  // in workbook order
    std::string shared_strings_part;    // empty when there is none
    std::string styles_part;            // empty when there is none
    bool date1904 = false;              // serial numbers count from 1904-01-01
};

// nullopt when the package has no workbook part.
std::optional<XlsxPackage> read_xlsx_package(ZipReader& zip, std::uintmax_t max_part_bytes);

// The zip entries the part's relationships of a type ending in `type_suffix` (e.g.
// "/comments") point to; external targets are left out.
std::vector<std::string> xlsx_related_parts(ZipReader& zip, const std::string& part,
                                            std::string_view type_suffix,
                                            std::uintmax_t max_part_bytes);

// The SpreadsheetML main namespace, transitional or strict, or none: what <workbookPr>,
// <sheet>, <numFmt> and <xf> must be in to count. Extensions carry elements of the same
// names (Excel 2013 and later write <x15:workbookPr chartTrackingRefBase="1"/> after the
// real one, which reset date1904).
bool is_spreadsheetml_main(const char* ns);

// "B12" → column 1, row 11; -1 for what is not an A1 reference.
int xlsx_column_of(std::string_view ref, int& row);

}  // namespace apichecklist::io
