#include "apichecklist/compare/sheet_pairs.hpp"

#include <algorithm>

namespace apichecklist::compare {

namespace {

std::vector<const sheet::ChecklistLayout*> checklist_sheets(const sheet::ChecklistLayout& layout) {
    std::vector<const sheet::ChecklistLayout*> out{&layout};
    for (const sheet::ChecklistLayout& more : layout.more_sheets) out.push_back(&more);
    std::sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->sheet < b->sheet; });
    return out;
}

const std::string& name_of(const sheet::Workbook& workbook, const sheet::ChecklistLayout* layout) {
    return workbook.sheets[layout->sheet].name();
}

}  // namespace

const char* paired_by_name(PairedBy by) { return by == PairedBy::Name ? "name" : "order"; }

SheetPairing pair_sheets(const sheet::Workbook& old_workbook,
                         const sheet::ChecklistLayout& old_layout,
                         const sheet::Workbook& new_workbook,
                         const sheet::ChecklistLayout& new_layout) {
    const auto olds = checklist_sheets(old_layout);
    const auto news = checklist_sheets(new_layout);
    std::vector<const sheet::ChecklistLayout*> partner(news.size(), nullptr);
    std::vector<bool> old_taken(olds.size(), false);
    for (std::size_t n = 0; n < news.size(); ++n)
        for (std::size_t o = 0; o < olds.size(); ++o)
            if (!old_taken[o] && name_of(old_workbook, olds[o]) == name_of(new_workbook, news[n])) {
                partner[n] = olds[o];
                old_taken[o] = true;
                break;
            }
    SheetPairing pairing;
    std::size_t next_old = 0;
    for (std::size_t n = 0; n < news.size(); ++n) {
        if (partner[n]) {
            pairing.pairs.push_back({partner[n], news[n], PairedBy::Name});
            continue;
        }
        while (next_old < olds.size() && old_taken[next_old]) ++next_old;
        if (next_old < olds.size()) {
            old_taken[next_old] = true;
            pairing.pairs.push_back({olds[next_old], news[n], PairedBy::Order});
            continue;
        }
        pairing.uncompared.push_back(
            {false,
             true,
             {name_of(new_workbook, news[n]),
              "前回のファイルに比べるチェックリストのシートが残っていません",
              "the previous file has no checklist sheet left to compare it with"}});
    }
    for (std::size_t o = 0; o < olds.size(); ++o)
        if (!old_taken[o])
            pairing.uncompared.push_back(
                {true,
                 true,
                 {name_of(old_workbook, olds[o]),
                  "今回のファイルに比べるチェックリストのシートが残っていません",
                  "the current file has no checklist sheet left to compare it with"}});
    for (const sheet::SkippedSheet& skipped : old_layout.skipped_sheets)
        pairing.uncompared.push_back({true, false, skipped});
    for (const sheet::SkippedSheet& skipped : new_layout.skipped_sheets)
        pairing.uncompared.push_back({false, false, skipped});
    return pairing;
}

}  // namespace apichecklist::compare
