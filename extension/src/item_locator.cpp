#include "item_locator.hpp"

#include <charconv>

#include "apichecklist/search/normalize.hpp"

namespace apichecklist::extension {

// Interim until core/include/apichecklist/sheet/layout.hpp lands: the header row is the
// first row (of the first 30) with a cell reading 通番; the checklist is the 試行版 when
// the header also names its 手法例 column.
namespace {

constexpr int kHeaderSearchRows = 30;

bool reads(const std::string& cell, std::string_view label) {
    return !cell.empty() && search::fold_chars(cell) == search::fold_chars(label);
}

std::optional<int> number_in(const std::string& cell) {
    std::u32string folded = search::fold_chars(cell);
    std::string digits;
    for (char32_t c : folded) {
        if (c < U'0' || c > U'9') return std::nullopt;
        digits.push_back(static_cast<char>(c));
    }
    int value = 0;
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || error != std::errc() || end != digits.data() + digits.size())
        return std::nullopt;
    return value;
}

struct Header {
    int row = 0;
    int number_column = 0;
    bool trial = false;
};

std::optional<Header> find_header(const sheet::Sheet& sheet) {
    for (int row = 0; row < std::min(sheet.row_count(), kHeaderSearchRows); ++row) {
        Header header{row, -1, false};
        for (int column = 0; column < sheet.column_count(); ++column) {
            const std::string& text = sheet.text(row, column);
            if (header.number_column < 0 && reads(text, "通番")) header.number_column = column;
            if (reads(text, "手法例") || reads(text, "今後の対応予定")) header.trial = true;
        }
        if (header.number_column >= 0) return header;
    }
    return std::nullopt;
}

const sheet::Sheet* sheet_at(const sheet::Workbook& workbook, int index) {
    if (index < 0 || index >= static_cast<int>(workbook.sheets.size())) return nullptr;
    return &workbook.sheets[static_cast<size_t>(index)];
}

}  // namespace

std::optional<RowItem> item_at_row(const catalog::Catalog& catalog, const sheet::Workbook& workbook,
                                   int sheet_index, int row) {
    const sheet::Sheet* sheet = sheet_at(workbook, sheet_index);
    const std::optional<Header> header = sheet ? find_header(*sheet) : std::nullopt;
    if (!header) return std::nullopt;
    RowItem result;
    result.checklist = catalog.checklist(header->trial ? "bank-api-trial-2017" : "card-api-1.0");
    if (!result.checklist) return std::nullopt;
    if (row > header->row) {
        if (auto number = number_in(sheet->text(row, header->number_column)))
            result.item = result.checklist->item_by_number(*number);
    }
    return result;
}

std::optional<int> row_of_item(const catalog::Catalog&, const sheet::Workbook& workbook,
                               int sheet_index, int number) {
    const sheet::Sheet* sheet = sheet_at(workbook, sheet_index);
    const std::optional<Header> header = sheet ? find_header(*sheet) : std::nullopt;
    if (!header) return std::nullopt;
    for (int row = header->row + 1; row < sheet->row_count(); ++row)
        if (number_in(sheet->text(row, header->number_column)) == number) return row;
    return std::nullopt;
}

}  // namespace apichecklist::extension
