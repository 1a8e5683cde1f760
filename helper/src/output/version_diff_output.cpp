#include "version_diff_output.hpp"

#include <algorithm>
#include <map>

#include "../context.hpp"

namespace apichecklist::cli {

namespace {

using catalog::ChangeKind;

const char* kind_label(ChangeKind kind) {
    switch (kind) {
        case ChangeKind::Added:
            return tr("追加", "added");
        case ChangeKind::Removed:
            return tr("削除", "removed");
        case ChangeKind::Renumbered:
            return tr("番号変更", "renumbered");
        case ChangeKind::Split:
            return tr("分割", "split");
        case ChangeKind::Merged:
            return tr("統合", "merged");
        case ChangeKind::Moved:
            return tr("移動", "moved");
        case ChangeKind::Changed:
            return tr("変更", "changed");
        case ChangeKind::Unchanged:
            return tr("変更なし", "unchanged");
    }
    return "";
}

const char* field_label(const std::string& field) {
    static const std::map<std::string, std::pair<const char*, const char*>> labels{
        {"goal", {"セキュリティ対応目標", "goal"}},
        {"category", {"区分", "category"}},
        {"target", {"対象者", "party"}},
        {"explanation", {"説明", "explanation"}},
        {"methods", {"手法例", "methods"}},
        {"notes", {"注記", "notes"}}};
    auto it = labels.find(field);
    return it == labels.end() ? field.c_str() : tr(it->second.first, it->second.second);
}

std::string numbers(const std::vector<int>& values) {
    std::string out;
    for (int n : values) out += (out.empty() ? "" : ",") + std::to_string(n);
    return out.empty() ? "-" : out;
}

// Long fields (methods, notes) are shown as changed lines only, each with its inline diff.
void print_field(std::ostream& out, const catalog::FieldChange& field) {
    out << "    " << field_label(field.field) << ": ";
    if (field.before.find('\n') == std::string::npos &&
        field.after.find('\n') == std::string::npos) {
        out << text::render_inline(field.pieces) << "\n";
        return;
    }
    out << "\n";
    const std::string rendered = text::render_inline(field.pieces);
    std::size_t start = 0;
    while (start <= rendered.size()) {
        const std::size_t end = std::min(rendered.find('\n', start), rendered.size());
        const std::string line = rendered.substr(start, end - start);
        if (line.find("[-") != std::string::npos || line.find("{+") != std::string::npos)
            out << "      " << line << "\n";
        start = end + 1;
    }
}

// Where an item has no one-to-one counterpart, the goals on each side say what happened.
void print_goals(std::ostream& out, const catalog::StepDiff& step,
                 const catalog::ItemChange& change) {
    for (int n : change.from_numbers)
        if (const catalog::Item* item = step.from->item_by_number(n))
            out << "    - " << step.from->id << " " << n << ": " << item->goal << "\n";
    for (int n : change.to_numbers)
        if (const catalog::Item* item = step.to->item_by_number(n))
            out << "    + " << step.to->id << " " << n << ": " << item->goal << "\n";
}

nlohmann::json pieces_json(const std::vector<text::DiffPiece>& pieces) {
    nlohmann::json out = nlohmann::json::array();
    for (const text::DiffPiece& p : pieces)
        out.push_back({{"op", p.op == text::DiffOp::Same    ? "same"
                              : p.op == text::DiffOp::Added ? "added"
                                                            : "removed"},
                       {"text", p.text}});
    return out;
}

}  // namespace

void print_version_diff(std::ostream& out, const std::vector<catalog::StepDiff>& steps,
                        bool include_unchanged) {
    for (const catalog::StepDiff& step : steps) {
        std::map<ChangeKind, int> counts;
        out << step.from->id << " → " << step.to->id << "  (" << tr("対応表 ", "mapping ")
            << step.mapping->id << ")\n";
        for (const catalog::ItemChange& change : step.changes) {
            ++counts[change.kind];
            if (change.kind == ChangeKind::Unchanged && !include_unchanged) continue;
            out << "  [" << kind_label(change.kind) << "] " << numbers(change.from_numbers) << " → "
                << numbers(change.to_numbers);
            if (!change.row->reason.empty()) out << "  " << change.row->reason;
            out << "\n";
            for (const catalog::FieldChange& field : change.fields) print_field(out, field);
            if (change.fields.empty() && change.kind != ChangeKind::Unchanged)
                print_goals(out, step, change);
        }
        out << tr("  集計: ", "  summary: ");
        bool first = true;
        for (const auto& [kind, count] : counts) {
            out << (first ? "" : "、") << kind_label(kind) << " " << count;
            first = false;
        }
        out << "\n";
    }
}

nlohmann::json version_diff_json(const std::vector<catalog::StepDiff>& steps) {
    nlohmann::json out = nlohmann::json::array();
    for (const catalog::StepDiff& step : steps) {
        nlohmann::json changes = nlohmann::json::array();
        nlohmann::json counts = nlohmann::json::object();
        for (const catalog::ItemChange& change : step.changes) {
            const char* kind = catalog::change_kind_name(change.kind);
            counts[kind] = counts.value(kind, 0) + 1;
            nlohmann::json fields = nlohmann::json::array();
            for (const catalog::FieldChange& f : change.fields)
                fields.push_back({{"field", f.field},
                                  {"before", f.before},
                                  {"after", f.after},
                                  {"diff", pieces_json(f.pieces)}});
            changes.push_back({{"kind", kind},
                               {"relation", catalog::relation_name(change.row->relation)},
                               {"from_numbers", change.from_numbers},
                               {"to_numbers", change.to_numbers},
                               {"reason", change.row->reason},
                               {"fields", fields}});
        }
        out.push_back({{"from", step.from->id},
                       {"to", step.to->id},
                       {"mapping", step.mapping->id},
                       {"counts", counts},
                       {"changes", changes}});
    }
    return out;
}

}  // namespace apichecklist::cli
