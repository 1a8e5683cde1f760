#pragma once
// Thin lines around and between all cells of a range (set as its TableBorder2).

#include <com/sun/star/table/TableBorder2.hpp>

namespace apichecklist::office {

inline css::table::TableBorder2 grid_border(sal_Int32 color = 0) {
    css::table::BorderLine2 line;
    line.OuterLineWidth = 10;
    line.LineWidth = 10;
    line.Color = color;
    css::table::TableBorder2 border;
    border.TopLine = border.BottomLine = border.LeftLine = border.RightLine = line;
    border.HorizontalLine = border.VerticalLine = line;
    border.IsTopLineValid = border.IsBottomLineValid = border.IsLeftLineValid = true;
    border.IsRightLineValid = border.IsHorizontalLineValid = border.IsVerticalLineValid = true;
    return border;
}

}  // namespace apichecklist::office
