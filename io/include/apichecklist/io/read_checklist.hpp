#pragma once
// A checklist file read and located: the workbook and where its checklist is. What every
// reader of a whole sheet needs before comparing it (the helper's compare, the sidebar's
// 「前回の回答と比較」).

#include <filesystem>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/io/read_workbook.hpp"
#include "apichecklist/settings/document_settings.hpp"
#include "apichecklist/sheet/layout.hpp"

namespace apichecklist::io {

struct ChecklistFile {
    sheet::Workbook workbook;
    settings::SettingsReadResult settings;  // what the document stores, read once
    sheet::ChecklistLayout layout;
};

// ReadError (with the file named by the caller) when the file cannot be read or holds no
// checklist.
ChecklistFile read_checklist(const std::filesystem::path& file, const catalog::Catalog& catalog,
                             const ReadLimits& limits = {});

}  // namespace apichecklist::io
