// Character-level diffs of Japanese text.

#include <gtest/gtest.h>

#include "apichecklist/text/diff.hpp"

using namespace apichecklist::text;

TEST(TextDiff, IdenticalTextIsOneSamePiece) {
    const auto pieces = diff_chars("利用者を保護する。", "利用者を保護する。");
    ASSERT_EQ(pieces.size(), 1u);
    EXPECT_EQ(pieces[0].op, DiffOp::Same);
}

TEST(TextDiff, InsertedWordsAreMarkedByCharacter) {
    const auto pieces =
        diff_chars("利用者の被害拡大を防止する。", "利用者及び加盟店の被害拡大を防止する。");
    EXPECT_EQ(render_inline(pieces), "利用者{+及び加盟店+}の被害拡大を防止する。");
}

namespace {

std::string side(const std::vector<DiffPiece>& pieces, DiffOp skipped) {
    std::string out;
    for (const DiffPiece& p : pieces)
        if (p.op != skipped) out += p.text;
    return out;
}

}  // namespace

TEST(TextDiff, PiecesRebuildBothTexts) {
    const std::string before = "調査が可能にようにする。", after = "調査が可能にする。";
    const auto pieces = diff_chars(before, after);
    EXPECT_EQ(side(pieces, DiffOp::Added), before);
    EXPECT_EQ(side(pieces, DiffOp::Removed), after);
    ASSERT_EQ(pieces.size(), 3u) << "one removal of three characters between two unchanged runs";
    EXPECT_EQ(pieces[1].op, DiffOp::Removed);
    EXPECT_EQ(pieces[1].text.size(), 9u);
}

TEST(TextDiff, ReplacementShowsBothSides) {
    const auto pieces = diff_chars("ウィルス", "ウイルス");
    EXPECT_EQ(render_inline(pieces), "ウ[-ィ-]{+イ+}ルス");
}

TEST(TextDiff, EmptySides) { EXPECT_EQ(render_inline(diff_chars("", "追加")), "{+追加+}"); }

TEST(TextDiff, MarkedTextNamesEachChangeInWords) {
    const auto pieces = diff_chars("ウィルス対策", "ウイルス対策");
    EXPECT_EQ(render_marked(pieces, false), "ウ〔削除：ィ〕〔追加：イ〕ルス対策");
    EXPECT_EQ(render_marked(pieces, true), "ウ[deleted: ィ][added: イ]ルス対策");
    EXPECT_EQ(render_inline(diff_chars("削除", "")), "[-削除-]");
    EXPECT_TRUE(diff_chars("", "").empty());
}
