#include "state_chart.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/ChartDataCaption.hpp>
#include <com/sun/star/chart/ChartLegendPosition.hpp>
#include <com/sun/star/chart/XAxisXSupplier.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/table/XTableColumns.hpp>

#include "apichecklist/report/labels.hpp"

namespace apichecklist::office::summary {

namespace {

// The data table's columns: hidden, so that the sheet shows the chart and the 区分 table
// only, never a third copy of the numbers beside them.
void hide_data(SheetCells& cells) {
    const auto columns =
        uno::Reference<css::table::XColumnRowRange>(cells.sheet(), uno::UNO_QUERY_THROW)
            ->getColumns();
    for (int c = 0; c <= int(std::size(report::kStateSegments)); ++c)
        set(PropertySet(columns->getByIndex(kChartDataColumn + c), uno::UNO_QUERY_THROW),
            "IsVisible", uno::Any(false));
}

// 区分 down, states across; a zero stays empty so that it draws no bar and no label.
void write_data(SheetCells& cells, int data_row, const report::Completeness& completeness) {
    cells.text(data_row, kChartDataColumn, kChartDataColumn, "区分", Style::Meta);
    int column = kChartDataColumn + 1;
    for (const report::StateSegment& segment : report::kStateSegments) {
        cells.text(data_row, column, column, segment.label_ja, Style::Meta);
        ++column;
    }
    int row = data_row + 1;
    for (const report::CategoryCounts& category : completeness.categories) {
        cells.text(row, kChartDataColumn, kChartDataColumn, category.name, Style::Meta);
        column = kChartDataColumn + 1;
        for (const report::StateSegment& segment : report::kStateSegments) {
            const int count = category.states.*segment.count;
            if (count > 0) cells.number(row, column, count, Style::Meta);
            ++column;
        }
        ++row;
    }
}

void style_chart(const uno::Reference<css::chart::XChartDocument>& chart) {
    uno::Reference<css::lang::XMultiServiceFactory> factory(chart, uno::UNO_QUERY_THROW);
    chart->setDiagram(uno::Reference<css::chart::XDiagram>(
        factory->createInstance("com.sun.star.chart.BarDiagram"), uno::UNO_QUERY_THROW));
    const auto diagram = chart->getDiagram();
    PropertySet diagram_properties(diagram, uno::UNO_QUERY_THROW);
    // Its data table is in hidden columns: a chart plots only visible cells by default.
    set(diagram_properties, "IncludeHiddenCells", uno::Any(true));
    set(diagram_properties, "Vertical", uno::Any(true));  // horizontal bars
    set(diagram_properties, "Stacked", uno::Any(true));
    // Horizontal bars list the first 区分 at the bottom; the table reads top down.
    const auto category_axis =
        uno::Reference<css::chart::XAxisXSupplier>(diagram, uno::UNO_QUERY_THROW)->getXAxis();
    set(PropertySet(category_axis, uno::UNO_QUERY_THROW), "ReverseDirection", uno::Any(true));
    sal_Int32 series = 0;
    for (const report::StateSegment& segment : report::kStateSegments) {
        const PropertySet row = diagram->getDataRowProperties(series++);
        set(row, "FillColor", uno::Any(sal_Int32(segment.rgb)));
        set(row, "DataCaption", uno::Any(sal_Int32(css::chart::ChartDataCaption::VALUE)));
    }
    set(PropertySet(chart, uno::UNO_QUERY_THROW), "HasLegend", uno::Any(true));
    set(PropertySet(chart->getLegend(), uno::UNO_QUERY_THROW), "Alignment",
        uno::Any(css::chart::ChartLegendPosition_BOTTOM));
}

}  // namespace

int state_chart_height(std::size_t categories) { return 2600 + int(categories) * 800; }

void add_state_chart(SheetCells& cells, sal_Int16 sheet_index, int data_row,
                     const report::Completeness& completeness, const css::awt::Rectangle& area) {
    write_data(cells, data_row, completeness);
    const int last_row = data_row + int(completeness.categories.size());
    const int last_column = kChartDataColumn + int(std::size(report::kStateSegments));
    uno::Sequence<css::table::CellRangeAddress> ranges(1);
    ranges.getArray()[0] = css::table::CellRangeAddress(sheet_index, kChartDataColumn, data_row,
                                                        last_column, last_row);
    const auto charts =
        uno::Reference<css::table::XTableChartsSupplier>(cells.sheet(), uno::UNO_QUERY_THROW)
            ->getCharts();
    const rtl::OUString name = to_ou(kChartName);
    if (charts->hasByName(name)) charts->removeByName(name);
    charts->addNewByName(name, area, ranges, /*ColumnHeaders=*/true, /*RowHeaders=*/true);
    uno::Reference<css::document::XEmbeddedObjectSupplier> embedded(charts->getByName(name),
                                                                    uno::UNO_QUERY_THROW);
    style_chart(uno::Reference<css::chart::XChartDocument>(embedded->getEmbeddedObject(),
                                                           uno::UNO_QUERY_THROW));
    hide_data(cells);
}

}  // namespace apichecklist::office::summary
