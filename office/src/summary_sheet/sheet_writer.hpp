#pragma once
// Writing a report sheet top to bottom: headings (kept with their tables when printed),
// notes and table rows of spans over the grid's columns.

#include <string>
#include <utility>
#include <vector>

#include "sheet_cells.hpp"

namespace apichecklist::office::summary {

class SheetWriter {
  public:
    explicit SheetWriter(SheetCells& cells) : cells_(cells) {}

    int last_row() const { return row_ - 1; }
    const std::vector<int>& heading_rows() const { return heading_rows_; }

  protected:
    struct Span {
        int first;
        int last;
        std::string text;
    };

    void heading(const std::string& text) {
        heading_rows_.push_back(row_);
        cells_.text(row_, 0, cells_.last_column(), text, Style::Heading);
        cells_.heading_rule(row_++);
    }
    void note(const std::string& text) {
        cells_.text(row_++, 0, cells_.last_column(), text, Style::Note);
        ++row_;
    }
    struct Figure {
        std::string label;
        long value;
    };
    // Labels over their numbers from column A, boxed: one column each, or columns
    // first..last of `spans` (so that a label fits a narrow grid without breaking).
    void figure_rows(const std::vector<Figure>& figures,
                     const std::vector<std::pair<int, int>>& spans = {}) {
        int last_column = -1;
        for (std::size_t i = 0; i < figures.size(); ++i) {
            const auto [first, last] =
                i < spans.size() ? spans[i] : std::pair{last_column + 1, last_column + 1};
            cells_.text(row_, first, last, figures[i].label, Style::FigureLabel);
            cells_.number(row_ + 1, first, last, double(figures[i].value), Style::Figure);
            last_column = last;
        }
        cells_.table_borders(row_, row_ + 1, 0, last_column);
        row_ += 2;
    }
    void header(const std::vector<Span>& spans) { write(spans, Style::TableHead); }
    void line(const std::vector<Span>& spans) { write(spans, Style::Cell); }
    void write(const std::vector<Span>& spans, Style style) {
        for (const Span& s : spans) cells_.text(row_, s.first, s.last, s.text, style);
        ++row_;
    }

    SheetCells& cells_;
    int row_ = 0;
    std::vector<int> heading_rows_;
};

}  // namespace apichecklist::office::summary
