#include "apichecklist/validate/ignore_edits.hpp"

#include <algorithm>
#include <charconv>

namespace apichecklist::validate {

settings::Ignore ignore_for(const Finding& finding, std::string reason) {
    // An own item is named by its label; a numbered item's `item` only repeats the 通番.
    return settings::Ignore{finding.rule, finding.number,
                            finding.number ? std::string() : finding.item, finding.cell_a1(),
                            std::move(reason)};
}

void set_ignore_item(settings::Ignore& ignore, std::string_view text) {
    ignore.number.reset();
    ignore.item.clear();
    int number = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, number);
    if (!text.empty() && ec == std::errc() && ptr == end)
        ignore.number = number;
    else
        ignore.item = std::string(text);
}

bool same_target(const settings::Ignore& a, const settings::Ignore& b) {
    return a.rule == b.rule && a.number == b.number && a.item == b.item && a.cell == b.cell;
}

bool add_ignore(settings::DocumentSettings& settings, settings::Ignore ignore) {
    const auto found =
        std::find_if(settings.ignores.begin(), settings.ignores.end(),
                     [&](const settings::Ignore& stored) { return same_target(stored, ignore); });
    if (found != settings.ignores.end()) {
        found->reason = std::move(ignore.reason);
        return false;
    }
    settings.ignores.push_back(std::move(ignore));
    return true;
}

std::size_t remove_ignore(settings::DocumentSettings& settings, const settings::Ignore& key) {
    return std::erase_if(settings.ignores,
                         [&](const settings::Ignore& stored) { return same_target(stored, key); });
}

std::size_t restore_finding(settings::DocumentSettings& settings, const Finding& finding) {
    return std::erase_if(settings.ignores, [&](const settings::Ignore& ignore) {
        return ignore_matches(ignore, finding);
    });
}

}  // namespace apichecklist::validate
