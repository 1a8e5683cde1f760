#include "parse.hpp"

namespace apichecklist::catalog {

namespace {

std::vector<ColumnRoute> parse_routes(const JsonCursor& cursor) {
    std::vector<ColumnRoute> routes;
    if (!cursor.value().is_object()) cursor.fail("expected an object of column routes");
    for (const auto& [key, value] : cursor.value().items()) {
        ColumnRoute route{key, {}};
        for (const JsonCursor& to : cursor.at(key.c_str()).elements())
            route.to_keys.push_back(to.as_str());
        routes.push_back(std::move(route));
    }
    return routes;
}

MappingRow parse_row(const JsonCursor& cursor) {
    MappingRow row;
    row.from_number = cursor.optional_integer("from_number");
    row.from_id = cursor.optional_str("from_id");
    const std::string relation = cursor.str("relation");
    auto parsed = relation_from_name(relation);
    if (!parsed) cursor.at("relation").fail("unknown relation \"" + relation + "\"");
    row.relation = *parsed;
    row.to_numbers = cursor.integers("to_numbers");
    row.to_ids = cursor.strings("to_ids");
    row.reason = cursor.optional_str("reason");
    if (cursor.has("columns")) row.columns = parse_routes(cursor.at("columns"));
    if (cursor.has("secondary"))
        for (const JsonCursor& link : cursor.array("secondary")) {
            SecondaryLink secondary{link.str("kind"), link.integer("to_number"),
                                    link.optional_str("to_id"), link.optional_str("part"),
                                    link.str("reason")};
            if (secondary.kind != "part" && secondary.kind != "nearest")
                link.at("kind").fail("unknown secondary link kind \"" + secondary.kind + "\"");
            if (secondary.kind == "part" && secondary.part.empty())
                link.at("part").fail("a \"part\" link names the part that moved");
            if (secondary.kind == "nearest" && relation != "removed")
                link.at("kind").fail("a \"nearest\" link belongs to a \"removed\" row");
            row.secondary.push_back(std::move(secondary));
        }
    if (cursor.has("alternative")) {
        const JsonCursor alt = cursor.at("alternative");
        const std::string name = alt.str("relation");
        auto other = relation_from_name(name);
        if (!other) alt.at("relation").fail("unknown relation \"" + name + "\"");
        row.alternative = AlternativeReading{*other, alt.integers("to_numbers"),
                                             alt.strings("to_ids"), alt.str("reason")};
    }
    if (row.relation != Relation::New && !row.from_number)
        cursor.fail("only a \"new\" row may lack from_number");
    if (row.relation == Relation::Removed && !row.to_numbers.empty())
        cursor.at("to_numbers").fail("a \"removed\" row has no target");
    if (row.relation != Relation::Removed && row.to_numbers.empty())
        cursor.at("to_numbers").fail("this relation needs at least one target");
    return row;
}

}  // namespace

Errata parse_errata(const JsonCursor& root) {
    require_kind(root, "errata");
    Errata errata{root.str("checklist"), {}};
    for (const JsonCursor& e : root.array("entries")) {
        Erratum erratum;
        erratum.id = e.str("id");
        erratum.topic = e.str("topic");
        erratum.item_numbers = e.integers("item_numbers");
        erratum.field = e.optional_str("field");
        erratum.summary = e.str("summary");
        for (const JsonCursor& r : e.array("readings")) {
            const std::vector<int> lines = r.integers("lines");
            if (lines.size() != 2) r.at("lines").fail("expected [first, last]");
            erratum.readings.push_back({r.str("where"), lines[0], lines[1], r.str("text"),
                                        r.has("items") ? r.integers("items") : std::vector<int>{}});
        }
        if (e.has("intended")) erratum.intended = e.strings("intended");
        if (erratum.topic == "typo" && (erratum.intended.empty() || erratum.readings.size() != 1))
            e.fail("a typo erratum has one reading (as printed) and its intended wording");
        erratum.catalog_uses = e.integer("catalog_uses");
        if (erratum.catalog_uses < 0 || erratum.catalog_uses >= int(erratum.readings.size()))
            e.at("catalog_uses").fail("not an index into readings");
        erratum.accept_in_sheets = e.boolean("accept_in_sheets");
        errata.entries.push_back(std::move(erratum));
    }
    return errata;
}

Mapping parse_mapping(const JsonCursor& root) {
    require_kind(root, "mapping");
    Mapping mapping;
    mapping.id = root.str("id");
    mapping.from = root.str("from");
    mapping.to = root.str("to");
    mapping.version = root.str("version");
    if (root.has("default_columns"))
        mapping.default_columns = parse_routes(root.at("default_columns"));
    for (const JsonCursor& row : root.array("rows")) mapping.rows.push_back(parse_row(row));
    return mapping;
}

std::vector<ReferenceDocument> parse_references(const JsonCursor& root) {
    require_kind(root, "references");
    std::vector<ReferenceDocument> documents;
    for (const JsonCursor& d : root.array("documents"))
        documents.push_back({d.str("id"), d.str("title"), d.optional_str("publisher"),
                             d.optional_str("date"), d.optional_str("url"), d.strings("cited_by")});
    return documents;
}

}  // namespace apichecklist::catalog
