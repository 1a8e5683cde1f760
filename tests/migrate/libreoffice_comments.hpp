#pragma once
// Cell comments as LibreOffice itself reads them: the yardstick for the reader's comments
// and for the comments of migrated sheets.

#include <filesystem>
#include <string>
#include <vector>

#include "apichecklist/office/office.hpp"

namespace apichecklist::test {

struct CellComment {
    int sheet = 0;  // index
    int row = 0;
    int column = 0;
    std::string text;
};

// Every annotation of every sheet, opened read-only with macros never executed.
std::vector<CellComment> read_cell_comments(const office::Session& session,
                                            const std::filesystem::path& file);

}  // namespace apichecklist::test
