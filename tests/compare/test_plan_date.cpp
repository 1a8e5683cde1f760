// Deadlines read from 対応計画 text: the last day of the period the plan names.

#include <gtest/gtest.h>

#include "apichecklist/compare/plan_date.hpp"

using apichecklist::compare::Date;
using apichecklist::compare::parse_iso_date;
using apichecklist::compare::plan_deadline;

namespace {

Date deadline(const char* text) {
    const auto date = plan_deadline(text);
    EXPECT_TRUE(date) << text;
    return date.value_or(Date{});
}

}  // namespace

TEST(PlanDate, YearAndMonthMeanTheMonthsLastDay) {
    EXPECT_EQ(deadline("2025年3月までに対応する。"), (Date{2025, 3, 31}));
    EXPECT_EQ(deadline("２０２４年２月末"), (Date{2024, 2, 29}));
    EXPECT_EQ(deadline("2025年 6 月 15 日に完了予定"), (Date{2025, 6, 15}));
}

TEST(PlanDate, NumericDates) {
    EXPECT_EQ(deadline("2025/3/31 完了"), (Date{2025, 3, 31}));
    EXPECT_EQ(deadline("期限 2025-09"), (Date{2025, 9, 30}));
    EXPECT_EQ(deadline("2025.11.3"), (Date{2025, 11, 3}));
    EXPECT_EQ(deadline("２０２５／４／１"), (Date{2025, 4, 1}));
}

TEST(PlanDate, JapaneseEras) {
    EXPECT_EQ(deadline("令和7年3月末までに"), (Date{2025, 3, 31}));
    EXPECT_EQ(deadline("令和元年12月"), (Date{2019, 12, 31}));
    EXPECT_EQ(deadline("平成31年4月"), (Date{2019, 4, 30}));
}

TEST(PlanDate, FiscalYearsEndInMarch) {
    EXPECT_EQ(deadline("2025年度中に導入"), (Date{2026, 3, 31}));
    EXPECT_EQ(deadline("令和7年度末"), (Date{2026, 3, 31}));
    EXPECT_EQ(deadline("2025年度上期"), (Date{2025, 9, 30}));
    EXPECT_EQ(deadline("2025年度下期"), (Date{2026, 3, 31}));
}

TEST(PlanDate, CalendarYears) {
    EXPECT_EQ(deadline("2025年中に"), (Date{2025, 12, 31}));
    EXPECT_EQ(deadline("2025年上期"), (Date{2025, 6, 30}));
}

TEST(PlanDate, TheLatestDateOfSeveralIsTheDeadline) {
    EXPECT_EQ(deadline("2024年9月に規程を改定し、2025年3月までに運用を開始する。"),
              (Date{2025, 3, 31}));
}

TEST(PlanDate, TextWithoutADateHasNoDeadline) {
    EXPECT_FALSE(plan_deadline("検討中。"));
    EXPECT_FALSE(plan_deadline("1年以内に対応"));
    EXPECT_FALSE(plan_deadline("2025年13月"));
    EXPECT_FALSE(plan_deadline("ISO 27001:2013 に準拠"));
    EXPECT_FALSE(plan_deadline(""));
}

TEST(PlanDate, IsoDatesAreChecked) {
    EXPECT_EQ(parse_iso_date("2025-04-01"), (Date{2025, 4, 1}));
    EXPECT_FALSE(parse_iso_date("2025-02-30"));
    EXPECT_FALSE(parse_iso_date("2025/04/01"));
}
