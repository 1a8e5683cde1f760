#include "layout_header.hpp"

#include <algorithm>

#include "apichecklist/search/normalize.hpp"
#include "apichecklist/sheet/layout.hpp"

namespace apichecklist::sheet::detail {

namespace {

// Header texts longer than this are sentences (answers, notes), never column titles.
constexpr std::size_t kMaxHeaderChars = 24;

struct Label {
    std::string key;
    std::u32string folded;
};

std::vector<Label> known_labels(const catalog::Catalog& catalog) {
    static const std::pair<const char*, const char*> kAliases[] = {
        {"number", "項番"},   {"goal", "対応目標"},
        {"goal", "目標"},     {"current_status", "対応状況"},
        {"plan", "対応計画"}, {"future_plan", "対応予定"},
    };
    std::vector<Label> labels;
    for (const catalog::Checklist& checklist : catalog.checklists)
        for (const catalog::Column& column : checklist.columns)
            labels.push_back({column.key, search::fold_chars(column.label)});
    for (const auto& [key, alias] : kAliases) labels.push_back({key, search::fold_chars(alias)});
    std::erase_if(labels, [](const Label& l) { return l.folded.empty(); });
    return labels;
}

// The key whose label equals the header, else the one with the longest label inside it.
const Label* match_label(const std::u32string& header, const std::vector<Label>& labels) {
    const Label* best = nullptr;
    for (const Label& label : labels) {
        if (label.folded == header) return &label;
        if (header.find(label.folded) != std::u32string::npos &&
            (!best || label.folded.size() > best->folded.size()))
            best = &label;
    }
    return best;
}

bool qualifies(const HeaderMatch& match) {
    return match.columns.count("number") && match.columns.count("goal") &&
           match.columns.count("current_status");
}

}  // namespace

HeaderMatch find_header(const Sheet& sheet, const catalog::Catalog& catalog) {
    const std::vector<Label> labels = known_labels(catalog);
    HeaderMatch best;
    const int rows = std::min(sheet.row_count(), kHeaderSearchRows);
    for (int r = 0; r < rows; ++r) {
        HeaderMatch candidate;
        candidate.row = r;
        for (int c = 0; c < sheet.column_count(); ++c) {
            const Cell& cell = sheet.at(r, c);
            if (cell.kind != CellKind::Text || cell.text.empty() ||
                cell.text.size() > kMaxHeaderChars * 8)
                continue;
            const std::u32string folded = search::fold_chars(cell.text);
            if (folded.empty() || folded.size() > kMaxHeaderChars) continue;
            if (const Label* label = match_label(folded, labels))
                candidate.columns.emplace(label->key, c);  // the first column with a key wins
        }
        if (qualifies(candidate) && candidate.score() > best.score()) best = std::move(candidate);
    }
    return best;
}

}  // namespace apichecklist::sheet::detail
