#pragma once
// A filled-in checklist built in memory, for the tests of one rule each (no file, no
// soffice): the フォーマット's header row of a shipped checklist in row 1 and one row per item
// below it, with the official 区分, セキュリティ対応目標 and 対象者 and a concrete answer in
// 現在の対応状況. As built, validation finds nothing in it for any role; a test changes what
// its rule looks at and reads that rule's findings alone.
//
//   RuleSheet sheet;                                  // card-api-1.0, every item answered
//   sheet.set(3, "current_status", "");               // item 3 left unanswered
//   auto found = sheet.findings("answer.required", Role::Api);

#include <map>
#include <string>
#include <vector>

#include "apichecklist/settings/document_settings.hpp"
#include "apichecklist/validate/validate.hpp"
#include "catalog_fixture.hpp"

namespace apichecklist::test {

class RuleSheet {
  public:
    explicit RuleSheet(std::string checklist_id = "card-api-1.0")
        : checklist_id_(std::move(checklist_id)),
          checklist_(*shipped_catalog().checklist(checklist_id_)) {
        for (const catalog::Column& column : checklist_.columns)
            columns_.push_back({column.key, column.label});
        for (const catalog::Item& item : checklist_.items) {
            Row row;
            row["number"] = text(std::to_string(item.number));
            if (const catalog::Category* category = checklist_.category_by_id(item.category))
                row["category"] = text(category->name);
            row["goal"] = text(item.goal);
            if (const catalog::Target* target = checklist_.target_by_id(item.target))
                row["target"] = text(target->label);
            row["current_status"] = text("通番" + std::to_string(item.number) +
                                         "について社内規程を整備し、担当部署が運用している。年1回、"
                                         "内部監査で確認している。");
            rows_.push_back(std::move(row));
        }
    }

    const catalog::Checklist& checklist() const { return checklist_; }

    // The cell of item `number` in the column of `key` (a column key of the catalog, or the
    // heading of a column added with add_column).
    void set(int number, const std::string& key, std::string value) {
        set_cell(number, key, text(std::move(value)));
    }
    void set_cell(int number, const std::string& key, sheet::Cell cell) {
        row_of(number)[key] = std::move(cell);
    }
    // The row of item `number` taken out of the sheet.
    void remove_item(int number) { rows_.erase(rows_.begin() + index_of(number)); }
    // A row of the given cells (key → text) below the items.
    void add_row(const std::map<std::string, std::string>& cells) {
        Row row;
        for (const auto& [key, value] : cells) row[key] = text(value);
        rows_.push_back(std::move(row));
    }
    // A copy of item `number`'s row right below it.
    void repeat_item(int number) {
        const std::size_t at = index_of(number);
        rows_.insert(rows_.begin() + std::ptrdiff_t(at) + 1, rows_[at]);
    }
    // The column of `key` taken out of the header and every row.
    void remove_column(const std::string& key) {
        std::erase_if(columns_, [&](const Column& c) { return c.key == key; });
    }
    // A column with this heading right of the others.
    void add_column(const std::string& heading) { columns_.push_back({heading, heading}); }

    // The address a user sees for item `number`'s cell in the column of `key` (E8).
    std::string cell_of(int number, const std::string& key) const {
        return sheet::to_a1({int(index_of(number)) + 1, column_index(key)});
    }
    std::string header_cell(const std::string& key) const {
        return sheet::to_a1({0, column_index(key)});
    }

    sheet::Workbook workbook() const {
        sheet::Workbook workbook;
        workbook.source = "rule-sheet.ods";
        sheet::Sheet& sheet = workbook.sheets.emplace_back("チェックリスト");
        for (std::size_t c = 0; c < columns_.size(); ++c)
            sheet.set_text(0, int(c), columns_[c].heading);
        for (std::size_t r = 0; r < rows_.size(); ++r)
            for (std::size_t c = 0; c < columns_.size(); ++c)
                if (const auto cell = rows_[r].find(columns_[c].key); cell != rows_[r].end())
                    sheet.set(int(r) + 1, int(c), cell->second);
        return workbook;
    }

    // Every finding when the sheet is validated in `role`, as the checklist it was built from.
    std::vector<validate::Finding> all_findings(settings::Role role) const {
        const sheet::Workbook built = workbook();
        const auto layout = sheet::detect_layout(built, shipped_catalog(), {checklist_id_});
        if (!layout) throw std::runtime_error("the built sheet has no layout");
        return validate::validate(built, *layout, shipped_catalog(), role, {}).findings;
    }

    // The findings of one rule.
    std::vector<validate::Finding> findings(const std::string& rule, settings::Role role) const {
        std::vector<validate::Finding> out = all_findings(role);
        std::erase_if(out, [&](const validate::Finding& f) { return f.rule != rule; });
        return out;
    }

    static sheet::Cell text(std::string value) {
        sheet::Cell cell;
        cell.kind = value.empty() ? sheet::CellKind::Empty : sheet::CellKind::Text;
        cell.text = std::move(value);
        return cell;
    }

  private:
    using Row = std::map<std::string, sheet::Cell>;
    struct Column {
        std::string key;
        std::string heading;
    };

    std::size_t index_of(int number) const {
        const std::string wanted = std::to_string(number);
        for (std::size_t r = 0; r < rows_.size(); ++r)
            if (const auto cell = rows_[r].find("number");
                cell != rows_[r].end() && cell->second.text == wanted)
                return r;
        throw std::runtime_error("no row for item " + wanted);
    }
    Row& row_of(int number) { return rows_[index_of(number)]; }
    int column_index(const std::string& key) const {
        for (std::size_t c = 0; c < columns_.size(); ++c)
            if (columns_[c].key == key) return int(c);
        throw std::runtime_error("no column " + key);
    }

    std::string checklist_id_;
    const catalog::Checklist& checklist_;
    std::vector<Column> columns_;
    std::vector<Row> rows_;
};

// The 通番 of each finding, in order (0 for a finding without one).
inline std::vector<int> numbers_of(const std::vector<validate::Finding>& findings) {
    std::vector<int> out;
    for (const validate::Finding& f : findings) out.push_back(f.number.value_or(0));
    return out;
}

}  // namespace apichecklist::test
