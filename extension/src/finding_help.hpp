#pragma once
// 「なぜ・どう直すか」 for the finding a reviewer chose: the rule's explanation (our
// wording, validate::rules()), then what the 解説書 says of the item (its 解説) and of the
// column the finding is in, quoted from the catalog as printed.

#include <string>

#include "apichecklist/catalog/model.hpp"
#include "apichecklist/validate/report.hpp"

namespace apichecklist::extension {

// `checklist` may be null (no catalog): then only the rule's explanation.
std::string finding_help(const validate::Finding& finding, const catalog::Checklist* checklist);

}  // namespace apichecklist::extension
