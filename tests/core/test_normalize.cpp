// Folding makes full-/half-width, case and katakana/hiragana differences disappear.

#include <gtest/gtest.h>

#include "apichecklist/search/normalize.hpp"

using apichecklist::search::fold;
using apichecklist::search::fold_chars;

TEST(Normalize, FullWidthAsciiBecomesHalfWidthLowerCase) {
    EXPECT_EQ(fold_chars("ＴＬＳ"), fold_chars("tls"));
}

TEST(Normalize, KatakanaAndHiraganaFoldTogether) {
    EXPECT_EQ(fold_chars("トークン"), fold_chars("とーくん"));
}

TEST(Normalize, HalfWidthKatakanaWithVoicingMarkComposes) {
    EXPECT_EQ(fold_chars("ｸﾗｳﾄﾞ"), fold_chars("クラウド"));
    EXPECT_EQ(fold_chars("ﾊﾟｽﾜｰﾄﾞ"), fold_chars("パスワード"));
}

TEST(Normalize, SpacesAndPunctuationAreDropped) {
    EXPECT_EQ(fold_chars("API 接続先、"), fold_chars("ＡＰＩ接続先"));
}

TEST(Normalize, FullWidthDigitsBecomeDigits) {
    EXPECT_EQ(fold_chars("通番１２"), fold_chars("通番12"));
}

TEST(Normalize, DifferentWordsStayDifferent) { EXPECT_NE(fold_chars("認証"), fold_chars("認可")); }

TEST(Normalize, OffsetsPointIntoTheSource) {
    const std::string text = "Ａ 認証";
    const auto folded = fold(text);
    ASSERT_EQ(folded.chars.size(), 3u);
    EXPECT_EQ(folded.offsets[0], 0u);
    EXPECT_EQ(text.substr(folded.offsets[1], 3), "認");
    EXPECT_EQ(text.substr(folded.offsets[2], 3), "証");
}
