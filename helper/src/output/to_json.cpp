#include "to_json.hpp"

namespace apichecklist::cli {

using nlohmann::json;

namespace {

json note_entries_json(const std::vector<catalog::NoteEntry>& entries) {
    json out = json::array();
    for (const catalog::NoteEntry& e : entries)
        out.push_back(
            {{"label", e.label}, {"text", e.text}, {"entries", note_entries_json(e.entries)}});
    return out;
}

json rule_json(const catalog::RelatedRule& rule) {
    json out = {{"text", rule.text}, {"document", rule.document}};
    if (!rule.printed_document.empty()) out["printed_document"] = rule.printed_document;
    if (!rule.section.empty()) out["section"] = rule.section;
    if (!rule.title.empty()) out["title"] = rule.title;
    if (!rule.letter.empty()) out["letter"] = rule.letter;
    if (!rule.codes.empty()) out["codes"] = rule.codes;
    return out;
}

json routes_json(const std::vector<catalog::ColumnRoute>& routes) {
    json out = json::object();
    for (const catalog::ColumnRoute& r : routes) out[r.from_key] = r.to_keys;
    return out;
}

json secondary_link_json(const catalog::SecondaryLink& link) {
    return {{"kind", link.kind},
            {"to_number", link.to_number},
            {"to_id", link.to_id},
            {"part", link.part.empty() ? json(nullptr) : json(link.part)},
            {"reason", link.reason}};
}

json secondary_json(const std::vector<catalog::SecondaryLink>& links) {
    json out = json::array();
    for (const catalog::SecondaryLink& link : links) out.push_back(secondary_link_json(link));
    return out;
}

json alternative_json(const std::optional<catalog::AlternativeReading>& alternative) {
    if (!alternative) return nullptr;
    return {{"relation", catalog::relation_name(alternative->relation)},
            {"to_numbers", alternative->to_numbers},
            {"to_ids", alternative->to_ids},
            {"reason", alternative->reason}};
}

json link_json(const catalog::VersionLink& link) {
    json out = {{"checklist", link.checklist ? link.checklist->id : ""},
                {"relation", catalog::relation_name(link.row->relation)},
                {"reason", link.row->reason}};
    // A secondary link: part of the old item went there, or it is a removed item's nearest.
    if (link.secondary) out["secondary"] = secondary_link_json(*link.secondary);
    if (link.item) {
        out["number"] = link.item->number;
        out["id"] = link.item->id;
        out["goal"] = link.item->goal;
    }
    return out;
}

}  // namespace

json item_summary_json(const catalog::Checklist& checklist, const catalog::Item& item) {
    const catalog::Category* category = checklist.category_by_id(item.category);
    const catalog::Target* target = checklist.target_by_id(item.target);
    return {{"id", item.id},
            {"checklist", checklist.id},
            {"number", item.number},
            {"category", category ? category->name : ""},
            {"category_id", item.category},
            {"target", target ? target->label : ""},
            {"target_id", item.target},
            {"goal", item.goal}};
}

json item_json(const catalog::Catalog& catalog, const catalog::Checklist& checklist,
               const catalog::Item& item) {
    json out = item_summary_json(checklist, item);
    out["explanation"] = item.explanation;
    out["methods_intro"] = item.methods_intro;
    json groups = json::array();
    for (const catalog::MethodGroup& g : item.method_groups) {
        json methods = json::array();
        for (const catalog::Method& m : g.methods)
            methods.push_back({{"label", m.label},
                               {"number", m.number},
                               {"text", m.text},
                               {"note_refs", m.note_refs}});
        groups.push_back({{"heading", g.heading}, {"methods", methods}});
    }
    out["method_groups"] = groups;
    json notes = json::array();
    for (const catalog::Note& n : item.notes)
        notes.push_back({{"label", n.label},
                         {"printed_label", n.printed_label},
                         {"text", n.text},
                         {"entries", note_entries_json(n.entries)}});
    out["notes"] = notes;
    json rules = json::array();
    for (const catalog::RelatedRule& r : item.related_rules) rules.push_back(rule_json(r));
    out["related_rules"] = rules;
    json terms = json::array();
    for (const std::string& id : item.glossary_terms)
        if (const catalog::GlossaryTerm* t = checklist.term_by_id(id))
            terms.push_back({{"id", id}, {"term", t->term}});
    out["glossary_terms"] = terms;
    if (item.reconstructed) out["reconstruction_reason"] = item.reconstruction_reason;
    json previous = json::array();
    for (const catalog::Catalog::Link& link : catalog.predecessors(item))
        previous.push_back(mapping_row_json(*link.mapping, *link.row));
    out["predecessors"] = previous;
    return out;
}

json mapping_row_json(const catalog::Mapping& mapping, const catalog::MappingRow& row) {
    const auto& routes = row.columns.empty() && row.relation != catalog::Relation::New
                             ? mapping.default_columns
                             : row.columns;
    return {{"mapping", mapping.id},
            {"from", mapping.from},
            {"to", mapping.to},
            {"from_number", row.from_number ? json(*row.from_number) : json(nullptr)},
            {"from_id", row.from_id.empty() ? json(nullptr) : json(row.from_id)},
            {"relation", catalog::relation_name(row.relation)},
            {"to_numbers", row.to_numbers},
            {"to_ids", row.to_ids},
            {"reason", row.reason},
            {"columns", routes_json(routes)},
            {"secondary", secondary_json(row.secondary)},
            {"alternative", alternative_json(row.alternative)}};
}

json term_json(const catalog::Checklist& checklist, const catalog::GlossaryTerm& term) {
    return {{"id", term.id},       {"checklist", checklist.id},       {"term", term.term},
            {"pages", term.pages}, {"description", term.description}, {"items", term.items}};
}

json related_json(const catalog::Checklist& checklist, const catalog::Item& item,
                  const catalog::Related& related) {
    json items = json::array();
    for (const catalog::RelatedItem& r : related.items) {
        json entry = item_summary_json(checklist, *r.item);
        entry["reasons"] = r.reasons;
        items.push_back(entry);
    }
    json terms = json::array();
    for (const catalog::GlossaryTerm* t : related.terms) terms.push_back(term_json(checklist, *t));
    json rules = json::array();
    for (const catalog::RuleRef& r : related.rules) {
        json entry = rule_json(r.rule);
        if (!r.via.empty()) entry["via"] = r.via;
        rules.push_back(entry);
    }
    json predecessors = json::array();
    for (const catalog::VersionLink& l : related.predecessors) predecessors.push_back(link_json(l));
    json successors = json::array();
    for (const catalog::VersionLink& l : related.successors) successors.push_back(link_json(l));
    json secondary_predecessors = json::array();
    for (const catalog::VersionLink& l : related.secondary_predecessors)
        secondary_predecessors.push_back(link_json(l));
    return {{"item", item_summary_json(checklist, item)},
            {"items", items},
            {"terms", terms},
            {"rules", rules},
            {"predecessors", predecessors},
            {"successors", successors},
            {"secondary_predecessors", secondary_predecessors}};
}

json hit_json(const search::SearchHit& hit) {
    json out = {
        {"kind", hit.kind == search::HitKind::Item ? "item" : "term"},
        {"checklist", hit.checklist},
        {"title", hit.title},
        {"field", hit.field},
        {"score", hit.score},
        {"snippet", hit.snippet.text},
        {"match", {{"begin", hit.snippet.match_begin}, {"length", hit.snippet.match_length}}}};
    if (hit.kind == search::HitKind::Item)
        out["number"] = hit.number;
    else
        out["term_id"] = hit.term_id;
    return out;
}

}  // namespace apichecklist::cli
