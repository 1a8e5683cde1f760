#include "routes.hpp"

#include <algorithm>

#include "apichecklist/migrate/chain.hpp"

namespace apichecklist::fill::detail {

namespace {

bool contains(const std::vector<std::string>& keys, const std::string& key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// Answer columns only: the official texts of the target stay the card company's.
ColumnMap answer_routes(const std::vector<catalog::ColumnRoute>& routes,
                        const catalog::Checklist& from, const catalog::Checklist& to,
                        bool backward) {
    const std::vector<std::string> from_keys = from.answer_keys();
    const std::vector<std::string> to_keys = to.answer_keys();
    ColumnMap out;
    for (const catalog::ColumnRoute& route : routes)
        for (const std::string& key : route.to_keys) {
            const std::string& source_key = backward ? key : route.from_key;
            const std::string& target_key = backward ? route.from_key : key;
            if (contains(from_keys, source_key) && contains(to_keys, target_key))
                out[source_key].push_back(target_key);
        }
    return out;
}

ColumnMap identity(const catalog::Checklist& checklist) {
    ColumnMap out;
    for (const std::string& key : checklist.answer_keys()) out[key] = {key};
    return out;
}

const std::vector<catalog::ColumnRoute>& routes_of(const catalog::Mapping& mapping,
                                                   const catalog::MappingRow& row) {
    return row.columns.empty() ? mapping.default_columns : row.columns;
}

}  // namespace

Routes resolve_routes(const catalog::Catalog& catalog, const std::string& from,
                      const std::string& to) {
    Routes routes;
    routes.from = catalog.checklist(from);
    routes.to = catalog.checklist(to);
    if (routes.from && routes.to && from == to) {
        for (const catalog::Item& item : routes.to->items)
            routes.sources_of[item.number].push_back({item.number, identity(*routes.to), "same"});
        routes.own_columns = identity(*routes.to);
        return routes;
    }
    bool backward = false;
    migrate::Chain chain;
    try {
        chain = migrate::resolve_chain(catalog, from, to);
    } catch (const migrate::PlanError& forward) {
        // A newer master filling an older copy: the chain from the copy's version to the
        // master's, read the other way round. Neither: the forward error says why.
        try {
            chain = migrate::resolve_chain(catalog, to, from);
            backward = true;
        } catch (const migrate::PlanError&) {
            throw forward;
        }
    }
    routes.backward = backward;
    for (const catalog::Mapping* step : chain.steps) routes.mapping_ids.push_back(step->id);
    const catalog::Mapping& mapping = chain.mapping;
    routes.own_columns = answer_routes(mapping.default_columns, *routes.from, *routes.to, backward);
    for (const catalog::MappingRow& row : mapping.rows) {
        if (!row.from_number) continue;
        const std::string relation = catalog::relation_name(row.relation);
        const ColumnMap columns =
            answer_routes(routes_of(mapping, row), *routes.from, *routes.to, backward);
        if (row.relation == catalog::Relation::Removed) {
            if (!backward) routes.removed[*row.from_number] = row.reason;
            continue;
        }
        for (const int number : row.to_numbers) {
            if (backward)
                routes.sources_of[*row.from_number].push_back({number, columns, relation});
            else
                routes.sources_of[number].push_back({*row.from_number, columns, relation});
        }
    }
    if (backward) {
        // Items the newer version added have no place in the older copy.
        for (const catalog::Item& item : routes.from->items) {
            bool routed = false;
            for (const auto& [target, list] : routes.sources_of)
                for (const ItemSource& source : list)
                    routed = routed || source.source_number == item.number;
            if (!routed) routes.removed[item.number] = {};
        }
    }
    return routes;
}

}  // namespace apichecklist::fill::detail
