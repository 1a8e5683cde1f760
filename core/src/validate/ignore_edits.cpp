#include "apichecklist/validate/ignore_edits.hpp"

namespace apichecklist::validate {

Ignore ignore_for(const Finding& finding, std::string reason) {
    // An own item is named by its label; a numbered item's `item` only repeats the 通番.
    return Ignore{finding.rule, finding.number, finding.number ? std::string() : finding.item,
                  finding.cell_a1(), std::move(reason)};
}

std::size_t restore_finding(DocumentSettings& settings, const Finding& finding) {
    return std::erase_if(settings.ignores,
                         [&](const Ignore& ignore) { return ignore_matches(ignore, finding); });
}

}  // namespace apichecklist::validate
