#pragma once
// Shared between the parts of the migration plan: the planned answer pieces per Ver1.0
// cell before they are joined, and the 移行メモ writer.

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "apichecklist/migrate/plan.hpp"

namespace apichecklist::migrate::detail {

struct Piece {
    std::string trial_number;  // 通番 as written in the trial sheet
    std::string from_key;      // its column in the trial sheet
    std::string text;
    std::string comment;
    bool split = false;  // the trial item splits: the same answer goes to several items
};

// (Ver1.0 通番, column key) → pieces in trial-sheet order.
using Pieces = std::map<std::pair<int, std::string>, std::vector<Piece>>;

struct OtherCell {
    std::string sheet;
    std::string cell;
    std::string kind_ja;  // 内容 or コメント
    std::string text;
};

// Official texts of a trial row as written (区分, 目標, 手法例, …): kept in the memo.
struct RowTexts {
    std::vector<std::pair<std::string, std::string>> by_column;  // column key → text
};

void write_memo(Plan& plan, const catalog::Checklist& trial, const catalog::Checklist& ver1,
                const std::vector<RowTexts>& row_texts, const std::vector<OtherCell>& others,
                const TargetLayout& target);

}  // namespace apichecklist::migrate::detail
