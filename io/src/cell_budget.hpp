#pragma once
// What a reader may store for one workbook: no more cells and no more cell text than the
// file could hold written out one by one. The uncompressed size limit bounds the XML, but
// not what it expands to when many cells repeat one shared string (POI's
// poc-shared-strings.xlsx: a 1 MB string in 10,000 cells, 12 GB) or an ODS row and cell are
// repeated (number-rows-repeated × number-columns-repeated).

#include <cstdint>
#include <string>

#include "apichecklist/sheet/workbook.hpp"
#include "too_large.hpp"

namespace apichecklist::io {

class CellBudget {
  public:
    // A cell written out takes at least 16 bytes of XML (<c r="A1"><v>1</v></c>).
    explicit CellBudget(std::uintmax_t max_bytes)
        : text_left_(max_bytes), cells_left_(max_bytes / 16), max_bytes_(max_bytes) {}

    // Charges `copies` copies of `cell` to the sheet `sheet`; throws TooLarge when the
    // workbook would exceed the budget.
    void charge(const sheet::Cell& cell, std::uintmax_t copies, const std::string& sheet) {
        const std::uintmax_t text = cell.text.size() + cell.formula.size() + cell.comment.size();
        if (copies > cells_left_)
            throw TooLarge("sheet '" + sheet + "': more than " + std::to_string(max_bytes_ / 16) +
                           " cells in the workbook, most of them repeated");
        if (text > 0 && copies > text_left_ / text) too_much_text(sheet);
        cells_left_ -= copies;
        text_left_ -= copies * text;
    }

    // For a cell's text while it is built (ODS <text:s text:c="65536"/> repeats spaces).
    void check_growing_text(std::uintmax_t size, const std::string& sheet) const {
        if (size > text_left_) too_much_text(sheet);
    }

  private:
    [[noreturn]] void too_much_text(const std::string& sheet) const {
        throw TooLarge("sheet '" + sheet + "': the cells would hold more than " +
                       std::to_string(max_bytes_ >> 20) +
                       " MB of text, the same text repeated in many cells");
    }

    std::uintmax_t text_left_;
    std::uintmax_t cells_left_;
    std::uintmax_t max_bytes_;
};

}  // namespace apichecklist::io
