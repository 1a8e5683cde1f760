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
        {"number", "項番"},
        {"goal", "対応目標"},
        {"goal", "目標"},
        {"current_status", "対応状況"},
        {"current_status", "具体的な対応内容"},
        {"current_status", "具体的な内容"},
        {"current_status", "対応内容"},
        {"plan", "対応計画"},
        {"future_plan", "対応予定"},
    };
    std::vector<Label> labels;
    for (const catalog::Checklist& checklist : catalog.checklists)
        for (const catalog::Column& column : checklist.columns)
            labels.push_back({column.key, search::fold_chars(column.label)});
    for (const auto& [key, alias] : kAliases) labels.push_back({key, search::fold_chars(alias)});
    std::erase_if(labels, [](const Label& l) { return l.folded.empty(); });
    return labels;
}

std::vector<std::u32string> target_labels(const catalog::Catalog& catalog) {
    std::vector<std::u32string> labels;
    for (const catalog::Checklist& checklist : catalog.checklists)
        for (const catalog::Target& target : checklist.targets)
            labels.push_back(search::fold_chars(target.label));
    return labels;
}

// A header without its notes: 現在の対応状況（必須） → 現在の対応状況.
std::string without_notes(const std::string& text) {
    std::string out;
    int depth = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::string_view rest = std::string_view(text).substr(i);
        if (rest.starts_with("（") || rest.starts_with("【")) {
            ++depth;
            i += 3;
        } else if (rest.starts_with("）") || rest.starts_with("】")) {
            depth = std::max(0, depth - 1);
            i += 3;
        } else if (rest.front() == '(') {
            ++depth;
            ++i;
        } else if (rest.front() == ')') {
            depth = std::max(0, depth - 1);
            ++i;
        } else {
            if (depth == 0) out += rest.front();
            ++i;
        }
    }
    return out;
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

// Column → key of every header-like cell of one row.
std::map<int, std::string> row_labels(const Sheet& sheet, int r, const std::vector<Label>& labels) {
    std::map<int, std::string> found;
    for (int c = 0; c < sheet.column_count(); ++c) {
        const Cell& cell = sheet.at(r, c);
        if (cell.kind != CellKind::Text || cell.text.empty() ||
            cell.text.size() > kMaxHeaderChars * 8)
            continue;
        std::u32string folded = search::fold_chars(without_notes(cell.text));
        // ①通番 … ⑩備考: NFKC makes the circled number a digit.
        while (!folded.empty() && folded.front() >= U'0' && folded.front() <= U'9')
            folded.erase(folded.begin());
        if (folded.empty() || folded.size() > kMaxHeaderChars) continue;
        if (const Label* label = match_label(folded, labels)) found.emplace(c, label->key);
    }
    return found;
}

HeaderMatch match_of(const std::map<int, std::string>& merged, int top, int row) {
    HeaderMatch match;
    match.top = top;
    match.row = row;
    for (const auto& [column, key] : merged) {
        match.columns.emplace(key, column);  // the first column with a key wins
        match.candidates[key].push_back(column);
    }
    return match;
}

bool qualifies(const HeaderMatch& match) {
    return match.columns.count("number") && match.columns.count("goal") &&
           match.columns.count("current_status");
}

// The row under the header that names the 対象者 sub-columns (API接続先 / カード会社 / 共通).
void read_target_subheader(const Sheet& sheet, const std::vector<std::u32string>& targets,
                           HeaderMatch& match) {
    for (int r : {match.row, match.row + 1}) {
        std::map<int, std::string> marks;
        for (int c = 0; c < sheet.column_count(); ++c) {
            const std::u32string folded = search::fold_chars(sheet.text(r, c));
            if (!folded.empty() &&
                std::find(targets.begin(), targets.end(), folded) != targets.end())
                marks.emplace(c, sheet.text(r, c));
        }
        if (marks.size() < 2) continue;
        match.target_marks = std::move(marks);
        match.columns["target"] = match.target_marks.begin()->first;
        if (r > match.row) match.row = r;  // the sub-header row is part of the header
        return;
    }
}

HeaderMatch search(const Sheet& sheet, const catalog::Catalog& catalog, bool qualified_only) {
    const std::vector<Label> labels = known_labels(catalog);
    HeaderMatch best;
    const int rows = std::min(sheet.row_count(), kHeaderSearchRows);
    std::vector<std::map<int, std::string>> found(std::size_t(rows) + 1);
    for (int r = 0; r < rows; ++r) found[std::size_t(r)] = row_labels(sheet, r, labels);
    for (int r = 0; r < rows; ++r) {
        const auto& upper = found[std::size_t(r)];
        if (upper.empty()) continue;
        HeaderMatch single = match_of(upper, r, r);
        // Over two rows: a label in the second row wins over the group label above it.
        HeaderMatch twice;
        if (r + 1 < rows && !found[std::size_t(r + 1)].empty()) {
            std::map<int, std::string> merged = upper;
            for (const auto& [column, key] : found[std::size_t(r + 1)]) merged[column] = key;
            twice = match_of(merged, r, r + 1);
        }
        // The second row is labels too (not the first item): it wins a tie, so labels split
        // under a group (現在の対応状況 over 〇/△/× and 具体的な内容) are all seen.
        // Under 通番 a second header row is empty (merged down) or a label; anything else
        // there (1, 独自1) makes the row the first data row.
        const bool second_is_labels =
            twice.row >= 0 && !found[std::size_t(r + 1)].empty() &&
            !(twice.columns.count("number") &&
              !is_blank(sheet.text(r + 1, twice.columns.at("number"))) &&
              !found[std::size_t(r + 1)].count(twice.columns.at("number")));
        for (HeaderMatch* candidate : {&single, &twice}) {
            if (candidate->row < 0 || (qualified_only && !qualifies(*candidate))) continue;
            if (candidate->score() > best.score() ||
                (candidate == &twice && second_is_labels && candidate->score() == best.score() &&
                 best.row == r))
                best = std::move(*candidate);
        }
    }
    return best;
}

}  // namespace

HeaderMatch find_header(const Sheet& sheet, const catalog::Catalog& catalog) {
    HeaderMatch match = search(sheet, catalog, true);
    if (match.row >= 0) read_target_subheader(sheet, target_labels(catalog), match);
    return match;
}

HeaderMatch find_header_candidate(const Sheet& sheet, const catalog::Catalog& catalog) {
    return search(sheet, catalog, false);
}

}  // namespace apichecklist::sheet::detail
