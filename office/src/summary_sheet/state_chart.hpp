#pragma once
// The per-区分 stacked bar chart of the 確認結果 sheet: a Calc chart over a small data
// table (区分 × row state) that the sheet keeps in hidden columns right of its print range.

#include <com/sun/star/awt/Rectangle.hpp>

#include "apichecklist/report/completeness.hpp"
#include "sheet_cells.hpp"

namespace apichecklist::office::summary {

inline constexpr const char* kChartName = "確認結果_区分ごとの回答状況";
// The chart's data table starts in this column (K), outside the printed grid.
inline constexpr int kChartDataColumn = kGridColumns + 1;

// Writes the data table at data_row (header) and below, and a chart in `area`.
void add_state_chart(SheetCells& cells, sal_Int16 sheet_index, int data_row,
                     const report::Completeness& completeness, const css::awt::Rectangle& area);

// Height of the chart for this many 区分, in 1/100 mm.
int state_chart_height(std::size_t categories);

}  // namespace apichecklist::office::summary
