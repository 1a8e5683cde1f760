// Search finds the items a user means, however the query is written.

#include <gtest/gtest.h>

#include <algorithm>

#include "apichecklist/search/index.hpp"
#include "catalog_fixture.hpp"

using namespace apichecklist;

namespace {

const search::SearchIndex& index() {
    static const search::SearchIndex instance = search::SearchIndex::build(test::shipped_catalog());
    return instance;
}

bool has_item(const std::vector<search::SearchHit>& hits, const std::string& checklist,
              int number) {
    return std::any_of(hits.begin(), hits.end(), [&](const search::SearchHit& h) {
        return h.kind == search::HitKind::Item && h.checklist == checklist && h.number == number;
    });
}

bool has_term(const std::vector<search::SearchHit>& hits, const std::string& term) {
    return std::any_of(hits.begin(), hits.end(), [&](const search::SearchHit& h) {
        return h.kind == search::HitKind::Term && h.title == term;
    });
}

}  // namespace

TEST(Search, MultiFactorAuthenticationFindsTheTermAndTheTrialItem) {
    const auto hits = index().search("多要素認証", 10);
    ASSERT_FALSE(hits.empty());
    EXPECT_TRUE(has_term(hits, "多要素認証"));
    // Ver1.0 speaks of 二要素認証 (item 29) and 二因子による認証; the 試行版 prints 多要素認証.
    EXPECT_TRUE(has_item(hits, "card-api-1.0", 29));
}

TEST(Search, AGlossaryTermFindsTheOtherWordingsTheDocumentPrintsForIt) {
    // The glossary's 多要素認証 has the synonyms 二要素認証 (its description), 二因子による認証
    // (item 21) and 2段階認証 (item 31): none of those items prints 多要素認証.
    const auto hits = index().search("多要素認証", 30);
    for (int number : {21, 29, 31}) EXPECT_TRUE(has_item(hits, "card-api-1.0", number)) << number;
    const auto hit = std::find_if(hits.begin(), hits.end(), [](const search::SearchHit& h) {
        return h.kind == search::HitKind::Item && h.number == 21;
    });
    ASSERT_NE(hit, hits.end());
    EXPECT_EQ(hit->snippet.text.substr(hit->snippet.match_begin, hit->snippet.match_length),
              "二因子による認証");
    // And back: each wording finds the term and the items of the others.
    const auto back = index().search("二因子による認証", 30);
    EXPECT_TRUE(has_term(back, "多要素認証"));
    EXPECT_TRUE(has_item(back, "card-api-1.0", 29));
    EXPECT_TRUE(has_item(back, "card-api-1.0", 31));
}

TEST(Search, AWordThatIsNoGlossaryTermFindsOnlyItself) {
    // 二因子 alone is no glossary wording: it is not widened to 2段階認証.
    const auto hits = index().search("二因子", 30);
    EXPECT_TRUE(has_item(hits, "card-api-1.0", 21));
    EXPECT_FALSE(has_item(hits, "card-api-1.0", 31));
}

TEST(Search, TlsFullWidthAndHalfWidthGiveTheSameResults) {
    const auto half = index().search("TLS", 10);
    const auto full = index().search("ＴＬＳ", 10);
    ASSERT_FALSE(half.empty());
    ASSERT_EQ(half.size(), full.size());
    for (std::size_t i = 0; i < half.size(); ++i) EXPECT_EQ(half[i].number, full[i].number);
    EXPECT_TRUE(has_item(half, "card-api-1.0", 20));
}

TEST(Search, UnauthorisedAccessRanksItemsWhoseGoalSaysIt) {
    const auto hits = index().search("不正アクセス", 10);
    ASSERT_GE(hits.size(), 5u);
    for (int number : {8, 20, 25, 33, 34})
        EXPECT_TRUE(has_item(hits, "card-api-1.0", number)) << number;
    EXPECT_EQ(hits.front().field, "goal");
}

TEST(Search, HalfWidthKatakanaQueryFindsCloudItems) {
    const auto hits = index().search("ｸﾗｳﾄﾞ", 10);
    EXPECT_TRUE(has_item(hits, "card-api-1.0", 10));
}

TEST(Search, SeveralWordsMustAllMatch) {
    const auto hits = index().search("トークン 有効期限", 10);
    ASSERT_FALSE(hits.empty());
    EXPECT_TRUE(has_item(hits, "card-api-1.0", 40));
    for (const auto& hit : hits) EXPECT_NE(hit.number, 1) << "item 1 mentions neither word";
}

TEST(Search, NonsenseFindsNothing) { EXPECT_TRUE(index().search("zzqqxx", 10).empty()); }

TEST(Search, EmptyQueryFindsNothing) { EXPECT_TRUE(index().search("   ", 10).empty()); }

TEST(Search, SnippetMarksTheMatch) {
    const auto hits = index().search("ＴＬＳ", 1);
    ASSERT_EQ(hits.size(), 1u);
    const auto& s = hits[0].snippet;
    EXPECT_EQ(s.text.substr(s.match_begin, s.match_length), "TLS");
}

TEST(Search, LimitIsHonoured) { EXPECT_LE(index().search("情報", 3).size(), 3u); }

TEST(Search, RestrictedToOneChecklist) {
    const auto only_card = search::SearchIndex::build(test::shipped_catalog(), "card-api-1.0");
    for (const auto& hit : only_card.search("情報資産", 20))
        EXPECT_EQ(hit.checklist, "card-api-1.0");
}
