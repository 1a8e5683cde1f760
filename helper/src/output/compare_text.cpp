#include <sstream>

#include "../context.hpp"
#include "apichecklist/compare/labels.hpp"
#include "compare_report.hpp"

namespace apichecklist::cli {

namespace {

using compare::AnswerChangeKind;
using compare::ItemComparison;
using compare::ItemStatus;

std::string checklist_name(const catalog::Catalog& catalog, const std::string& id) {
    const catalog::Checklist* list = catalog.checklist(id);
    return list ? list->title + " " + list->version : id;
}

std::string row_label(int row) {
    return english() ? "row " + std::to_string(row + 1) : std::to_string(row + 1) + "行目";
}

// Continuation lines of a multi-line answer line up under its first line.
std::string indented(const std::string& text, const std::string& indent) {
    std::string out;
    for (char c : text) {
        out += c;
        if (c == '\n') out += indent;
    }
    return out;
}

std::string heading(const ItemComparison& item) {
    std::string out = item.own_item ? std::string(tr("独自項目 ", "own item ")) + item.key
                                    : std::string(tr("通番 ", "item ")) + item.key;
    if (!item.goal.empty()) out += "  " + item.goal;
    return out;
}

std::string numbers(const std::vector<int>& list) {
    std::string out;
    for (int n : list) out += (out.empty() ? "" : "、") + std::to_string(n);
    return out;
}

void print_status(std::ostream& out, const ItemComparison& item, bool cross_version) {
    switch (item.status) {
        case ItemStatus::Matched:
            if (cross_version && item.old_numbers != std::vector<int>{item.number.value_or(0)})
                out << "  " << tr("前回の通番: ", "previous items: ") << numbers(item.old_numbers)
                    << "\n";
            break;
        case ItemStatus::Added:
            out << "  " << tr("今回追加された項目 (", "item added (") << row_label(*item.new_row)
                << ")\n";
            break;
        case ItemStatus::NewInVersion:
            out << "  " << tr("新しい版で追加された項目 (", "item new in this checklist version (")
                << row_label(*item.new_row) << ")\n";
            break;
        case ItemStatus::Removed:
            out << "  " << tr("今回削除された項目 (前回 ", "item removed (previously ")
                << row_label(*item.old_row) << ")\n";
            break;
        case ItemStatus::DroppedInVersion:
            out << "  "
                << tr("新しい版で廃止された項目 (前回 ",
                      "item dropped by the new version (previously ")
                << row_label(*item.old_row) << ")\n";
            break;
    }
}

void print_change(std::ostream& out, const compare::AnswerChange& change) {
    const std::string cell = change.cell ? sheet::to_a1(*change.cell) : "-";
    out << "  " << cell << "  " << change.label << ": "
        << compare::answer_change_label(change.kind).in(english()) << "\n";
    const std::string indent = "      ";
    switch (change.kind) {
        case AnswerChangeKind::Added:
            out << "    " << tr("今回: ", "now: ") << indented(change.after, indent) << "\n";
            break;
        case AnswerChangeKind::Removed:
            out << "    " << tr("前回: ", "before: ") << indented(change.before, indent) << "\n";
            break;
        case AnswerChangeKind::Changed:
            out << "    " << tr("差分: ", "diff: ")
                << indented(text::render_inline(change.pieces), indent) << "\n";
            break;
    }
}

void print_item(std::ostream& out, const ItemComparison& item, bool cross_version) {
    out << heading(item) << "\n";
    print_status(out, item, cross_version);
    for (const compare::AnswerChange& change : item.changes) print_change(out, change);
    if (item.issue == compare::IssueEvent::Closed)
        out << "  "
            << tr("課題が解消されました (課題認識が空になりました)",
                  "issue closed (課題認識 is now empty)")
            << "\n";
    if (item.issue == compare::IssueEvent::Opened)
        out << "  " << tr("新しい課題があります", "new issue") << "\n";
    if (item.overdue)
        out << "  " << tr("期限を過ぎた対応計画: 期限 ", "plan past its date: due ")
            << compare::to_iso(item.overdue->deadline)
            << tr("、課題は解消されていません。前回の計画: ", ", issue still open. Previous plan: ")
            << indented(item.overdue->plan, "      ") << "\n";
}

void print_summary(std::ostream& out, const compare::Summary& s) {
    out << tr("まとめ: ", "Summary: ") << tr("両方にある項目 ", "items in both ")
        << s.items_compared << tr(" (変更あり ", " (changed ") << s.items_changed
        << tr("、変更なし ", ", unchanged ") << s.items_unchanged
        << tr(")、追加された項目 ", "), items added ") << s.items_added
        << tr("、削除された項目 ", ", items removed ") << s.items_removed << "\n"
        << tr("回答: 記入 ", "answers: added ") << s.answers_added << tr("、削除 ", ", removed ")
        << s.answers_removed << tr("、変更 ", ", changed ") << s.answers_changed
        << tr("　課題: 解消 ", "  issues: closed ") << s.issues_closed << tr("、新規 ", ", new ")
        << s.issues_opened << tr("　期限を過ぎた対応計画: ", "  plans past their date: ")
        << s.plans_overdue << "\n";
}

std::string sheet_name(const sheet::Workbook& workbook, const sheet::ChecklistLayout& layout) {
    return tr("「", "'") + workbook.sheets[layout.sheet].name() + tr("」", "'");
}

std::string pair_label(const CompareRun& run, const compare::SheetPair& pair) {
    return sheet_name(*run.old_workbook, *pair.old_layout) + " ↔ " +
           sheet_name(*run.new_workbook, *pair.new_layout) +
           (pair.by == compare::PairedBy::Order
                ? tr(" (シート名が違うため順番で対応)", " (names differ: paired by order)")
                : "");
}

void print_sheets(std::ostream& out, const CompareRun& run) {
    out << tr("比較したシート: ", "sheets compared: ");
    for (std::size_t i = 0; i < run.sheets.size(); ++i)
        out << (i ? tr("、", "; ") : "") << pair_label(run, run.sheets[i].pair);
    out << "\n";
    if (run.uncompared.empty()) return;
    out << tr("比較しなかったシート: ", "sheets not compared: ");
    for (std::size_t i = 0; i < run.uncompared.size(); ++i) {
        const compare::UncomparedSheet& u = run.uncompared[i];
        out << (i ? tr("、", "; ") : "") << (u.in_old ? tr("前回", "before ") : tr("今回", "now "))
            << tr("「", "'") << u.sheet.name << tr("」(", "' (")
            << (english() ? u.sheet.reason_en : u.sheet.reason_ja) << ")";
    }
    out << "\n";
}

void print_versions(std::ostream& out, const catalog::Catalog& catalog,
                    const compare::Comparison& comparison) {
    if (!comparison.mapping_ids.empty()) {
        out << tr("版の対応付け: ", "matched through: ");
        for (std::size_t i = 0; i < comparison.mapping_ids.size(); ++i)
            out << (i ? " → " : "") << comparison.mapping_ids[i];
        out << "\n";
    }
    if (!comparison.uncompared_columns.empty()) {
        const catalog::Checklist* list = catalog.checklist(comparison.new_checklist);
        out << tr("前回の版にない列 (比較しません): ",
                  "columns the previous version lacks (not compared): ");
        std::string labels;
        for (const std::string& key : comparison.uncompared_columns) {
            const catalog::Column* column = list ? list->column_by_key(key) : nullptr;
            labels += (labels.empty() ? "" : "、") + (column ? column->label : key);
        }
        out << labels << "\n";
    }
}

void print_items(std::ostream& out, const compare::Comparison& comparison) {
    const bool cross_version = !comparison.mapping_ids.empty();
    if (!comparison.has_changes()) out << tr("変更はありません。", "No changes.") << "\n\n";
    for (const ItemComparison& item : comparison.items) {
        print_item(out, item, cross_version);
        out << "\n";
    }
    print_summary(out, comparison.summary);
}

}  // namespace

void print_comparison(std::ostream& out, const catalog::Catalog& catalog, const CompareRun& run) {
    const compare::Comparison& first = run.sheets.front().comparison;
    out << tr("前回: ", "before: ") << run.old_path << "  ("
        << checklist_name(catalog, first.old_checklist) << ")\n"
        << tr("今回: ", "now:    ") << run.new_path << "  ("
        << checklist_name(catalog, first.new_checklist) << ")\n"
        << tr("基準日: ", "as of: ") << compare::to_iso(run.as_of) << "\n";
    print_sheets(out, run);
    if (run.sheets.size() == 1 && run.has_changes() == first.has_changes()) {
        print_versions(out, catalog, first);
        out << "\n";
        print_items(out, first);
        return;
    }
    for (const ComparedSheets& compared : run.sheets) {
        const compare::Comparison& comparison = compared.comparison;
        out << "\n── " << pair_label(run, compared.pair) << " ──\n";
        if (comparison.old_checklist != first.old_checklist ||
            comparison.new_checklist != first.new_checklist)
            out << checklist_name(catalog, comparison.old_checklist) << " → "
                << checklist_name(catalog, comparison.new_checklist) << "\n";
        print_versions(out, catalog, comparison);
        out << "\n";
        print_items(out, comparison);
    }
    out << "\n" << tr("全シートの", "All sheets. ");
    print_summary(out, run.total());
}

}  // namespace apichecklist::cli
