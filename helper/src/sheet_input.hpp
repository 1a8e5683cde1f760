#pragma once
// One filled-in sheet read, located and validated the way every command sees it: the
// checklist from --checklist, else the document; the role from --role, else the
// document's setting, else both.

#include <optional>
#include <string>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "output/validation_result.hpp"

namespace apichecklist::cli {

struct CheckedSheet {
    FileResult result;  // status, messages and the validation report
    std::optional<sheet::Workbook> workbook;
    std::optional<sheet::ChecklistLayout> layout;
    settings::Role role = settings::Role::Both;
};

// Never throws for a bad file: the status and messages say what is wrong.
CheckedSheet check_sheet(const std::string& file, const catalog::Catalog& catalog,
                         const std::string& role, const std::string& checklist);

// The same, for commands that work on one sheet: UsageError (exit 2) unless it was checked.
CheckedSheet check_one_sheet(const std::string& file, const catalog::Catalog& catalog,
                             const std::string& role, const std::string& checklist);

}  // namespace apichecklist::cli
