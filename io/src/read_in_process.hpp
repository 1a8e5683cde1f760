#pragma once
// The reading itself, in the calling process; read_workbook runs it in a child.

#include "apichecklist/io/read_workbook.hpp"

namespace apichecklist::io {

sheet::Workbook read_workbook_in_process(const std::filesystem::path& file,
                                         const ReadLimits& limits);

}  // namespace apichecklist::io
