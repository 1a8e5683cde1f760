#include "apichecklist/text/diff.hpp"

#include <unicode/utf8.h>

#include <dtl/dtl.hpp>

namespace apichecklist::text {

namespace {

std::vector<std::string> split_code_points(std::string_view text) {
    std::vector<std::string> out;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const int32_t length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        out.emplace_back(text.substr(std::size_t(start), std::size_t(i - start)));
    }
    return out;
}

DiffOp op_of(dtl::edit_t type) {
    if (type == dtl::SES_DELETE) return DiffOp::Removed;
    if (type == dtl::SES_ADD) return DiffOp::Added;
    return DiffOp::Same;
}

}  // namespace

std::vector<DiffPiece> diff_chars(std::string_view before, std::string_view after) {
    dtl::Diff<std::string, std::vector<std::string>> diff(split_code_points(before),
                                                          split_code_points(after));
    diff.compose();
    std::vector<DiffPiece> pieces;
    for (const auto& [element, info] : diff.getSes().getSequence()) {
        const DiffOp op = op_of(info.type);
        if (pieces.empty() || pieces.back().op != op) pieces.push_back({op, {}});
        pieces.back().text += element;
    }
    return pieces;
}

std::string render_inline(const std::vector<DiffPiece>& pieces) {
    std::string out;
    for (const DiffPiece& piece : pieces) {
        if (piece.op == DiffOp::Same) out += piece.text;
        if (piece.op == DiffOp::Removed) out += "[-" + piece.text + "-]";
        if (piece.op == DiffOp::Added) out += "{+" + piece.text + "+}";
    }
    return out;
}

std::string render_marked(const std::vector<DiffPiece>& pieces, bool english) {
    std::string out;
    for (const DiffPiece& piece : pieces) {
        if (piece.op == DiffOp::Same) out += piece.text;
        if (piece.op == DiffOp::Removed)
            out += english ? "[deleted: " + piece.text + "]" : "〔削除：" + piece.text + "〕";
        if (piece.op == DiffOp::Added)
            out += english ? "[added: " + piece.text + "]" : "〔追加：" + piece.text + "〕";
    }
    return out;
}

}  // namespace apichecklist::text
