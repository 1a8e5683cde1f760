#pragma once
// What `apichecklist validate` learned about one file, for the text and JSON reports.

#include <optional>
#include <string>

#include "apichecklist/validate/report.hpp"

namespace apichecklist::cli {

enum class FileStatus { Checked, Unreadable, NoChecklist };

struct FileResult {
    std::string file;
    FileStatus status = FileStatus::Checked;
    std::string error_ja;  // Unreadable / NoChecklist: what is wrong and what to do
    std::string error_en;
    std::string detected_by;  // how the checklist was chosen: option, settings, property, content
    std::string role_source;  // option, document, inferred, default (role_source_name)
    std::optional<validate::Report> report;
};

}  // namespace apichecklist::cli
