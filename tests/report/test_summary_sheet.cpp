// The 確認結果 sheet written through a real soffice: replaced, never duplicated; its
// numbers are the validator's; the checklist is still found and validated as before.

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <map>

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/XChartDataArray.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/table/XTableRows.hpp>

#include "apichecklist/io/read_workbook.hpp"
#include "apichecklist/office/office.hpp"
#include "apichecklist/office/summary_sheet.hpp"
#include "apichecklist/report/completeness.hpp"
#include "apichecklist/sheet/layout.hpp"
#include "apichecklist/validate/validate.hpp"
#include "catalog_fixture.hpp"
#include "temp_dir.hpp"

using namespace apichecklist;
namespace fs = std::filesystem;
namespace uno = css::uno;

namespace {

struct Checked {
    sheet::Workbook workbook;
    sheet::ChecklistLayout layout;
    validate::Report report;
    report::Completeness completeness;
};

Checked check(const fs::path& file, settings::Role role) {
    Checked c;
    c.workbook = io::read_workbook(file);
    const settings::SettingsReadResult stored = settings::read_settings(c.workbook);
    c.layout =
        sheet::detect_layout(c.workbook, test::shipped_catalog(), settings::checklist_hint(stored))
            .value();
    c.report = validate::validate(c.workbook, c.layout, test::shipped_catalog(), role, stored);
    c.completeness = report::summarize(c.workbook, c.layout, test::shipped_catalog(), c.report);
    return c;
}

std::vector<std::string> sheet_names(const uno::Reference<css::lang::XComponent>& document) {
    uno::Reference<css::container::XIndexAccess> sheets(
        uno::Reference<css::sheet::XSpreadsheetDocument>(document, uno::UNO_QUERY_THROW)
            ->getSheets(),
        uno::UNO_QUERY_THROW);
    std::vector<std::string> names;
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
        names.push_back(office::to_utf8(
            uno::Reference<css::container::XNamed>(sheets->getByIndex(i), uno::UNO_QUERY_THROW)
                ->getName()));
    return names;
}

uno::Reference<css::sheet::XSpreadsheet> sheet_at(
    const uno::Reference<css::lang::XComponent>& document, sal_Int16 index) {
    uno::Reference<css::container::XIndexAccess> sheets(
        uno::Reference<css::sheet::XSpreadsheetDocument>(document, uno::UNO_QUERY_THROW)
            ->getSheets(),
        uno::UNO_QUERY_THROW);
    return uno::Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(index),
                                                    uno::UNO_QUERY_THROW);
}

int chart_count(const uno::Reference<css::lang::XComponent>& document, sal_Int16 index) {
    uno::Reference<css::table::XTableChartsSupplier> charts(sheet_at(document, index),
                                                            uno::UNO_QUERY_THROW);
    return int(charts->getCharts()->getElementNames().getLength());
}

// What the sheet's chart plots and whether it reads hidden cells.
struct ChartSeen {
    double plotted = 0;  // the sum of its values
    bool includes_hidden = false;
};

ChartSeen chart_seen(const uno::Reference<css::sheet::XSpreadsheet>& sheet) {
    const auto charts =
        uno::Reference<css::table::XTableChartsSupplier>(sheet, uno::UNO_QUERY_THROW)->getCharts();
    const uno::Reference<css::document::XEmbeddedObjectSupplier> embedded(
        charts->getByName(charts->getElementNames()[0]), uno::UNO_QUERY_THROW);
    const uno::Reference<css::chart::XChartDocument> chart(embedded->getEmbeddedObject(),
                                                           uno::UNO_QUERY_THROW);
    ChartSeen seen;
    uno::Reference<css::beans::XPropertySet>(chart->getDiagram(), uno::UNO_QUERY_THROW)
        ->getPropertyValue("IncludeHiddenCells") >>= seen.includes_hidden;
    const uno::Reference<css::chart::XChartDataArray> data(chart->getData(), uno::UNO_QUERY_THROW);
    for (const auto& row : data->getData())
        for (double value : row)
            if (!std::isnan(value)) seen.plotted += value;
    return seen;
}

// Columns 0..39 of the sheet that are hidden.
std::vector<int> hidden_columns(const uno::Reference<css::sheet::XSpreadsheet>& sheet) {
    const auto columns =
        uno::Reference<css::table::XColumnRowRange>(sheet, uno::UNO_QUERY_THROW)->getColumns();
    std::vector<int> hidden;
    for (int c = 0; c < 40; ++c) {
        bool visible = true;
        uno::Reference<css::beans::XPropertySet>(columns->getByIndex(c), uno::UNO_QUERY_THROW)
            ->getPropertyValue("IsVisible") >>= visible;
        if (!visible) hidden.push_back(c);
    }
    return hidden;
}

sal_Int32 tallest_row(const uno::Reference<css::sheet::XSpreadsheet>& sheet) {
    const auto rows =
        uno::Reference<css::table::XColumnRowRange>(sheet, uno::UNO_QUERY_THROW)->getRows();
    sal_Int32 tallest = 0;
    for (sal_Int32 row = 0; row < 40; ++row) {
        sal_Int32 height = 0;
        uno::Reference<css::beans::XPropertySet>(rows->getByIndex(row), uno::UNO_QUERY_THROW)
            ->getPropertyValue("Height") >>= height;
        tallest = std::max(tallest, height);
    }
    return tallest;
}

const sheet::Sheet* find_sheet(const sheet::Workbook& workbook, const std::string& name) {
    for (const auto& s : workbook.sheets)
        if (s.name() == name) return &s;
    return nullptr;
}

bool contains_text(const sheet::Sheet& s, const std::string& text) {
    for (int r = 0; r < s.row_count(); ++r)
        for (int c = 0; c < s.column_count(); ++c)
            if (s.text(r, c) == text) return true;
    return false;
}

// Cells of the heading (the rows above the figures block) that contain `text`.
int heading_cells_containing(const sheet::Sheet& s, const std::string& text) {
    int count = 0;
    for (int r = 0; r < s.row_count() && s.text(r, 0) != "項目"; ++r)
        for (int c = 0; c < s.column_count(); ++c)
            count += s.text(r, c).find(text) != std::string::npos;
    return count;
}

// The figures block: a row of labels with the numbers in the row below.
std::map<std::string, std::string> figures(const sheet::Sheet& s) {
    std::map<std::string, std::string> out;
    for (int r = 0; r + 1 < s.row_count(); ++r)
        if (s.text(r, 0) == "項目" && s.text(r, 3) == "エラー")
            for (int c = 0; c < 6; ++c) out[s.text(r, c)] = s.text(r + 1, c);
    return out;
}

class SummarySheetInOffice
    : public ::testing::TestWithParam<std::pair<const char*, settings::Role>> {
  protected:
    static void SetUpTestSuite() { soffice_ = new office::Office(); }
    static void TearDownTestSuite() {
        delete soffice_;
        soffice_ = nullptr;
    }
    static office::Office* soffice_;
};
office::Office* SummarySheetInOffice::soffice_ = nullptr;

}  // namespace

TEST_P(SummarySheetInOffice, WrittenTwiceLeavesOneSheetWithTheValidatorsNumbers) {
    const auto& [name, role] = GetParam();
    const fs::path fixture = fs::path(APICHECKLIST_TEST_FIXTURES) / name;
    const Checked before = check(fixture, role);
    test::TempDir temp;
    const fs::path written = temp.path() / "written.ods";
    office::SummarySheetInput input{&before.completeness, &before.report, role, name, "2026-11-25"};
    std::vector<std::string> names;
    int charts = -1;
    const fs::path copy = temp.path() / name;
    fs::copy_file(fixture, copy);
    bool title_bold = false, read_only_refused = false;
    sal_Int32 chart_row_height = 0;
    ChartSeen chart;
    std::vector<int> hidden;
    soffice_->run("確認結果シートの書き込み", [&](office::Session& session) {
        {  // Calc would drop every format of a read-only document: refused instead.
            const auto read_only = session.load(fixture);
            office::DocumentCloser close_it(read_only);
            try {
                office::write_summary_sheet(uno::Reference<css::sheet::XSpreadsheetDocument>(
                                                read_only, uno::UNO_QUERY_THROW),
                                            input);
            } catch (const css::lang::IllegalArgumentException&) {
                read_only_refused = true;
            }
        }
        const auto document = session.load(copy, /*editable=*/true);
        office::DocumentCloser closer(document);
        uno::Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document,
                                                                     uno::UNO_QUERY_THROW);
        office::write_summary_sheet(spreadsheet, input);
        const sal_Int16 index = office::write_summary_sheet(spreadsheet, input);
        names = sheet_names(document);
        charts = chart_count(document, index);
        const auto summary_sheet = sheet_at(document, index);
        float weight = 0;
        uno::Reference<css::beans::XPropertySet>(summary_sheet->getCellByPosition(0, 0),
                                                 uno::UNO_QUERY_THROW)
            ->getPropertyValue("CharWeightAsian") >>= weight;
        title_bold = weight > css::awt::FontWeight::NORMAL;
        chart_row_height = tallest_row(summary_sheet);
        chart = chart_seen(summary_sheet);
        hidden = hidden_columns(summary_sheet);
        office::store_atomically(document, written, "calc8");
    });
    EXPECT_EQ(std::count(names.begin(), names.end(), sheet::kSummarySheet), 1);
    EXPECT_EQ(charts, 1) << "one chart, not one per run";
    EXPECT_TRUE(read_only_refused);
    EXPECT_TRUE(title_bold) << "formats applied";
    EXPECT_GT(chart_row_height, 5000) << "a row sized for the chart";
    // The chart's data table is in hidden columns right of the printed grid (A:I), and the
    // chart still plots every row of the checklist from them.
    ASSERT_FALSE(hidden.empty()) << "the chart's data is not on view";
    EXPECT_GT(hidden.front(), 8) << "no column of the printed grid is hidden";
    EXPECT_TRUE(chart.includes_hidden);
    EXPECT_EQ(chart.plotted, double(before.completeness.total.items));

    const Checked after = check(written, role);
    const sheet::Sheet* summary = find_sheet(after.workbook, sheet::kSummarySheet);
    ASSERT_NE(summary, nullptr);
    EXPECT_EQ(after.layout.sheet, before.layout.sheet) << "the checklist, not the summary";
    EXPECT_EQ(after.report.findings.size(), before.report.findings.size())
        << "the summary is not validated";
    EXPECT_EQ(after.report.ignored.size(), before.report.ignored.size());

    const auto shown = figures(*summary);
    EXPECT_EQ(shown.at("項目"), std::to_string(before.completeness.total.items));
    EXPECT_EQ(shown.at("記入済み"), std::to_string(before.completeness.total.answered));
    EXPECT_EQ(shown.at("未完了"), std::to_string(before.completeness.total.open));
    EXPECT_EQ(shown.at("エラー"), std::to_string(before.report.count(validate::Severity::Error)));
    EXPECT_EQ(shown.at("警告"), std::to_string(before.report.count(validate::Severity::Warning)));
    EXPECT_EQ(shown.at("無視した指摘"), std::to_string(before.report.ignored.size()));
    EXPECT_TRUE(contains_text(
        *summary, "未解決の指摘（" + std::to_string(before.report.findings.size()) + " 件）"));
    for (const auto& f : before.report.findings) {
        if (!f.cell) continue;
        EXPECT_TRUE(contains_text(*summary, f.cell_a1())) << f.cell_a1();
    }
    for (const auto& i : before.report.ignored)
        EXPECT_TRUE(contains_text(*summary, i.reason)) << i.reason;
    for (const auto& line : before.completeness.heading_lines)
        EXPECT_TRUE(contains_text(*summary, line)) << line;
    EXPECT_TRUE(contains_text(*summary, "会社名：株式会社サンプルペイ"));
    const std::string sheet_title =
        before.workbook.sheets.at(std::size_t(before.layout.sheet)).text(0, 0);
    EXPECT_EQ(heading_cells_containing(*summary, sheet_title), 1)
        << "the checklist's title once, not again as the sheet's own title line";
}

INSTANTIATE_TEST_SUITE_P(Fixtures, SummarySheetInOffice,
                         ::testing::Values(std::pair{"broken.ods", settings::Role::Api},
                                           std::pair{"clean-card.xlsx", settings::Role::Card}),
                         [](const auto& param_info) {
                             return std::string(param_info.index == 0 ? "broken_api"
                                                                      : "clean_card");
                         });
