#pragma once
// The completeness report (確認結果) as one self-contained HTML page (inline CSS and SVG,
// nothing fetched) and as JSON for scripts.

#include <nlohmann/json.hpp>
#include <string>

#include "apichecklist/report/completeness.hpp"
#include "apichecklist/validate/report.hpp"

namespace apichecklist::cli {

struct ReportInput {
    std::string file;
    std::string generated_on;  // YYYY-MM-DD
    settings::Role role = settings::Role::Both;
    const report::Completeness* completeness = nullptr;
    const validate::Report* validation = nullptr;
};

std::string completeness_html(const ReportInput& input);
nlohmann::json completeness_json(const ReportInput& input);

}  // namespace apichecklist::cli
