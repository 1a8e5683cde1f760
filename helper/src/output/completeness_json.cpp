#include "completeness_output.hpp"

namespace apichecklist::cli {

namespace {

nlohmann::json counts_json(const report::CategoryCounts& c) {
    return {{"category_id",
             c.category_id.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.category_id)},
            {"name", c.name},
            {"items", c.items},
            {"answered", c.answered},
            {"open", c.open},
            {"issues_with_plan", c.issues_with_plan},
            {"issues_without_plan", c.issues_without_plan},
            {"states",
             {{"open", c.states.open},
              {"issue_without_plan", c.states.issue_without_plan},
              {"issue_with_plan", c.states.issue_with_plan},
              {"answered", c.states.answered},
              {"not_required", c.states.not_required}}}};
}

nlohmann::json finding_json(const validate::Finding& f) {
    return {{"rule", f.rule},
            {"severity", validate::severity_name(f.severity)},
            {"number", f.number ? nlohmann::json(*f.number) : nlohmann::json(nullptr)},
            {"item", f.item},
            {"column", f.column},
            {"sheet", f.sheet},
            {"cell", f.cell_a1()},
            {"message", f.message_ja},
            {"message_en", f.message_en}};
}

}  // namespace

nlohmann::json completeness_json(const ReportInput& input) {
    const report::Completeness& c = *input.completeness;
    const validate::Report& v = *input.validation;
    nlohmann::json categories = nlohmann::json::array();
    for (const auto& category : c.categories) categories.push_back(counts_json(category));
    nlohmann::json findings = nlohmann::json::array();
    for (const auto& f : v.findings) findings.push_back(finding_json(f));
    nlohmann::json ignored = nlohmann::json::array();
    for (const auto& i : v.ignored) {
        nlohmann::json entry = finding_json(i.finding);
        entry["reason"] = i.reason;
        ignored.push_back(entry);
    }
    nlohmann::json follow_ups = nlohmann::json::array();
    for (const auto& f : c.follow_ups)
        follow_ups.push_back(
            {{"date", compare::to_iso(f.date)},
             {"number", f.number ? nlohmann::json(f.number) : nlohmann::json(nullptr)},
             {"item", f.item},
             {"goal", f.goal},
             {"issue", f.issue},
             {"plan", f.plan},
             {"sheet", f.sheet},
             {"cell", f.cell}});
    nlohmann::json sheets = nlohmann::json::array();
    for (const auto& sheet : c.sheets) {
        nlohmann::json entry = counts_json(sheet);
        entry.erase("category_id");
        sheets.push_back(entry);
    }
    nlohmann::json skipped = nlohmann::json::array();
    for (const sheet::SkippedSheet& sheet : v.skipped_sheets)
        skipped.push_back(
            {{"name", sheet.name}, {"reason", sheet.reason_ja}, {"reason_en", sheet.reason_en}});
    return {{"file", input.file},
            {"generated_on", input.generated_on},
            {"checklist", c.checklist_id},
            {"checklist_title", c.checklist_title},
            {"checklist_version", c.checklist_version},
            {"role", settings::role_name(input.role)},
            {"sheet", c.sheet},
            {"sheets", sheets},
            {"skipped_sheets", skipped},
            {"heading_lines", c.heading_lines},
            {"categories", categories},
            {"total", counts_json(c.total)},
            {"counts",
             {{"error", v.count(validate::Severity::Error)},
              {"warning", v.count(validate::Severity::Warning)},
              {"info", v.count(validate::Severity::Info)},
              {"ignored", v.ignored.size()}}},
            {"findings", findings},
            {"ignored", ignored},
            {"follow_ups", follow_ups},
            {"undated_plans", c.undated_plans}};
}

}  // namespace apichecklist::cli
