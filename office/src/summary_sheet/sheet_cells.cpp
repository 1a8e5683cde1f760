#include "sheet_cells.hpp"

#include "apichecklist/office/cell_borders.hpp"

#include <algorithm>

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XMergeable.hpp>

namespace apichecklist::office::summary {

namespace {

constexpr float kBodyPoints = 10.0f;

float points_of(Style style) {
    switch (style) {
        case Style::Title:
            return 16.0f;
        case Style::Heading:
            return 12.0f;
        case Style::Figure:
            return 15.0f;
        default:
            return kBodyPoints;
    }
}

bool wraps(Style style) {
    return style == Style::Cell || style == Style::TableHead || style == Style::FigureLabel;
}

// One remote call per cell or set of ranges (XMultiPropertySet wants the names sorted:
// std::map does it).
void apply(const uno::Reference<uno::XInterface>& p, Style style) {
    std::map<std::string, uno::Any> values;
    const bool bold = style == Style::Title || style == Style::Heading ||
                      style == Style::TableHead || style == Style::Figure;
    const float weight = bold ? css::awt::FontWeight::BOLD : css::awt::FontWeight::NORMAL;
    // Latin and Asian fonts are separate properties; Japanese text uses the Asian ones.
    for (const char* suffix : {"", "Asian"}) {
        values[std::string("CharHeight") + suffix] <<= points_of(style);
        values[std::string("CharWeight") + suffix] <<= weight;
    }
    values["IsTextWrapped"] <<= wraps(style);
    values["VertJustify"] <<= sal_Int32(css::table::CellVertJustify2::TOP);
    switch (style) {
        case Style::TableHead:
            values["CellBackColor"] <<= sal_Int32(0xeef2fa);
            values["HoriJustify"] <<= css::table::CellHoriJustify_CENTER;
            values["VertJustify"] <<= sal_Int32(css::table::CellVertJustify2::CENTER);
            break;
        case Style::Heading:
            values["CharColor"] <<= sal_Int32(0x1f3f7a);
            break;
        case Style::Note:
            values["CharColor"] <<= sal_Int32(0x555555);
            break;
        case Style::Figure:
        case Style::FigureLabel:
            values["HoriJustify"] <<= css::table::CellHoriJustify_CENTER;
            break;
        case Style::Number:
            values["HoriJustify"] <<= css::table::CellHoriJustify_RIGHT;
            break;
        default:
            break;
    }
    uno::Sequence<rtl::OUString> names(sal_Int32(values.size()));
    uno::Sequence<uno::Any> anys(sal_Int32(values.size()));
    sal_Int32 i = 0;
    for (const auto& [name, value] : values) {
        names.getArray()[i] = rtl::OUString::createFromAscii(name.c_str());
        anys.getArray()[i++] = value;
    }
    uno::Reference<css::beans::XMultiPropertySet>(p, uno::UNO_QUERY_THROW)
        ->setPropertyValues(names, anys);
}

// Display width in em: full-width characters 1, the rest about half.
double em_width(const std::string& line) {
    double em = 0;
    for (std::size_t i = 0; i < line.size();) {
        const unsigned char c = static_cast<unsigned char>(line[i]);
        const int length = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        em += length >= 3 ? 1.0 : 0.55;
        i += std::size_t(length);
    }
    return em;
}

// Height in 1/100 mm of `text` wrapped in a cell `width` wide.
int estimated_height(const std::string& text, int width, float points) {
    const double em = points * 35.28;  // 1 pt = 0.3528 mm
    const double per_line = std::max(1.0, (width - 200) / em);
    int lines = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        lines += std::max(1, int(em_width(text.substr(start, end - start)) / per_line + 0.999));
        start = end + 1;
    }
    return int(lines * em * 1.35) + 150;
}

}  // namespace

void set(const PropertySet& p, const char* name, const uno::Any& value) {
    p->setPropertyValue(rtl::OUString::createFromAscii(name), value);
}

SheetCells::SheetCells(uno::Reference<css::sheet::XSpreadsheet> sheet, std::vector<int> widths)
    : sheet_(std::move(sheet)), widths_(std::move(widths)) {}

int SheetCells::width() const {
    int sum = 0;
    for (int w : widths_) sum += w;
    return sum;
}

uno::Reference<css::table::XCellRange> SheetCells::range(int first_row, int last_row,
                                                         int first_column, int last_column) {
    flush();
    return sheet_->getCellRangeByPosition(first_column, first_row, last_column, last_row);
}

void SheetCells::batch_with(uno::Reference<css::sheet::XSpreadsheetDocument> document,
                            sal_Int16 sheet_index) {
    document_ = std::move(document);
    sheet_index_ = sheet_index;
}

css::table::CellRangeAddress SheetCells::address(int row, int first, int last) const {
    return css::table::CellRangeAddress(sheet_index_, first, row, last, row);
}

void SheetCells::merge_and_style(int row, int first, int last, Style style) {
    if (document_.is()) {
        if (last > first) merges_.push_back(address(row, first, last));
        styled_[style].push_back(address(row, first, last));
        return;
    }
    const auto cells = range(row, row, first, last);
    if (last > first)
        uno::Reference<css::util::XMergeable>(cells, uno::UNO_QUERY_THROW)->merge(true);
    apply(cells, style);
}

void SheetCells::text(int row, int first, int last, const std::string& text, Style style) {
    if (document_.is() && text.find('\n') == std::string::npos) {
        values_[{row, first}] <<= to_ou(text);
    } else {
        flush();
        uno::Reference<css::text::XText>(sheet_->getCellByPosition(first, row),
                                         uno::UNO_QUERY_THROW)
            ->setString(to_ou(text));
    }
    if (last > first) {
        // Optimal row heights ignore merged cells: wrapped text and large fonts need a
        // height of their own (a non-wrapped text is one line per paragraph).
        int width = 0;
        for (int c = first; c <= last; ++c) width += widths_[std::size_t(c)];
        int& height = estimated_heights_[row];
        height = std::max(
            height, estimated_height(text, wraps(style) ? width : 1'000'000, points_of(style)));
    }
    merge_and_style(row, first, last, style);
}

void SheetCells::number(int row, int first, int last, double value, Style style) {
    if (document_.is())
        values_[{row, first}] <<= value;
    else
        sheet_->getCellByPosition(first, row)->setValue(value);
    merge_and_style(row, first, last, style);
}

void SheetCells::flush() {
    if (values_.empty() && merges_.empty() && styled_.empty()) return;
    // Values: blocks of consecutive rows that have the same contiguous columns collected.
    // Only collected cells are in a block (an array cell without a value would clear it).
    struct Run {
        int row, first, last;
    };
    std::vector<Run> runs;
    for (const auto& [at, value] : values_) {
        const auto [row, column] = at;
        if (!runs.empty() && runs.back().row == row && runs.back().last + 1 == column)
            runs.back().last = column;
        else
            runs.push_back({row, column, column});
    }
    std::size_t i = 0;
    while (i < runs.size()) {
        std::size_t j = i + 1;
        while (j < runs.size() && runs[j].row == runs[j - 1].row + 1 &&
               runs[j].first == runs[i].first && runs[j].last == runs[i].last)
            ++j;
        const Run& top = runs[i];
        uno::Sequence<uno::Sequence<uno::Any>> data(sal_Int32(j - i));
        for (std::size_t r = i; r < j; ++r) {
            uno::Sequence<uno::Any> line(top.last - top.first + 1);
            for (int c = top.first; c <= top.last; ++c)
                line.getArray()[c - top.first] = values_.at({runs[r].row, c});
            data.getArray()[sal_Int32(r - i)] = line;
        }
        uno::Reference<css::sheet::XCellRangeData>(
            sheet_->getCellRangeByPosition(top.first, top.row, top.last, runs[j - 1].row),
            uno::UNO_QUERY_THROW)
            ->setDataArray(data);
        i = j;
    }
    for (const auto& m : merges_)
        uno::Reference<css::util::XMergeable>(
            sheet_->getCellRangeByPosition(m.StartColumn, m.StartRow, m.EndColumn, m.EndRow),
            uno::UNO_QUERY_THROW)
            ->merge(true);
    // Styles: all ranges of one style at once. A cell's ranges do not overlap across
    // styles (each cell is written once), so the order of the styles does not matter.
    const uno::Reference<css::lang::XMultiServiceFactory> factory(document_, uno::UNO_QUERY_THROW);
    for (const auto& [style, addresses] : styled_) {
        const uno::Reference<css::sheet::XSheetCellRangeContainer> ranges(
            factory->createInstance("com.sun.star.sheet.SheetCellRanges"), uno::UNO_QUERY_THROW);
        ranges->addRangeAddresses(uno::Sequence<css::table::CellRangeAddress>(
                                      addresses.data(), sal_Int32(addresses.size())),
                                  false);
        apply(ranges, style);
    }
    values_.clear();
    merges_.clear();
    styled_.clear();
}

void SheetCells::table_borders(int first_row, int last_row, int first_column, int last_column) {
    set(PropertySet(range(first_row, last_row, first_column, last_column), uno::UNO_QUERY_THROW),
        "TableBorder2", uno::Any(grid_border(0x9a9a9a)));
}

void SheetCells::heading_rule(int row) {
    css::table::BorderLine2 line;
    line.OuterLineWidth = 35;
    line.LineWidth = 35;
    line.Color = 0x4a7bd0;
    css::table::TableBorder2 border;
    border.BottomLine = line;
    border.IsBottomLineValid = true;
    set(PropertySet(range(row, row, 0, last_column()), uno::UNO_QUERY_THROW), "TableBorder2",
        uno::Any(border));
}

void SheetCells::row_height(int row, int height) {
    estimated_heights_[row] = std::max(estimated_heights_[row], height);
}

void SheetCells::fit_rows(int first_row, int last_row) {
    const auto rows = uno::Reference<css::table::XColumnRowRange>(
                          range(first_row, last_row, 0, last_column()), uno::UNO_QUERY_THROW)
                          ->getRows();
    set(PropertySet(rows, uno::UNO_QUERY_THROW), "OptimalHeight", uno::Any(true));
    for (const auto& [row, height] : estimated_heights_) {
        if (row < first_row || row > last_row) continue;
        PropertySet one(rows->getByIndex(row - first_row), uno::UNO_QUERY_THROW);
        // Never lower than what Calc needs for the unmerged cells of the row.
        sal_Int32 optimal = 0;
        one->getPropertyValue("Height") >>= optimal;
        set(one, "Height", uno::Any(sal_Int32(std::max<int>(optimal, height))));
    }
}

void SheetCells::column_widths() {
    const auto columns =
        uno::Reference<css::table::XColumnRowRange>(sheet_, uno::UNO_QUERY_THROW)->getColumns();
    for (std::size_t c = 0; c < widths_.size(); ++c)
        set(PropertySet(columns->getByIndex(sal_Int32(c)), uno::UNO_QUERY_THROW), "Width",
            uno::Any(sal_Int32(widths_[c])));
}

}  // namespace apichecklist::office::summary
