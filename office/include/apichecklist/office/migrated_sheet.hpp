#pragma once
// Writing a migrated checklist (a migrate::Plan) into a copy of the template.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "apichecklist/migrate/plan.hpp"
#include "apichecklist/office/file_format.hpp"
#include "apichecklist/office/office.hpp"

namespace apichecklist::office {

// User-defined document properties of a migrated sheet.
inline constexpr const char* kPropertyMigratedFrom = "apichecklist.migrated_from";
inline constexpr const char* kPropertyMigratedFromSha256 = "apichecklist.migrated_from_sha256";
inline constexpr const char* kPropertyMigrationMapping = "apichecklist.migration_mapping";
inline constexpr const char* kPropertyMigrationMappingVersion =
    "apichecklist.migration_mapping_version";

// Opens `template_file` (the フォーマット .ots) as a new document, writes the plan's cells
// into its first sheet, adds the 移行メモ sheet, sets `properties` as user-defined
// document properties and stores the result as `format` (.ods or .xlsx) at `output`
// (overwritten: the caller passes a temp file of its own and renames it).
void write_migrated_sheet(const Session& session, const std::filesystem::path& template_file,
                          const migrate::Plan& plan,
                          const std::map<std::string, std::string>& properties,
                          const std::filesystem::path& output, FileFormat format = FileFormat::Ods);

}  // namespace apichecklist::office
