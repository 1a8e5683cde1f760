// Japanese line breaking (禁則) of the sidebar's wrapped text: every character measures one
// unit here, so a box of width n holds n characters.

#include <gtest/gtest.h>

#include <string>

#include "apichecklist/text/line_break.hpp"

using namespace apichecklist::text;

namespace {

// The lines of `text` in a box `width` characters wide, joined with '|'.
std::u16string wrapped(std::u16string_view text, int32_t width, int32_t rest = 0) {
    std::vector<int32_t> ends;
    for (std::size_t i = 0; i < text.size(); ++i) ends.push_back(static_cast<int32_t>(i + 1));
    std::u16string out;
    bool first = true;
    for (const LineSpan& line : break_lines(text, ends, width, rest > 0 ? rest : width)) {
        if (!first) out += u'|';
        out += text.substr(line.start, line.end - line.start);
        first = false;
    }
    return out;
}

}  // namespace

TEST(LineBreak, JapaneseBreaksBetweenAnyTwoCharacters) {
    EXPECT_EQ(wrapped(u"利用者を保護する", 3), u"利用者|を保護|する");
}

TEST(LineBreak, PunctuationAndClosingBracketsNeverStartALine) {
    // 「。」 would start the second line: it takes the character before it along.
    EXPECT_EQ(wrapped(u"保護する。次に", 4), u"保護す|る。次に");
    EXPECT_EQ(wrapped(u"対策（注1）を講じる", 5), u"対策（注|1）を講じ|る");
    EXPECT_EQ(wrapped(u"「目標」、方法", 3), u"「目|標」、|方法");
}

TEST(LineBreak, OpeningBracketsNeverEndALine) {
    EXPECT_EQ(wrapped(u"項目の「目標」", 4), u"項目の|「目標」");
    EXPECT_EQ(wrapped(u"三つ（注）", 3), u"三つ|（注）");
}

TEST(LineBreak, AVersionLabelAndANumberStayWhole) {
    EXPECT_EQ(wrapped(u"このシートはVer. 1.0です", 9), u"このシートは|Ver. 1.0で|す");
    EXPECT_EQ(wrapped(u"通番 31 の項目", 6), u"通番 31 |の項目");
    EXPECT_EQ(wrapped(u"合計12345件", 5), u"合計|12345|件");
    EXPECT_EQ(wrapped(u"約3,000件", 5), u"約|3,000|件");
}

TEST(LineBreak, EnglishBreaksAfterSpaces) {
    EXPECT_EQ(wrapped(u"the sheet of Ver. 1.0 items", 10), u"the sheet |of |Ver. 1.0 |items");
}

TEST(LineBreak, ParagraphsKeepTheirBreaksAndFirstLinesTheirWidth) {
    // The further lines are narrower (the list's continuation indent), each paragraph's
    // first line is not.
    EXPECT_EQ(wrapped(u"あいうえお\nかきくけこ", 3, 2), u"あいう|えお|かきく|けこ");
    EXPECT_EQ(wrapped(u"\n", 3), u"|");
}

TEST(LineBreak, AWordWiderThanTheBoxIsCut) {
    EXPECT_EQ(wrapped(u"https://example", 5), u"https|://ex|ample");
}

TEST(LineBreak, SurrogatePairsAndMarksStayWithTheirCharacter) {
    // U+20BB7 (𠮷) is two code units.
    const std::u16string text = u"あい\U00020BB7う";
    EXPECT_EQ(wrapped(text, 3), u"あい|\U00020BB7う");
    EXPECT_FALSE(may_break_before(u"か\u3099", 1));
}

TEST(LineBreak, WithoutMeasuresOnlyParagraphsSplit) {
    const auto lines = break_lines(u"一行目\n二行目", {}, 1, 1);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[1].start, 4u);
}
