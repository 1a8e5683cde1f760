#pragma once
// 新しい版へ移行: carries the answers of the frame's checklist over to the newest installed
// version, through the helper (`apichecklist migrate [--to ID] -o DIR FILE`) running as a
// child process; shows progress in the status bar and opens the result. The document
// itself is never modified: the helper reads its file, or a copy of the unsaved state.
//
// Dispatch arguments for callers without a user: Quiet (no boxes), OutputDirectory (a
// system path; default beside the document), Confirm and Overwrite (the answers to the
// questions a user would be asked), To (a checklist id instead of the newest version).

#include <com/sun/star/frame/XModel.hpp>

#include <memory>

#include "command_call.hpp"

namespace apichecklist::extension {

void upgrade_sheet(const std::shared_ptr<CommandCall>& call);

}  // namespace apichecklist::extension
