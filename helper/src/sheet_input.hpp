#pragma once
// One filled-in sheet read, located and validated the way every command sees it:
// the role from --role, else the document's setting, else both.

#include <string>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "apichecklist/validate/report.hpp"

namespace apichecklist::cli {

struct ValidatedSheet {
    sheet::Workbook workbook;
    sheet::ChecklistLayout layout;
    validate::Role role = validate::Role::Both;
    validate::Report report;
};

// Throws UsageError (exit 2) naming the file when it cannot be read or holds no checklist.
ValidatedSheet read_and_validate(const std::string& file, const catalog::Catalog& catalog, const std::string& role,
                                 const std::string& checklist);

}  // namespace apichecklist::cli
