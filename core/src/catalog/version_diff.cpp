#include "apichecklist/catalog/version_diff.hpp"

#include <array>
#include <deque>
#include <map>
#include <utility>

namespace apichecklist::catalog {

namespace {

void flatten_entries(const std::vector<NoteEntry>& entries, std::string& out) {
    for (const NoteEntry& e : entries) {
        out += e.label + " " + e.text + "\n";
        flatten_entries(e.entries, out);
    }
}

std::string methods_text(const Item& item) {
    std::string out;
    for (const MethodGroup& g : item.method_groups) {
        out += "<" + g.heading + ">\n";
        for (const Method& m : g.methods) out += m.label + " " + m.text + "\n";
    }
    return out;
}

std::string notes_text(const Item& item) {
    std::string out;
    for (const Note& n : item.notes) {
        out += "(" + n.label + ")\n";
        if (!n.text.empty()) out += n.text + "\n";
        flatten_entries(n.entries, out);
    }
    return out;
}

std::string category_name(const Checklist& list, const Item& item) {
    const Category* c = list.category_by_id(item.category);
    return c ? c->name : item.category;
}

std::string target_label(const Checklist& list, const Item& item) {
    const Target* t = list.target_by_id(item.target);
    return t ? t->label : item.target;
}

// PDF extraction puts spaces between Latin and Japanese text (「API 接続先」 vs
// 「API接続先」); such a difference is not a change of wording.
std::string without_spaces(const std::string& text) {
    std::string out;
    for (char c : text)
        if (c != ' ' && c != '\n' && c != '\t') out += c;
    return out;
}

std::vector<FieldChange> field_changes(const Checklist& from, const Item& a, const Checklist& to,
                                       const Item& b) {
    const std::array<std::pair<const char*, std::pair<std::string, std::string>>, 6> fields{{
        {"goal", {a.goal, b.goal}},
        {"category", {category_name(from, a), category_name(to, b)}},
        {"target", {target_label(from, a), target_label(to, b)}},
        {"explanation", {a.explanation, b.explanation}},
        {"methods", {methods_text(a), methods_text(b)}},
        {"notes", {notes_text(a), notes_text(b)}},
    }};
    std::vector<FieldChange> changes;
    for (const auto& [name, values] : fields)
        if (without_spaces(values.first) != without_spaces(values.second))
            changes.push_back(
                {name, values.first, values.second, text::diff_chars(values.first, values.second)});
    return changes;
}

ChangeKind kind_of(const MappingRow& row, bool renumbered, bool changed) {
    switch (row.relation) {
        case Relation::New:
            return ChangeKind::Added;
        case Relation::Removed:
            return ChangeKind::Removed;
        case Relation::SplitInto:
            return ChangeKind::Split;
        case Relation::MergedInto:
            return ChangeKind::Merged;
        case Relation::MovedInto:
            return ChangeKind::Moved;
        default:
            break;
    }
    if (renumbered) return ChangeKind::Renumbered;
    return changed ? ChangeKind::Changed : ChangeKind::Unchanged;
}

StepDiff diff_step(const Catalog& catalog, const Mapping& mapping) {
    StepDiff step{&mapping, catalog.checklist(mapping.from), catalog.checklist(mapping.to), {}};
    for (const MappingRow& row : mapping.rows) {
        ItemChange change;
        change.row = &row;
        if (row.from_number) change.from_numbers.push_back(*row.from_number);
        change.to_numbers = row.to_numbers;
        const Item* a = row.from_number ? step.from->item_by_number(*row.from_number) : nullptr;
        const Item* b =
            row.to_numbers.size() == 1 ? step.to->item_by_number(row.to_numbers.front()) : nullptr;
        if (a && b) change.fields = field_changes(*step.from, *a, *step.to, *b);
        const bool renumbered = a && b && a->number != b->number;
        change.kind = kind_of(row, renumbered, !change.fields.empty());
        step.changes.push_back(std::move(change));
    }
    return step;
}

}  // namespace

const char* change_kind_name(ChangeKind kind) {
    switch (kind) {
        case ChangeKind::Added:
            return "added";
        case ChangeKind::Removed:
            return "removed";
        case ChangeKind::Renumbered:
            return "renumbered";
        case ChangeKind::Split:
            return "split";
        case ChangeKind::Merged:
            return "merged";
        case ChangeKind::Moved:
            return "moved";
        case ChangeKind::Changed:
            return "changed";
        case ChangeKind::Unchanged:
            return "unchanged";
    }
    return "unknown";
}

std::optional<std::vector<const Mapping*>> mapping_path(const Catalog& catalog,
                                                        const std::string& from,
                                                        const std::string& to) {
    if (from == to) return std::vector<const Mapping*>{};
    std::map<std::string, const Mapping*> reached_by{{from, nullptr}};
    std::deque<std::string> queue{from};
    while (!queue.empty()) {
        const std::string current = queue.front();
        queue.pop_front();
        for (const Mapping& m : catalog.mappings) {
            if (m.from != current || reached_by.count(m.to)) continue;
            reached_by[m.to] = &m;
            if (m.to == to) {
                std::vector<const Mapping*> path;
                for (const Mapping* step = &m; step; step = reached_by[step->from])
                    path.insert(path.begin(), step);
                return path;
            }
            queue.push_back(m.to);
        }
    }
    return std::nullopt;
}

std::optional<std::vector<StepDiff>> diff_versions(const Catalog& catalog, const std::string& from,
                                                   const std::string& to) {
    const auto path = mapping_path(catalog, from, to);
    if (!path) return std::nullopt;
    std::vector<StepDiff> steps;
    for (const Mapping* mapping : *path) steps.push_back(diff_step(catalog, *mapping));
    return steps;
}

}  // namespace apichecklist::catalog
