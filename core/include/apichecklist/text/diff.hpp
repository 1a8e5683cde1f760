#pragma once
// Character-level diff of two texts (code points, so Japanese diffs by character).

#include <string>
#include <string_view>
#include <vector>

namespace apichecklist::text {

enum class DiffOp { Same, Removed, Added };

struct DiffPiece {
    DiffOp op = DiffOp::Same;
    std::string text;  // UTF-8
};

// Consecutive characters with the same operation are merged into one piece.
std::vector<DiffPiece> diff_chars(std::string_view before, std::string_view after);

// One line for a terminal: unchanged text as is, removals as [-…-], additions as {+…+}.
std::string render_inline(const std::vector<DiffPiece>& pieces);

// One line for a reader (the sidebar, which cannot strike through or colour a word):
// removals as 〔削除：…〕, additions as 〔追加：…〕 ([deleted: …], [added: …] in English).
std::string render_marked(const std::vector<DiffPiece>& pieces, bool english);

}  // namespace apichecklist::text
