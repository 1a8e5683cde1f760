#pragma once
// The sheet model: what a spreadsheet holds, as the core sees it. Readers (liborcus in
// the helper, UNO in the extension) fill it; layout detection and validation read it.
// Rows and columns are 0-based; to_a1() gives the address a user sees (F12).

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace apichecklist::sheet {

struct CellAddress {
    int row = 0;
    int column = 0;
    friend bool operator==(const CellAddress&, const CellAddress&) = default;
    friend auto operator<=>(const CellAddress&, const CellAddress&) = default;
};

std::string column_letters(int column);  // 0 → A, 25 → Z, 26 → AA
std::string to_a1(CellAddress address);  // {11, 5} → F12

// A rectangle of cells, both corners included.
struct CellRange {
    CellAddress first;
    CellAddress last;
};

enum class CellKind : std::uint8_t { Empty, Text, Number, Boolean, Formula, Error };

struct Cell {
    CellKind kind = CellKind::Empty;
    std::string text;     // displayed text; every paragraph of a multi-line cell, joined by '\n'
    std::string formula;  // the formula as written, for kind Formula
    std::string comment;  // cell comment (annotation), if any
};

class Sheet {
  public:
    explicit Sheet(std::string name = {}) : name_(std::move(name)) {}

    const std::string& name() const { return name_; }
    int row_count() const { return static_cast<int>(rows_.size()); }
    int column_count() const { return columns_; }

    const Cell& at(int row, int column) const;  // an Empty cell outside the used area
    const Cell& at(CellAddress address) const { return at(address.row, address.column); }
    const std::string& text(int row, int column) const { return at(row, column).text; }
    void set(int row, int column, Cell cell);
    void set_text(int row, int column, std::string text);
    // Calls f(row, column, cell) for every cell that holds anything, row by row.
    template <class F>
    void for_each_cell(F&& f) const {
        for (std::size_t r = 0; r < rows_.size(); ++r)
            for (std::size_t c = 0; c < rows_[r].size(); ++c) {
                const Cell& cell = rows_[r][c];
                if (cell.kind != CellKind::Empty || !cell.text.empty() || !cell.formula.empty() ||
                    !cell.comment.empty())
                    f(int(r), int(c), cell);
            }
    }

    // Merged cells: each range shows the value of its top-left cell over all of it; the
    // other cells of the range are empty in the model, as in the file. Set once the cells
    // are (each range is cut to the used area).
    void set_merges(std::vector<CellRange> merges);
    const std::vector<CellRange>& merges() const { return merges_; }
    // The merged range that holds (row, column), its top-left cell included.
    std::optional<CellRange> merged_range(int row, int column) const;
    // The top-left cell of the merged range that covers (row, column), when (row, column) is
    // one of its other cells.
    std::optional<CellAddress> merge_origin(int row, int column) const;

    bool hidden = false;

  private:
    std::string name_;
    std::vector<std::vector<Cell>> rows_;
    int columns_ = 0;
    std::vector<CellRange> merges_;
    // Per column, the merges crossing it, by first row (merges do not overlap).
    std::vector<std::vector<std::size_t>> merges_by_column_;
};

// True for text that is empty or only whitespace (ASCII, U+3000 full-width, U+00A0) or
// invisible characters (U+200B–U+200D, U+2060, U+FEFF, U+2028, U+2029).
bool is_blank(std::string_view text);
// A cell a user has filled: any non-text value, or text that is not blank.
bool has_content(const Cell& cell);

struct Workbook {
    std::string source;  // file name or document title, for messages
    std::vector<Sheet> sheets;
    // Document properties (user-defined custom properties), e.g. the checklist id the
    // template writes, or the stored ignores.
    std::map<std::string, std::string> properties;
    // The character encoding a CSV was decoded from ("UTF-8", "Shift_JIS (CP932)", …);
    // empty for other files. Validation says it when it is not UTF-8.
    std::string encoding;
};

// The most characters one cell (its text, formula or comment) may hold for the commands
// that hand a file to LibreOffice (migrate, ignore add|remove, role, report --format pdf): Excel's
// own limit per cell, which no real checklist reaches; LibreOffice needs gigabytes and minutes for
// a cell of a few million (issue 14, item 4). validate and report have no such limit.
inline constexpr std::size_t kMaxCellCharactersForOffice = 32767;

struct OversizedCell {
    std::string sheet;
    CellAddress address;
    std::string part;  // "text", "formula" or "comment"
    std::size_t characters = 0;
};
// Characters are Unicode code points of the UTF-8 text.
std::size_t count_characters(std::string_view utf8);
// The first cell (sheet by sheet, row by row) with more than max_characters in its text,
// formula or comment.
std::optional<OversizedCell> find_oversized_cell(const Workbook& workbook,
                                                 std::size_t max_characters);

}  // namespace apichecklist::sheet
