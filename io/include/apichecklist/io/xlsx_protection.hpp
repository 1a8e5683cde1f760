#pragma once
// Whether an .xlsx locks its workbook structure (Excel's 「ブックの保護」: sheets cannot be
// added, removed, renamed or unhidden). LibreOffice 7.4 does not import that lock (measured,
// with and without a password): a document it stores comes back unlocked, so a command that
// would store such a file through soffice refuses it instead.

#include <filesystem>

namespace apichecklist::io {

// False for anything that is no readable .xlsx. Looks at the bytes of the workbook part
// only (no XML parser: the check runs in the helper's own process).
bool xlsx_structure_locked(const std::filesystem::path& file);

}  // namespace apichecklist::io
