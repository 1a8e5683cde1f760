#pragma once
// The blank フォーマット of a checklist as a Calc template (.ots), and a summary of
// a template's content for comparing two builds (zips carry timestamps, so two
// builds are never byte-equal).

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "apichecklist/catalog/model.hpp"
#include "apichecklist/office/file_format.hpp"
#include "apichecklist/office/office.hpp"

namespace apichecklist::office {

// User-defined document properties written into every template.
inline constexpr const char* kPropertyChecklist = "apichecklist.checklist";
inline constexpr const char* kPropertyChecklistVersion = "apichecklist.checklist_version";
inline constexpr const char* kPropertyCatalogVersion = "apichecklist.catalog_version";
inline constexpr const char* kPropertyCatalogSha256 = "apichecklist.catalog_sha256";

struct TemplateSource {
    const catalog::Checklist* checklist = nullptr;
    std::string catalog_version;
    std::string catalog_sha256;  // sha256 of catalog/manifest.json
};

// Layout: title lines, then the header row, then one row per item.
inline constexpr int kTemplateHeaderRow = 4;  // 0-based: row 5
inline constexpr int kTemplateFirstItemRow = 5;

// Writes the template to `target` (via a temp file and a rename): a Calc template (.ots), or
// for Excel users an .xlsx with the same texts, protection, widths, print setup and
// properties (custom properties in docProps/custom.xml).
void write_checklist_template(const Session& session, const TemplateSource& source,
                              const std::filesystem::path& target,
                              FileFormat format = FileFormat::Ots);

// Texts, protection, wrapping, widths, print setup and user-defined properties.
nlohmann::json template_summary(const Session& session, const std::filesystem::path& file);

}  // namespace apichecklist::office
