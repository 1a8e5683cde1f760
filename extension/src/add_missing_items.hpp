#pragma once
// 不足している項目を追加: inserts the rows of catalog items missing from the sheet, with
// their official text, in 通番 order; items the document declares deliberately deleted
// (an ignore of item.missing) are left out. One undo step.

#include "command_call.hpp"

namespace apichecklist::extension {

void add_missing_items(CommandCall& call);

}  // namespace apichecklist::extension
