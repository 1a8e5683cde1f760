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
         "required answer (現在の対応状況) is empty",
         "この立場が回答する項目です。「現在の対応状況」に、実施している対策を具体的に書いてく"
         "ださい。実施していなければ、そのことを書き、「課題認識」と「課題への対応計画」も書きま"
         "す。",
         "Your party answers this item: describe the measures in place under 現在の対応状況. If "
         "there are none, say so and fill in 課題認識 and 課題への対応計画."},
        {"issue.plan_missing", Severity::Error, "課題認識があるのに課題への対応計画がない",
         "課題認識 without 課題への対応計画",
         "課題を挙げたら、それにどう対応するかを「課題への対応計画」に期日・期間とともに書いて"
         "ください。",
         "An issue needs a plan: write under 課題への対応計画 how and by when it is addressed."},
        {"plan.issue_missing", Severity::Warning, "対応計画があるのに課題認識がない",
         "対応計画 without 課題認識",
         "対応計画は課題に対するものです。計画の対象となる課題を「課題認識」に書いてください。",
         "A plan answers an issue: write the issue it addresses under 課題認識."},
        {"plan.no_date", Severity::Warning, "対応計画に期日・期間がない",
         "plan without a target date or period",
         "進み具合を確かめられるよう、対応計画に期日か期間（例: 2025年3月末まで）を書いてくだ"
         "さい。",
         "Give the plan a date or period (e.g. by March 2025) so that its progress can be "
         "followed up."},
        {"answer.terse", Severity::Info, "回答が「対応済み」「該当なし」だけ",
         "answer is only 対応済み / 該当なし",
         "「対応済み」「該当なし」だけでは、何をしているのか、なぜ該当しないのかが確認する側に"
         "伝わりません。対策の内容か理由を書き添えてください。",
         "対応済み or 該当なし alone does not tell the reviewer what is done or why the item "
         "does not apply: add the measures or the reason."},
        {"official.changed", Severity::Error, "区分・セキュリティ対応目標・対象者が原文と異なる",
         "official text (区分, 目標, 対象者) differs from the catalog",
         "区分・セキュリティ対応目標・対象者はチェックリストの原文です。書き換えず原文のとおり"
         "にしてください（「修正」で原文に戻せます）。",
         "区分, the goal and 対象者 are the checklist's own text: keep them as printed (修正 "
         "restores them)."},
        {"number.wrong", Severity::Error, "別の項目の目標に違う通番",
         "another item under a wrong 通番",
         "この行の目標は別の項目のものです。通番をその項目の番号に直してください（「修正」で直"
         "せます）。",
         "The row's goal is another item's: give the row that item's 通番 (修正 does it)."},
        {"number.duplicate", Severity::Error, "通番の重複", "duplicate 通番",
         "同じ通番の行が複数あると、どれが回答か分かりません。一つの項目は一行にまとめてくださ"
         "い。",
         "Several rows with one 通番 leave the answer unclear: keep one row per item."},
        {"number.unknown", Severity::Error, "チェックリストにない通番", "通番 not in the checklist",
         "チェックリストにない番号です。番号の誤りなら直し、独自の項目なら「独自1」のような通番"
         "にしてください。",
         "The checklist has no such number: correct it, or number an own item like 独自1."},
        {"number.invalid", Severity::Error, "通番が数字でも独自項目でもない",
         "通番 is neither a number nor an own-item label",
         "通番のない行の内容は、どの項目の回答か分かりません。項目の通番か、独自の項目なら「独"
         "自1」のような通番を付けてください。",
         "Content in a row without a 通番 belongs to no item: give it the item's number, or an "
         "own-item label like 独自1."},
        {"item.missing", Severity::Error, "項目が削除されている", "item missing from the sheet",
         "チェックリストの項目は、該当しない場合も行を残し、その理由を回答に書きます（「修正」"
         "で行を戻せます）。",
         "Every item keeps its row, also when it does not apply (then say why); 修正 restores "
         "the row."},
        {"column.missing", Severity::Warning, "回答欄の列がない", "answer column missing",
         "回答欄の列がないと、その欄の回答を確認できません。フォーマットの列は削除しないでくだ"
         "さい。",
         "Without the column its answers cannot be read: keep every column of the format."},
        {"cell.formula", Severity::Warning, "回答欄に数式", "formula in an answer cell",
         "回答は文字で書きます。数式は開く環境によって値が変わることがあります（「修正」で値に"
         "置き換えられます）。",
         "Answers are text: a formula may show another value elsewhere (修正 replaces it by its "
         "value)."},
        {"cell.error", Severity::Error, "回答欄にエラー値", "error value in an answer cell",
         "エラー値（#N/A など）は回答として読めません。数式を直すか、回答を文字で書いてくださ"
         "い。",
         "An error value (#N/A …) is no answer: fix the formula or write the answer as text."},
        {"leftover.future_plan_column", Severity::Warning,
         "Ver. 1.0 のシートに試行版の「今後の対応予定」列",
         "試行版 column 今後の対応予定 in a Ver. 1.0 sheet",
         "試行版の「今後の対応予定」は、この版では「課題への対応計画」です（「修正」で見出しを"
         "直せます）。",
         "The trial version's 今後の対応予定 is 課題への対応計画 in this version (修正 renames "
         "the header)."},
        {"leftover.bank", Severity::Warning, "カード会社とすべきところが「銀行」",
         "銀行 where カード会社 is meant",
         "試行版の「銀行」は、この版では「カード会社」です（「修正」で直せます）。",
         "The trial version's 銀行 is カード会社 in this version (修正 replaces it)."},
        {"item.deleted", Severity::Info, "（欠番）・削除と書かれた項目",
         "item marked （欠番） or 削除",
         "（欠番）・削除と書かれた行は検証しません。回答が要らない項目か確かめてください。",
         "Rows marked （欠番） or 削除 are not checked: make sure the item needs no answer."},
        {"leftover.bank_answer", Severity::Info, "Ver. 1.0 の回答に試行版の「銀行」",
         "a Ver. 1.0 answer speaks of 銀行 (copied from a 試行版 answer)",
         "試行版の回答を写したときの「銀行」かもしれません。カード会社のことなら書き直してくだ"
         "さい。",
         "This 銀行 may come from a copied trial answer: if the card company is meant, reword "
         "it."},
        {"own_item.goal_missing", Severity::Warning, "独自項目にセキュリティ対応目標がない",
         "own item without a goal",
         "独自の項目にも、何を目指す項目かを「セキュリティ対応目標」に書いてください。",
         "An own item needs a goal too: write it under セキュリティ対応目標."},
        {"settings.invalid", Severity::Warning, "文書に保存された設定が読めない",
         "stored settings cannot be read",
         "文書に保存された立場や無視の設定が読めません。立場を選び直すと設定を書き直します。",
         "The role and ignores stored in the document cannot be read: choose the role again to "
         "rewrite them."},
    };
    return kRules;
}

const RuleInfo* rule_info(const std::string& id) {
    for (const RuleInfo& rule : rules())
        if (id == rule.id) return &rule;
    return nullptr;
}

bool ignore_matches(const settings::Ignore& ignore, const Finding& finding) {
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
                    const catalog::Catalog& catalog, const catalog::Checklist& checklist,
                    settings::Role role, std::vector<Finding>& out) {
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
                const catalog::Catalog& catalog, settings::Role role,
                const settings::SettingsReadResult& stored) {
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

    const detail::RuleContext context{
        workbook, sheet, layout, *checklist, catalog.errata_of(checklist->id), role, {}};
    std::vector<Finding> settings_findings;
    for (std::size_t i = 0; i < stored.problems.size(); ++i) {
        Finding f = context.finding(
            "settings.invalid", Severity::Warning, nullptr, "",
            "文書に保存された設定（シート " + std::string(sheet::kSettingsSheet) +
                " の A1）に問題があります：" + stored.problems_ja[i] +
                "。docs/ignores-and-properties.md の形式に直してください。",
            "the settings stored in the document (sheet " + std::string(sheet::kSettingsSheet) +
                ", A1) have a problem: " + stored.problems[i]);
        f.sheet = sheet::kSettingsSheet;
        f.cell = sheet::CellAddress{0, 0};
        settings_findings.push_back(std::move(f));
    }
    findings.insert(findings.begin(), settings_findings.begin(), settings_findings.end());

    static const std::vector<settings::Ignore> kNone;
    const std::vector<settings::Ignore>& ignores =
        stored.settings ? stored.settings->ignores : kNone;
    std::vector<bool> used(ignores.size(), false);
    for (Finding& finding : findings) {
        const auto match =
            std::find_if(ignores.begin(), ignores.end(),
                         [&](const settings::Ignore& i) { return ignore_matches(i, finding); });
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
