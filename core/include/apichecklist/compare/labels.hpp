#pragma once
// What a changed answer is called wherever a comparison is shown (the helper's text, the
// sidebar's changes list, the 比較結果 sheet), so that they never disagree.

#include "apichecklist/compare/comparison.hpp"

namespace apichecklist::compare {

struct Label {
    const char* ja;
    const char* en;
    constexpr const char* in(bool english) const { return english ? en : ja; }
};

constexpr Label answer_change_label(AnswerChangeKind kind) {
    switch (kind) {
        case AnswerChangeKind::Added:
            return {"記入", "added"};
        case AnswerChangeKind::Removed:
            return {"削除", "removed"};
        case AnswerChangeKind::Changed:
            return {"変更", "changed"};
    }
    return {"", ""};
}

}  // namespace apichecklist::compare
