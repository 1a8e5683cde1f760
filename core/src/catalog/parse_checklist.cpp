#include "parse.hpp"

namespace apichecklist::catalog {

namespace {

ColumnRole parse_role(const JsonCursor& column) {
    const std::string role = column.str("role");
    if (role == "official") return ColumnRole::Official;
    if (role == "answer") return ColumnRole::Answer;
    column.at("role").fail("expected \"official\" or \"answer\", found \"" + role + "\"");
}

NoteEntry parse_note_entry(const JsonCursor& cursor) {
    NoteEntry entry{cursor.optional_str("label"), cursor.optional_str("text"), {}};
    for (const JsonCursor& child : cursor.optional_array("entries"))
        entry.entries.push_back(parse_note_entry(child));
    return entry;
}

RelatedRule parse_related_rule(const JsonCursor& cursor) {
    RelatedRule rule;
    rule.text = cursor.str("text");
    rule.document = cursor.optional_str("document");
    rule.printed_document = cursor.optional_str("printed_document");
    rule.section = cursor.optional_str("section");
    rule.title = cursor.optional_str("title");
    rule.letter = cursor.optional_str("letter");
    rule.codes = cursor.strings("codes");
    return rule;
}

Item parse_item(const JsonCursor& cursor) {
    Item item;
    item.id = cursor.str("id");
    item.number = cursor.integer("number");
    item.category = cursor.str("category");
    item.target = cursor.str("target");
    item.goal = cursor.str("goal");
    item.explanation = cursor.optional_str("explanation");
    item.methods_intro = cursor.optional_str("methods_intro");
    for (const JsonCursor& group_cursor : cursor.optional_array("method_groups")) {
        MethodGroup group{group_cursor.optional_str("heading"), {}};
        for (const JsonCursor& m : group_cursor.array("methods"))
            group.methods.push_back({m.optional_str("label"),
                                     m.optional_integer("number").value_or(0), m.str("text"),
                                     m.strings("note_refs")});
        item.method_groups.push_back(std::move(group));
    }
    for (const JsonCursor& note_cursor : cursor.optional_array("notes")) {
        Note note{note_cursor.str("label"),
                  note_cursor.optional_str("printed_label"),
                  note_cursor.optional_str("text"),
                  {}};
        for (const JsonCursor& entry : note_cursor.optional_array("entries"))
            note.entries.push_back(parse_note_entry(entry));
        item.notes.push_back(std::move(note));
    }
    for (const JsonCursor& rule : cursor.optional_array("related_rules"))
        item.related_rules.push_back(parse_related_rule(rule));
    item.glossary_terms = cursor.strings("glossary_terms");
    if (cursor.has("reconstruction")) {
        const JsonCursor reconstruction = cursor.at("reconstruction");
        item.reconstructed = reconstruction.boolean("reconstructed");
        item.reconstruction_reason = reconstruction.optional_str("reason");
        if (item.reconstructed && item.reconstruction_reason.empty())
            reconstruction.fail("a reconstructed item needs a reason");
    }
    return item;
}

GlossaryTerm parse_term(const JsonCursor& cursor) {
    return {cursor.str("id"),          cursor.str("term"),
            cursor.integers("pages"),  cursor.optional_str("pages_label"),
            cursor.str("description"), cursor.strings("synonyms"),
            cursor.integers("items")};
}

}  // namespace

void require_kind(const JsonCursor& root, const char* kind) {
    const std::string found = root.str("kind");
    if (found != kind)
        root.at("kind").fail(std::string("expected \"") + kind + "\", found \"" + found + "\"");
    const int version = root.integer("schema_version");
    if (version != 1)
        root.at("schema_version")
            .fail("unsupported schema version " + std::to_string(version) +
                  " (this apichecklist reads version 1; update apichecklist)");
}

Checklist parse_checklist(const JsonCursor& root) {
    require_kind(root, "checklist");
    Checklist checklist;
    checklist.id = root.str("id");
    checklist.title = root.str("title");
    checklist.version = root.str("version");
    checklist.label = root.str("label");
    checklist.official = root.boolean("official");
    const JsonCursor document = root.at("document");
    checklist.document = {document.str("title"), document.optional_str("version_label"),
                          document.str("date"), document.optional_str("date_label"),
                          document.str("publisher")};
    for (const JsonCursor& t : root.array("targets")) {
        const std::string role = t.str("role");
        if (role != "api" && role != "card" && role != "both")
            t.at("role").fail("expected \"api\", \"card\" or \"both\", found \"" + role + "\"");
        checklist.targets.push_back({t.str("id"), t.str("label"), role});
    }
    for (const JsonCursor& c : root.array("columns"))
        checklist.columns.push_back({c.integer("position"), c.str("key"), c.str("label"),
                                     parse_role(c), c.optional_str("description")});
    for (const JsonCursor& c : root.optional_array("chapters"))
        checklist.chapters.push_back({c.integer("chapter"), c.str("category"), c.str("name"),
                                      c.optional_str("purpose"),
                                      c.optional_str("printed_numbers")});
    checklist.declared_item_count = root.optional_integer("declared_item_count").value_or(0);
    for (const JsonCursor& c : root.array("categories"))
        checklist.categories.push_back({c.str("id"), c.str("name"), c.integers("numbers")});
    for (const JsonCursor& i : root.array("items")) checklist.items.push_back(parse_item(i));
    for (const JsonCursor& g : root.optional_array("glossary"))
        checklist.glossary.push_back(parse_term(g));
    return checklist;
}

}  // namespace apichecklist::catalog
