#include "report_text.hpp"

#include <map>

#include "../context.hpp"

#include "apichecklist/validate/labels.hpp"

namespace apichecklist::cli {

namespace {

const char* role_source_label(const std::string& source) {
    if (source == "option") return tr("--role で指定", "from --role");
    if (source == "document") return tr("文書の設定", "from the document");
    if (source == "inferred")
        return tr("回答から推定。--role で指定できます",
                  "inferred from the answers; set it with --role");
    return tr("既定。--role api|card で指定できます", "default; set it with --role api|card");
}

std::string item_heading(const catalog::Checklist* checklist, const validate::Finding& f) {
    if (!f.number && f.item.empty()) return tr("シート全体", "Whole sheet");
    if (!f.number) return std::string(tr("独自項目 ", "own item ")) + f.item;
    std::string heading = std::string(tr("通番 ", "item ")) + std::to_string(*f.number);
    if (checklist)
        if (const catalog::Item* item = checklist->item_by_number(*f.number))
            heading += "  " + item->goal;
    return heading;
}

std::string group_key(const validate::Finding& f) {
    if (f.number) return "n" + std::to_string(*f.number);
    return "i" + f.item;
}

void print_finding(std::ostream& out, const validate::Finding& f) {
    const std::string cell = f.cell ? f.cell_a1() : "-";
    out << "    " << tr(validate::severity_label(f.severity)) << "  " << cell << "  " << f.rule
        << "  " << (english() ? f.message_en : f.message_ja) << "\n";
}

}  // namespace

void print_file_report(std::ostream& out, const catalog::Catalog& catalog,
                       const FileResult& result) {
    out << result.file << "\n";
    if (result.status != FileStatus::Checked) {
        out << "  " << tr("検証できません: ", "cannot check: ")
            << (english() ? result.error_en : result.error_ja) << "\n\n";
        return;
    }
    const validate::Report& report = *result.report;
    const catalog::Checklist* checklist = catalog.checklist(report.checklist_id);
    out << "  " << (checklist ? checklist->title : report.checklist_id) << " ("
        << report.checklist_id << ")";
    if (report.sheets.size() <= 1) {
        out << tr("、シート「", ", sheet '") << report.sheet << tr("」見出し ", "' header row ")
            << report.header_row + 1 << tr(" 行目", "");
    } else {
        out << tr("、シート ", ", sheets ") << report.sheets.size() << tr(" 枚: ", ": ");
        for (std::size_t i = 0; i < report.sheets.size(); ++i)
            out << (i ? tr("・", ", ") : "") << tr("「", "'") << report.sheets[i].name
                << tr("」(見出し ", "' (header row ") << report.sheets[i].header_row + 1
                << tr(" 行目)", ")");
    }
    out << "\n";
    for (const sheet::Reading& reading : report.readings)
        out << "  " << tr("読み方: ", "reading: ") << (english() ? reading.en : reading.ja) << "\n";
    if (!report.skipped_sheets.empty()) {
        out << "  " << tr("検証しなかったシート: ", "sheets not checked: ");
        for (std::size_t i = 0; i < report.skipped_sheets.size(); ++i)
            out << (i ? tr("、", "; ") : "") << tr("「", "'") << report.skipped_sheets[i].name
                << tr("」(", "' (")
                << (english() ? report.skipped_sheets[i].reason_en
                              : report.skipped_sheets[i].reason_ja)
                << ")";
        out << "\n";
    }
    out << "  " << tr("役割: ", "role: ") << tr(validate::role_label(report.role)) << " ("
        << role_source_label(result.role_source) << ")\n";

    std::string previous;
    for (const validate::Finding& f : report.findings) {
        const std::string key = f.sheet + "/" + group_key(f);
        if (key != previous)
            out << "  "
                << (report.sheets.size() > 1 ? std::string(tr("「", "'")) + f.sheet + tr("」", "' ")
                                             : std::string())
                << item_heading(checklist, f) << "\n";
        previous = key;
        print_finding(out, f);
    }
    if (!report.ignored.empty()) {
        out << "  " << tr("無視した指摘 (", "Ignored findings (") << report.ignored.size() << ")\n";
        for (const validate::IgnoredFinding& ignored : report.ignored) {
            const validate::Finding& f = ignored.finding;
            out << "    " << (f.cell ? f.cell_a1() : "-") << "  " << f.rule << "  "
                << item_heading(checklist, f) << "\n      " << tr("理由: ", "reason: ")
                << ignored.reason << "\n";
        }
    }
    for (const settings::Ignore& unused : report.unused_ignores)
        out << "  " << tr("使われていない無視設定: ", "unused ignore: ") << unused.rule
            << (unused.number ? " " + std::to_string(*unused.number) : "")
            << (unused.cell.empty() ? "" : " " + unused.cell) << "\n";
    out << "  " << tr("結果: エラー ", "result: errors ") << report.count(validate::Severity::Error)
        << tr("、警告 ", ", warnings ") << report.count(validate::Severity::Warning)
        << tr("、情報 ", ", info ") << report.count(validate::Severity::Info)
        << tr("、無視 ", ", ignored ") << report.ignored.size() << "\n\n";
}

void print_validation_summary(std::ostream& out, const std::vector<FileResult>& results) {
    int unreadable = 0, with_errors = 0, errors = 0, warnings = 0, infos = 0;
    for (const FileResult& r : results) {
        if (!r.report) {
            ++unreadable;
            continue;
        }
        errors += r.report->count(validate::Severity::Error);
        warnings += r.report->count(validate::Severity::Warning);
        infos += r.report->count(validate::Severity::Info);
        if (r.report->has_errors()) ++with_errors;
    }
    out << tr("合計: ", "Total: ") << results.size()
        << tr(" ファイル (エラーあり ", " files (with errors ") << with_errors
        << tr("、読めない ", ", unreadable ") << unreadable << tr(")、エラー ", "), errors ")
        << errors << tr("、警告 ", ", warnings ") << warnings << tr("、情報 ", ", info ") << infos
        << "\n";
}

}  // namespace apichecklist::cli
