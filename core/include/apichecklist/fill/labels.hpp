#pragma once
// What a fill's match kinds are called in the helper's output, the 転記メモ and the sidebar.

#include <string>

#include "apichecklist/fill/fill_plan.hpp"
#include "apichecklist/text/label.hpp"

namespace apichecklist::fill {

// A similarity or threshold as users read it: 0.85 → 85%.
std::string percent(double share);
// The 通番 (as written) of the target rows that still need the connector's words, joined
// with 、; empty when none does.
std::string numbers_needing_answers(const FillPlan& plan);

constexpr text::Label match_kind_label(MatchKind kind) {
    switch (kind) {
        case MatchKind::SameItem:
            return {"同じ項目", "same item"};
        case MatchKind::Mapped:
            return {"版の対応表", "mapped"};
        case MatchKind::OwnItem:
            return {"独自項目（目標の類似）", "own item (similar goal)"};
        case MatchKind::NotFound:
            return {"見つからず", "not found"};
    }
    return {"", ""};
}

}  // namespace apichecklist::fill
