// Goal similarity for own items: the Dice coefficient of the character pairs of the goals,
// folded as search folds them (width, kana, case, punctuation), so that a card company's
// rewording of the same own item still scores high and an unrelated goal scores low.

#include <map>

#include "apichecklist/fill/fill_plan.hpp"
#include "apichecklist/search/normalize.hpp"

namespace apichecklist::fill {

namespace {

std::map<std::u32string, int> pairs_of(const std::u32string& text) {
    std::map<std::u32string, int> pairs;
    if (text.size() == 1) ++pairs[text];
    for (std::size_t i = 0; i + 1 < text.size(); ++i) ++pairs[text.substr(i, 2)];
    return pairs;
}

}  // namespace

double goal_similarity(const std::string& a, const std::string& b) {
    const std::u32string folded_a = search::fold_chars(a);
    const std::u32string folded_b = search::fold_chars(b);
    if (folded_a.empty() || folded_b.empty()) return 0;
    if (folded_a == folded_b) return 1;
    const auto pairs_a = pairs_of(folded_a);
    const auto pairs_b = pairs_of(folded_b);
    int total = 0;
    int shared = 0;
    for (const auto& [pair, count] : pairs_a) {
        total += count;
        if (const auto other = pairs_b.find(pair); other != pairs_b.end())
            shared += std::min(count, other->second);
    }
    for (const auto& [pair, count] : pairs_b) total += count;
    return total == 0 ? 0 : 2.0 * shared / total;
}

}  // namespace apichecklist::fill
