// Target dates in 課題への対応計画 texts.

#include <gtest/gtest.h>

#include "apichecklist/text/plan_date.hpp"

using apichecklist::text::latest_plan_date;
using apichecklist::text::parse_iso_date;

namespace {

std::string iso(const char* text) {
    const auto date = latest_plan_date(text);
    return date ? date->iso() : "none";
}

}  // namespace

TEST(PlanDate, YearMonthDay) { EXPECT_EQ(iso("2025年3月15日までに導入する"), "2025-03-15"); }
TEST(PlanDate, EndOfMonth) { EXPECT_EQ(iso("2025年3月末までに対応予定"), "2025-03-31"); }
TEST(PlanDate, FullWidthDigits) { EXPECT_EQ(iso("２０２５年９月に完了予定"), "2025-09-30"); }
TEST(PlanDate, SlashAndDash) {
    EXPECT_EQ(iso("期限: 2024/2/29"), "2024-02-29");
    EXPECT_EQ(iso("期限 2025-06"), "2025-06-30");
}
TEST(PlanDate, ReiwaEra) {
    EXPECT_EQ(iso("令和7年3月末"), "2025-03-31");
    EXPECT_EQ(iso("令和元年12月"), "2019-12-31");
}
TEST(PlanDate, FiscalYearEndsInMarch) {
    EXPECT_EQ(iso("2025年度中に実施"), "2026-03-31");
    EXPECT_EQ(iso("令和6年度上期に検討"), "2025-03-31");
}
TEST(PlanDate, YearAlone) { EXPECT_EQ(iso("2026年に更新"), "2026-12-31"); }
TEST(PlanDate, LatestDateWins) { EXPECT_EQ(iso("2024年4月に着手し、2024年9月末までに完了する"), "2024-09-30"); }
TEST(PlanDate, NoDate) {
    EXPECT_EQ(iso("検討中"), "none");
    EXPECT_EQ(iso("3か月以内に対応"), "none");
    EXPECT_EQ(iso("2025年13月"), "none");
    EXPECT_EQ(iso("2023年2月29日"), "none");
}
TEST(PlanDate, Iso) {
    ASSERT_TRUE(parse_iso_date("2025-04-01"));
    EXPECT_EQ(parse_iso_date("2025-04-01")->day, 1);
    EXPECT_FALSE(parse_iso_date("2025/04/01"));
}
