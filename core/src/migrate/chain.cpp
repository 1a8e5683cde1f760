// Composing the chain of mappings between two checklist versions into one mapping.

#include "apichecklist/migrate/chain.hpp"

#include <algorithm>
#include <map>

#include "apichecklist/catalog/version_diff.hpp"

namespace apichecklist::migrate {

namespace {

using catalog::Relation;

const std::vector<catalog::ColumnRoute>& routes_of(const catalog::Mapping& mapping,
                                                   const catalog::MappingRow& row) {
    return row.columns.empty() ? mapping.default_columns : row.columns;
}

template <typename T>
void add_unique(std::vector<T>& values, const T& value) {
    if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
}

// Column keys after one more step: the keys each current key is routed to.
std::vector<std::string> next_keys(const std::vector<catalog::ColumnRoute>& routes,
                                   const std::vector<std::string>& keys) {
    std::vector<std::string> out;
    for (const std::string& key : keys)
        for (const auto& route : routes)
            if (route.from_key == key)
                for (const auto& to_key : route.to_keys) add_unique(out, to_key);
    return out;
}

// Where one item of the first version stands after some steps: an item of the current
// version, and for each source column the current columns holding its answer.
struct Branch {
    int number = 0;
    std::vector<std::pair<std::string, std::vector<std::string>>> keys;
};

std::vector<std::string>& keys_of(Branch& branch, const std::string& source_key) {
    for (auto& [key, keys] : branch.keys)
        if (key == source_key) return keys;
    return branch.keys.emplace_back(source_key, std::vector<std::string>{}).second;
}

Relation combined(const std::vector<Relation>& seen, bool nothing_left) {
    if (nothing_left) return Relation::Removed;
    for (const Relation strongest :
         {Relation::SplitInto, Relation::MergedInto, Relation::MovedInto, Relation::Reworded})
        if (std::find(seen.begin(), seen.end(), strongest) != seen.end()) return strongest;
    return Relation::Same;
}

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& part : parts)
        if (!part.empty()) out += (out.empty() ? "" : " → ") + part;
    return out;
}

catalog::MappingRow composed_row(const std::vector<const catalog::Mapping*>& steps,
                                 const catalog::MappingRow& first, const catalog::Checklist& to) {
    std::vector<Relation> relations{first.relation};
    std::vector<std::string> reasons{first.reason};
    std::vector<Branch> branches;
    for (const int number : first.to_numbers) {
        Branch branch{number, {}};
        for (const auto& route : routes_of(*steps.front(), first))
            for (const auto& key : route.to_keys) add_unique(keys_of(branch, route.from_key), key);
        branches.push_back(std::move(branch));
    }
    for (std::size_t s = 1; s < steps.size(); ++s) {
        std::vector<Branch> next;
        for (const Branch& branch : branches) {
            const auto row =
                std::find_if(steps[s]->rows.begin(), steps[s]->rows.end(),
                             [&](const auto& r) { return r.from_number == branch.number; });
            if (row == steps[s]->rows.end()) continue;  // the catalog check forbids this
            add_unique(relations, row->relation);
            add_unique(reasons, row->reason);
            for (const int number : row->to_numbers) {
                auto target = std::find_if(next.begin(), next.end(),
                                           [&](const Branch& b) { return b.number == number; });
                if (target == next.end()) target = next.insert(next.end(), Branch{number, {}});
                for (const auto& [source_key, keys] : branch.keys) {
                    auto& into = keys_of(*target, source_key);
                    for (const auto& key : next_keys(routes_of(*steps[s], *row), keys))
                        add_unique(into, key);
                }
            }
        }
        branches = std::move(next);
    }

    catalog::MappingRow row;
    row.from_number = first.from_number;
    row.from_id = first.from_id;
    row.reason = joined(reasons);
    for (const auto& route : routes_of(*steps.front(), first))
        row.columns.push_back({route.from_key, {}});
    for (const Branch& branch : branches) {
        row.to_numbers.push_back(branch.number);
        const catalog::Item* item = to.item_by_number(branch.number);
        row.to_ids.push_back(item ? item->id : std::string());
        for (const auto& [source_key, keys] : branch.keys)
            for (auto& column : row.columns)
                if (column.from_key == source_key)
                    for (const auto& key : keys) add_unique(column.to_keys, key);
    }
    row.relation = combined(relations, row.to_numbers.empty());
    if (row.relation == Relation::Removed) row.to_numbers.clear();
    // A secondary link follows its item through the later steps (dropped where it is removed).
    for (const catalog::SecondaryLink& link : first.secondary) {
        std::vector<int> numbers{link.to_number};
        std::vector<std::string> link_reasons{link.reason};
        for (std::size_t s = 1; s < steps.size(); ++s) {
            std::vector<int> next;
            for (const int number : numbers)
                for (const auto& step_row : steps[s]->rows)
                    if (step_row.from_number == number) {
                        add_unique(link_reasons, step_row.reason);
                        for (const int n : step_row.to_numbers) add_unique(next, n);
                    }
            numbers = std::move(next);
        }
        for (const int number : numbers) {
            if (std::find(row.to_numbers.begin(), row.to_numbers.end(), number) !=
                row.to_numbers.end())
                continue;  // the later steps brought the part back to a target of the row
            const catalog::Item* item = to.item_by_number(number);
            row.secondary.push_back({link.kind, number, item ? item->id : std::string(), link.part,
                                     joined(link_reasons)});
        }
    }
    return row;
}

}  // namespace

catalog::Mapping compose_mappings(const std::vector<const catalog::Mapping*>& steps,
                                  const catalog::Checklist& to) {
    if (steps.size() == 1) return *steps.front();
    catalog::Mapping out;
    std::vector<std::string> ids;
    std::vector<std::string> versions;
    for (const catalog::Mapping* step : steps) {
        ids.push_back(step->id);
        versions.push_back(step->version);
    }
    out.id = joined(ids);
    out.version = joined(versions);
    out.from = steps.front()->from;
    out.to = steps.back()->to;
    for (const auto& route : steps.front()->default_columns) {
        std::vector<std::string> keys = route.to_keys;
        for (std::size_t s = 1; s < steps.size(); ++s)
            keys = next_keys(steps[s]->default_columns, keys);
        out.default_columns.push_back({route.from_key, keys});
    }
    std::vector<int> reached;
    for (const auto& first : steps.front()->rows) {
        if (!first.from_number) continue;
        out.rows.push_back(composed_row(steps, first, to));
        for (const int n : out.rows.back().to_numbers) add_unique(reached, n);
    }
    for (const auto& item : to.items)
        if (std::find(reached.begin(), reached.end(), item.number) == reached.end()) {
            catalog::MappingRow added;
            added.relation = Relation::New;
            added.to_numbers = {item.number};
            added.to_ids = {item.id};
            out.rows.push_back(std::move(added));
        }
    return out;
}

Chain resolve_chain(const catalog::Catalog& catalog, const std::string& from,
                    const std::string& to) {
    Chain chain;
    chain.from = catalog.checklist(from);
    chain.to = catalog.checklist(to);
    if (!chain.to)
        throw PlanError(
            "移行先のチェックリスト「" + to +
                "」がカタログにありません。`apichecklist catalog list` で ID を確認してください",
            "the target checklist '" + to +
                "' is not in the catalog; see `apichecklist catalog list` for the ids");
    if (!chain.from)
        throw PlanError("シートのチェックリスト「" + from + "」がカタログにありません",
                        "the sheet's checklist '" + from + "' is not in the catalog");
    const std::string from_name = chain.from->label + "（" + from + "）";
    const std::string to_name = chain.to->label + "（" + to + "）";
    if (from == to)
        throw PlanError("すでに " + to_name + " のシートです。移行の必要はありません",
                        "the sheet is already " + to + "; nothing to migrate");
    auto path = catalog::mapping_path(catalog, from, to);
    if (!path) {
        if (catalog::mapping_path(catalog, to, from))
            throw PlanError(
                to_name + " は " + from_name +
                    " より古い版です。古い版への移行（ダウングレード）はできません",
                to + " is older than " + from + "; migrating to an older version is not supported");
        throw PlanError(
            from_name + " から " + to_name +
                " へ移行する対応表（マッピング）の連鎖がカタログにありません。"
                "対応表を含むカタログをインストールしてください（apichecklist catalog install）",
            "no chain of catalog mappings leads from " + from + " to " + to +
                "; install a catalog package with the mapping (apichecklist catalog install)");
    }
    chain.steps = std::move(*path);
    chain.mapping = compose_mappings(chain.steps, *chain.to);
    return chain;
}

}  // namespace apichecklist::migrate
