#pragma once
// The 転記メモ sheet of a fill, as text: where every target row's answers came from, the
// conflicts, the suggestions for own items nothing matched, and in full every source answer
// that went nowhere. The office library writes it (office/fill_document.hpp); the check that
// nothing is lost reads it.

#include <string>
#include <vector>

#include "apichecklist/fill/fill_plan.hpp"

namespace apichecklist::fill {

struct MemoTable {
    std::string heading;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::string empty_note;  // shown when rows is empty
};

struct Memo {
    std::string title;
    std::vector<std::string> lines;  // source, target, versions, counts
    std::vector<MemoTable> tables;
};

Memo memo_of(const FillPlan& plan, bool english = false);

// A source answer neither written into a target cell nor kept in full in the memo, a target
// text changed that the memo does not list, or a target sheet gone (sheets are matched by
// name; an earlier run's 転記メモ is replaced): a bug to report, checked before writing and
// on the stored file.
struct LostText {
    std::string where;  // source or target cell, e.g. 回答!E12
    std::string text;
    std::string reason_ja;
    std::string reason_en;
};
std::vector<LostText> find_lost_texts(const FillPlan& plan, const Memo& memo,
                                      const sheet::Workbook& target, const sheet::Workbook& filled);

}  // namespace apichecklist::fill
