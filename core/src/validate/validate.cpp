#include "apichecklist/validate/validate.hpp"

#include <algorithm>

#include "apichecklist/validate/misnumbered.hpp"
#include "rule_context.hpp"

namespace apichecklist::validate {

const char* severity_name(Severity severity) {
    switch (severity) {
        case Severity::Error:
            return "error";
        case Severity::Warning:
            return "warning";
        case Severity::Info:
            return "info";
    }
    return "error";
}

int Report::count(Severity severity) const {
    return int(std::count_if(findings.begin(), findings.end(),
                             [severity](const Finding& f) { return f.severity == severity; }));
}

const std::vector<RuleInfo>& rules() {
    static const std::vector<RuleInfo> kRules = {
        {"answer.required", Severity::Error, "回答すべき項目の現在の対応状況が空欄",
         "required answer (現在の対応状況) is empty"},
        {"issue.plan_missing", Severity::Error, "課題認識があるのに課題への対応計画がない",
         "課題認識 without 課題への対応計画"},
        {"plan.issue_missing", Severity::Warning, "対応計画があるのに課題認識がない",
         "対応計画 without 課題認識"},
        {"plan.no_date", Severity::Warning, "対応計画に期日・期間がない",
         "plan without a target date or period"},
        {"answer.terse", Severity::Info, "回答が「対応済み」「該当なし」だけ",
         "answer is only 対応済み / 該当なし"},
        {"official.changed", Severity::Error, "区分・セキュリティ対応目標・対象者が原文と異なる",
         "official text (区分, 目標, 対象者) differs from the catalog"},
        {"number.wrong", Severity::Error, "別の項目の目標に違う通番",
         "another item under a wrong 通番"},
        {"number.duplicate", Severity::Error, "通番の重複", "duplicate 通番"},
        {"number.unknown", Severity::Error, "チェックリストにない通番",
         "通番 not in the checklist"},
        {"number.invalid", Severity::Error, "通番が数字でも独自項目でもない",
         "通番 is neither a number nor an own-item label"},
        {"item.missing", Severity::Error, "項目が削除されている", "item missing from the sheet"},
        {"column.missing", Severity::Warning, "回答欄の列がない", "answer column missing"},
        {"cell.formula", Severity::Warning, "回答欄に数式", "formula in an answer cell"},
        {"cell.error", Severity::Error, "回答欄にエラー値", "error value in an answer cell"},
        {"leftover.future_plan_column", Severity::Warning,
         "Ver. 1.0 のシートに試行版の「今後の対応予定」列",
         "試行版 column 今後の対応予定 in a Ver. 1.0 sheet"},
        {"leftover.bank", Severity::Warning, "カード会社とすべきところが「銀行」",
         "銀行 where カード会社 is meant"},
        {"item.deleted", Severity::Info, "（欠番）・削除と書かれた項目",
         "item marked （欠番） or 削除"},
        {"leftover.bank_answer", Severity::Info, "Ver. 1.0 の回答に試行版の「銀行」",
         "a Ver. 1.0 answer speaks of 銀行 (copied from a 試行版 answer)"},
        {"own_item.goal_missing", Severity::Warning, "独自項目にセキュリティ対応目標がない",
         "own item without a goal"},
        {"settings.invalid", Severity::Warning, "文書に保存された設定が読めない",
         "stored settings cannot be read"},
    };
    return kRules;
}

bool ignore_matches(const Ignore& ignore, const Finding& finding) {
    if (ignore.rule != finding.rule) return false;
    if (ignore.number && finding.number != ignore.number) return false;
    if (!ignore.item.empty() && ignore.item != finding.item) return false;
    if (!ignore.cell.empty() && ignore.cell != finding.cell_a1()) return false;
    return true;
}

namespace {

int rule_order(const std::string& rule) {
    const auto& all = rules();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (rule == all[i].id) return int(i);
    return int(all.size());
}

void sort_findings(std::vector<Finding>& findings) {
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        // Sheet-level findings (no cell) first, then by row and column.
        const auto key = [](const Finding& f) {
            return std::tuple(f.cell ? 1 : 0, f.cell ? f.cell->row : 0, f.cell ? f.cell->column : 0,
                              f.number.value_or(0), rule_order(f.rule));
        };
        return key(a) < key(b);
    });
}

}  // namespace

namespace {

// One checklist sheet: every rule, then the rows deleted on purpose (one info each).
void validate_sheet(const sheet::Workbook& workbook, const sheet::ChecklistLayout& layout,
                    const catalog::Catalog& catalog, const catalog::Checklist& checklist, Role role,
                    std::vector<Finding>& out) {
    const sheet::Sheet& sheet = workbook.sheets[std::size_t(layout.sheet)];
    sheet::ChecklistLayout rules_layout = layout;
    std::erase_if(rules_layout.rows,
                  [](const sheet::DataRow& row) { return row.kind == sheet::RowKind::Deleted; });
    rules_layout.more_sheets.clear();
    const detail::RuleContext context{workbook,
                                      sheet,
                                      rules_layout,
                                      checklist,
                                      catalog.errata_of(checklist.id),
                                      role,
                                      misnumbered_rows(sheet, rules_layout, checklist),
                                      catalog.predecessor(checklist.id)};
    std::vector<Finding> findings;
    for (detail::Rule rule :
         {detail::check_numbers, detail::check_columns, detail::check_answer_required,
          detail::check_issue_plan, detail::check_official_text, detail::check_cell_values,
          detail::check_trial_leftovers, detail::check_answer_content, detail::check_own_items})
        rule(context, findings);
    for (const sheet::DataRow& row : layout.rows) {
        if (row.kind != sheet::RowKind::Deleted || !row.number) continue;
        const int number = *row.number;
        std::erase_if(findings, [number](const Finding& f) {
            return f.rule == "item.missing" && f.number == number;
        });
        out.push_back(context.finding(
            "item.deleted", Severity::Info, &row, "number",
            "通番 " + std::to_string(number) +
                " は（欠番）・削除と書かれています。意図して削除した項目として扱い、検証しません。",
            "item " + std::to_string(number) +
                " is marked as deleted (欠番/削除); taken as deleted on purpose, not checked"));
        out.back().number = number;
    }
    sort_findings(findings);
    out.insert(out.end(), std::make_move_iterator(findings.begin()),
               std::make_move_iterator(findings.end()));
}

}  // namespace

Report validate(const sheet::Workbook& workbook, const sheet::ChecklistLayout& layout,
                const catalog::Catalog& catalog, Role role, const std::vector<Ignore>& ignores) {
    Report report;
    report.checklist_id = layout.checklist_id;
    report.role = role;
    report.header_row = layout.header_row;
    const catalog::Checklist* checklist = catalog.checklist(layout.checklist_id);
    if (!checklist || layout.sheet < 0 || std::size_t(layout.sheet) >= workbook.sheets.size())
        return report;
    const sheet::Sheet& sheet = workbook.sheets[std::size_t(layout.sheet)];
    report.sheet = sheet.name();
    report.skipped_sheets = layout.skipped_sheets;

    std::vector<Finding> findings;
    std::vector<const sheet::ChecklistLayout*> sheets{&layout};
    for (const sheet::ChecklistLayout& more : layout.more_sheets) sheets.push_back(&more);
    for (const sheet::ChecklistLayout* one : sheets) {
        if (one->sheet < 0 || std::size_t(one->sheet) >= workbook.sheets.size()) continue;
        const std::string& name = workbook.sheets[std::size_t(one->sheet)].name();
        report.sheets.push_back({name, one->header_row});
        for (const sheet::Reading& reading : one->readings)
            report.readings.push_back(sheets.size() > 1 ? sheet::Reading{name + ": " + reading.ja,
                                                                         name + ": " + reading.en}
                                                        : reading);
        const catalog::Checklist* own = catalog.checklist(one->checklist_id);
        validate_sheet(workbook, *one, catalog, own ? *own : *checklist, role, findings);
    }
    if (!workbook.encoding.empty() && workbook.encoding.rfind("UTF-8", 0) != 0)
        report.readings.push_back({"文字コード " + workbook.encoding + " の CSV として読みました",
                                   "read as a CSV in " + workbook.encoding});

    const SettingsReadResult settings = read_settings(workbook);
    const detail::RuleContext context{
        workbook, sheet, layout, *checklist, catalog.errata_of(checklist->id), role, {}};
    std::vector<Finding> settings_findings;
    for (std::size_t i = 0; i < settings.problems.size(); ++i) {
        Finding f = context.finding(
            "settings.invalid", Severity::Warning, nullptr, "",
            "文書に保存された設定（シート " + std::string(sheet::kSettingsSheet) +
                " の A1）に問題があります：" + settings.problems_ja[i] +
                "。docs/ignores-and-properties.md の形式に直してください。",
            "the settings stored in the document (sheet " + std::string(sheet::kSettingsSheet) +
                ", A1) have a problem: " + settings.problems[i]);
        f.sheet = sheet::kSettingsSheet;
        f.cell = sheet::CellAddress{0, 0};
        settings_findings.push_back(std::move(f));
    }
    findings.insert(findings.begin(), settings_findings.begin(), settings_findings.end());

    std::vector<bool> used(ignores.size(), false);
    for (Finding& finding : findings) {
        const auto match = std::find_if(ignores.begin(), ignores.end(), [&](const Ignore& i) {
            return ignore_matches(i, finding);
        });
        if (match == ignores.end()) {
            report.findings.push_back(std::move(finding));
        } else {
            used[std::size_t(match - ignores.begin())] = true;
            report.ignored.push_back({std::move(finding), match->reason});
        }
    }
    for (std::size_t i = 0; i < ignores.size(); ++i)
        if (!used[i]) report.unused_ignores.push_back(ignores[i]);
    return report;
}

}  // namespace apichecklist::validate
