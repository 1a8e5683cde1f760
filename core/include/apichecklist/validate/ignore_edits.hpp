#pragma once
// A reviewer's decisions edited from a UI: accept one finding with a reason, take the
// acceptance back. The result is stored as the document settings the helper reads.

#include <cstddef>
#include <string>

#include "apichecklist/validate/report.hpp"
#include "apichecklist/validate/settings.hpp"
#include "apichecklist/validate/validate.hpp"  // ignore_matches

namespace apichecklist::validate {

// An ignore pinned to exactly this finding: rule, 通番 or own-item label, and cell.
Ignore ignore_for(const Finding& finding, std::string reason);

// Removes every stored ignore that accepts the finding; returns how many were removed.
std::size_t restore_finding(DocumentSettings& settings, const Finding& finding);

}  // namespace apichecklist::validate
