// The official-text digest: the same for the same printed text, different as soon as one
// printed character changes, blind to ids' cross-references and extraction notes.

#include <gtest/gtest.h>

#include "apichecklist/catalog/official_text.hpp"
#include "apichecklist/text/excerpt.hpp"
#include "catalog_fixture.hpp"

using namespace apichecklist;

TEST(OfficialText, DigestFollowsThePrintedTextOnly) {
    const catalog::Checklist& shipped = *test::shipped_catalog().checklist("card-api-1.0");
    catalog::Checklist copy = shipped;
    EXPECT_EQ(catalog::official_text_digest(copy), catalog::official_text_digest(shipped));
    copy.items[4].reconstruction_reason = "an extraction note";
    copy.items[4].glossary_terms.clear();
    EXPECT_EQ(catalog::official_text_digest(copy), catalog::official_text_digest(shipped));
    copy.items[4].goal += "。";
    EXPECT_NE(catalog::official_text_digest(copy), catalog::official_text_digest(shipped));
    catalog::Checklist note = shipped;
    note.items[1].notes[0].entries[0].text += "x";
    EXPECT_NE(catalog::official_text_digest(note), catalog::official_text_digest(shipped));
    EXPECT_NE(
        catalog::official_text_digest(shipped),
        catalog::official_text_digest(*test::shipped_catalog().checklist("bank-api-trial-2017")));
}

TEST(Excerpt, KeepsTheFirstCharactersWholeCodePoints) {
    EXPECT_EQ(text::excerpt("短い"), "短い");
    EXPECT_EQ(text::excerpt("あいうえお", 3), "あいう…");
    EXPECT_EQ(text::excerpt(std::string(1'000'000, 'x')).size(), 40u + std::string("…").size());
}
