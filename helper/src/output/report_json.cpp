#include "report_json.hpp"

namespace apichecklist::cli {

namespace {

nlohmann::ordered_json finding_json(const catalog::Checklist* checklist,
                                    const validate::Finding& f) {
    nlohmann::ordered_json j;
    j["rule"] = f.rule;
    j["severity"] = validate::severity_name(f.severity);
    j["number"] = f.number ? nlohmann::ordered_json(*f.number) : nlohmann::ordered_json(nullptr);
    j["item"] = f.item.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(f.item);
    j["column"] =
        f.column.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(f.column);
    const catalog::Column* column =
        checklist && !f.column.empty() ? checklist->column_by_key(f.column) : nullptr;
    j["column_label"] =
        column ? nlohmann::ordered_json(column->label) : nlohmann::ordered_json(nullptr);
    j["sheet"] = f.sheet;
    j["cell"] = f.cell ? nlohmann::ordered_json(f.cell_a1()) : nlohmann::ordered_json(nullptr);
    j["message"] = f.message_ja;
    j["message_en"] = f.message_en;
    if (!f.expected.empty() || !f.actual.empty()) {
        j["expected"] = f.expected;
        j["actual"] = f.actual;
    }
    return j;
}

const char* status_name(FileStatus status) {
    switch (status) {
        case FileStatus::Checked:
            return "checked";
        case FileStatus::Unreadable:
            return "unreadable";
        case FileStatus::NoChecklist:
            return "no_checklist";
    }
    return "";
}

}  // namespace

nlohmann::ordered_json validation_json(const catalog::Catalog& catalog,
                                       const std::vector<FileResult>& results, int exit_code) {
    nlohmann::ordered_json files = nlohmann::ordered_json::array();
    nlohmann::ordered_json totals = {{"files", results.size()},
                                     {"checked", 0},
                                     {"unreadable", 0},
                                     {"with_errors", 0},
                                     {"error", 0},
                                     {"warning", 0},
                                     {"info", 0},
                                     {"ignored", 0}};
    for (const FileResult& r : results) {
        nlohmann::ordered_json file;
        file["file"] = r.file;
        file["status"] = status_name(r.status);
        if (!r.report) {
            file["error"] = {{"message", r.error_ja}, {"message_en", r.error_en}};
            totals["unreadable"] = totals["unreadable"].get<int>() + 1;
            files.push_back(std::move(file));
            continue;
        }
        const validate::Report& report = *r.report;
        const catalog::Checklist* checklist = catalog.checklist(report.checklist_id);
        file["checklist"] = report.checklist_id;
        file["checklist_detected_by"] = r.detected_by;
        file["role"] = settings::role_name(report.role);
        file["role_source"] = r.role_source;
        file["sheet"] = report.sheet;
        file["header_row"] = report.header_row + 1;
        file["sheets"] = nlohmann::ordered_json::array();
        for (const validate::Report::CheckedSheet& checked : report.sheets)
            file["sheets"].push_back(
                {{"name", checked.name}, {"header_row", checked.header_row + 1}});
        file["skipped_sheets"] = nlohmann::ordered_json::array();
        for (const sheet::SkippedSheet& skipped : report.skipped_sheets)
            file["skipped_sheets"].push_back({{"name", skipped.name},
                                              {"reason", skipped.reason_ja},
                                              {"reason_en", skipped.reason_en}});
        file["readings"] = nlohmann::ordered_json::array();
        for (const sheet::Reading& reading : report.readings)
            file["readings"].push_back({{"message", reading.ja}, {"message_en", reading.en}});
        file["findings"] = nlohmann::ordered_json::array();
        for (const validate::Finding& f : report.findings)
            file["findings"].push_back(finding_json(checklist, f));
        file["ignored"] = nlohmann::ordered_json::array();
        for (const validate::IgnoredFinding& i : report.ignored) {
            nlohmann::ordered_json j = finding_json(checklist, i.finding);
            j["reason"] = i.reason;
            file["ignored"].push_back(std::move(j));
        }
        file["unused_ignores"] = nlohmann::ordered_json::array();
        for (const settings::Ignore& i : report.unused_ignores)
            file["unused_ignores"].push_back(
                {{"rule", i.rule},
                 {"number",
                  i.number ? nlohmann::ordered_json(*i.number) : nlohmann::ordered_json(nullptr)},
                 {"cell", i.cell},
                 {"reason", i.reason}});
        const int errors = report.count(validate::Severity::Error);
        file["counts"] = {{"error", errors},
                          {"warning", report.count(validate::Severity::Warning)},
                          {"info", report.count(validate::Severity::Info)},
                          {"ignored", report.ignored.size()}};
        for (const char* key : {"error", "warning", "info", "ignored"})
            totals[key] = totals[key].get<int>() + file["counts"][key].get<int>();
        totals["checked"] = totals["checked"].get<int>() + 1;
        if (errors > 0) totals["with_errors"] = totals["with_errors"].get<int>() + 1;
        files.push_back(std::move(file));
    }
    nlohmann::ordered_json out;
    out["schema"] = 1;
    out["files"] = std::move(files);
    out["summary"] = std::move(totals);
    out["exit_code"] = exit_code;
    return out;
}

}  // namespace apichecklist::cli
