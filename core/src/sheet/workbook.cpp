#include "apichecklist/sheet/workbook.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

namespace apichecklist::sheet {

std::string column_letters(int column) {
    std::string letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), char('A' + (c - 1) % 26));
    return letters;
}

std::string to_a1(CellAddress address) {
    return column_letters(address.column) + std::to_string(address.row + 1);
}

const Cell& Sheet::at(int row, int column) const {
    static const Cell kEmpty;
    if (row < 0 || row >= row_count() || column < 0) return kEmpty;
    const auto& cells = rows_[std::size_t(row)];
    return std::size_t(column) < cells.size() ? cells[std::size_t(column)] : kEmpty;
}

void Sheet::set(int row, int column, Cell cell) {
    if (row < 0 || column < 0) return;
    if (row >= row_count()) rows_.resize(std::size_t(row) + 1);
    auto& cells = rows_[std::size_t(row)];
    if (std::size_t(column) >= cells.size()) cells.resize(std::size_t(column) + 1);
    cells[std::size_t(column)] = std::move(cell);
    if (column + 1 > columns_) columns_ = column + 1;
}

void Sheet::set_text(int row, int column, std::string text) {
    set(row, column, Cell{CellKind::Text, std::move(text), {}, {}});
}

void Sheet::set_merges(std::vector<CellRange> merges) {
    merges_.clear();
    merges_by_column_.assign(std::size_t(columns_), {});
    for (CellRange range : merges) {
        const CellAddress first = range.first;
        if (first.row < 0 || first.column < 0 || first.row >= row_count() ||
            first.column >= columns_ || range.last.row < first.row ||
            range.last.column < first.column)
            continue;
        range.last.row = std::min(range.last.row, row_count() - 1);
        range.last.column = std::min(range.last.column, columns_ - 1);
        if (range.last == first) continue;
        for (int c = first.column; c <= range.last.column; ++c)
            merges_by_column_[std::size_t(c)].push_back(merges_.size());
        merges_.push_back(range);
    }
    for (auto& column : merges_by_column_)
        std::sort(column.begin(), column.end(), [this](std::size_t a, std::size_t b) {
            return merges_[a].first.row < merges_[b].first.row;
        });
}

std::optional<CellRange> Sheet::merged_range(int row, int column) const {
    if (column < 0 || std::size_t(column) >= merges_by_column_.size()) return std::nullopt;
    const auto& crossing = merges_by_column_[std::size_t(column)];
    auto after =
        std::upper_bound(crossing.begin(), crossing.end(), row,
                         [this](int r, std::size_t m) { return r < merges_[m].first.row; });
    if (after == crossing.begin()) return std::nullopt;
    const CellRange& range = merges_[*std::prev(after)];
    if (row > range.last.row) return std::nullopt;
    return range;
}

std::optional<CellAddress> Sheet::merge_origin(int row, int column) const {
    const std::optional<CellRange> range = merged_range(row, column);
    if (!range || range->first == CellAddress{row, column}) return std::nullopt;
    return range->first;
}

bool is_blank(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            ++i;
        } else if (text.substr(i, 3) == "\u3000") {
            i += 3;
        } else if (text.substr(i, 2) == "\u00a0") {
            i += 2;
        } else if (text.substr(i, 3) == "\u200b" || text.substr(i, 3) == "\u200c" ||
                   text.substr(i, 3) == "\u200d" || text.substr(i, 3) == "\u2060" ||
                   text.substr(i, 3) == "\ufeff" || text.substr(i, 3) == "\u2028" ||
                   text.substr(i, 3) == "\u2029") {
            i += 3;  // invisible: zero-width space, BOM, line and paragraph separators
        } else {
            return false;
        }
    }
    return true;
}

bool has_content(const Cell& cell) {
    if (cell.kind == CellKind::Empty) return false;
    if (cell.kind == CellKind::Text) return !is_blank(cell.text);
    return true;
}

std::size_t count_characters(std::string_view utf8) {
    std::size_t n = 0;
    for (const char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

std::optional<OversizedCell> find_oversized_cell(const Workbook& workbook,
                                                 std::size_t max_characters) {
    for (const Sheet& sheet : workbook.sheets) {
        std::optional<OversizedCell> found;
        sheet.for_each_cell([&](int row, int column, const Cell& cell) {
            if (found) return;
            // Bytes bound characters from above: most cells need no count.
            for (const auto& [part, text] :
                 {std::pair<const char*, const std::string*>{"text", &cell.text},
                  {"formula", &cell.formula},
                  {"comment", &cell.comment}}) {
                if (text->size() <= max_characters) continue;
                const std::size_t characters = count_characters(*text);
                if (characters > max_characters) {
                    found = OversizedCell{sheet.name(), {row, column}, part, characters};
                    return;
                }
            }
        });
        if (found) return found;
    }
    return std::nullopt;
}

}  // namespace apichecklist::sheet
