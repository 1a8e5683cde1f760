#pragma once
// 別のシートから回答を取り込む…: the answers of another filled sheet (the connector's master,
// last year's) carried into the open copy of the フォーマット (fill/fill_plan.hpp): the plan is
// shown (counts, conflicts, own items matched with their scores) and, on OK, the answers are
// written as one undo step and the 転記メモ sheet is added. Cells that hold text are never
// overwritten. The command org.apichecklist.sidebar:FillFromSheet takes the source as the
// argument URL (a file URL), else asks for it.

#include "command_call.hpp"

namespace apichecklist::extension {

void fill_from_sheet(CommandCall& call);

}  // namespace apichecklist::extension
