#include "integrity.hpp"

#include <set>

#include "apichecklist/catalog/loader.hpp"

namespace apichecklist::catalog {

namespace {

std::string at(std::initializer_list<std::string> tokens) {
    std::string pointer;
    for (const std::string& t : tokens) pointer += "/" + t;
    return pointer;
}

std::string idx(std::size_t i) { return std::to_string(i); }

[[noreturn]] void broken(const std::string& file, const std::string& pointer,
                         const std::string& what) {
    throw CatalogError(file, pointer, what);
}

bool note_exists(const Item& item, const std::string& label) {
    for (const Note& note : item.notes)
        if (note.label == label) return true;
    return false;
}

void check_item(const Catalog& catalog, const Checklist& list, const Item& item, std::size_t i,
                const std::string& file) {
    const std::string base = at({"items", idx(i)});
    if (!list.category_by_id(item.category))
        broken(file, base + "/category", "unknown category id \"" + item.category + "\"");
    if (!list.target_by_id(item.target))
        broken(file, base + "/target", "unknown target id \"" + item.target + "\"");
    for (std::size_t t = 0; t < item.glossary_terms.size(); ++t)
        if (!list.term_by_id(item.glossary_terms[t]))
            broken(file, base + at({"glossary_terms", idx(t)}),
                   "unknown glossary term id \"" + item.glossary_terms[t] + "\"");
    for (std::size_t r = 0; r < item.related_rules.size(); ++r) {
        const std::string& doc = item.related_rules[r].document;
        if (!doc.empty() && !catalog.references.empty() && !catalog.reference(doc))
            broken(file, base + at({"related_rules", idx(r), "document"}),
                   "unknown reference document id \"" + doc + "\"");
    }
    for (std::size_t g = 0; g < item.method_groups.size(); ++g) {
        const auto& methods = item.method_groups[g].methods;
        for (std::size_t m = 0; m < methods.size(); ++m)
            for (std::size_t n = 0; n < methods[m].note_refs.size(); ++n)
                if (!note_exists(item, methods[m].note_refs[n]))
                    broken(file,
                           base + at({"method_groups", idx(g), "methods", idx(m), "note_refs",
                                      idx(n)}),
                           "the item has no note \"" + methods[m].note_refs[n] + "\"");
    }
}

void check_checklist(const Catalog& catalog, const Checklist& list, const std::string& file) {
    std::set<int> numbers;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        const Item& item = list.items[i];
        if (!numbers.insert(item.number).second)
            broken(file, at({"items", idx(i), "number"}),
                   "duplicate 通番 " + std::to_string(item.number));
        if (!ids.insert(item.id).second)
            broken(file, at({"items", idx(i), "id"}), "duplicate item id \"" + item.id + "\"");
        check_item(catalog, list, item, i, file);
    }
    for (std::size_t c = 0; c < list.categories.size(); ++c)
        for (std::size_t n = 0; n < list.categories[c].numbers.size(); ++n)
            if (!list.item_by_number(list.categories[c].numbers[n]))
                broken(file, at({"categories", idx(c), "numbers", idx(n)}),
                       "no item has 通番 " + std::to_string(list.categories[c].numbers[n]));
    for (std::size_t c = 0; c < list.chapters.size(); ++c)
        if (!list.category_by_id(list.chapters[c].category))
            broken(file, at({"chapters", idx(c), "category"}),
                   "unknown category id \"" + list.chapters[c].category + "\"");
    for (std::size_t g = 0; g < list.glossary.size(); ++g)
        for (std::size_t n = 0; n < list.glossary[g].items.size(); ++n)
            if (!list.item_by_number(list.glossary[g].items[n]))
                broken(file, at({"glossary", idx(g), "items", idx(n)}),
                       "no item has 通番 " + std::to_string(list.glossary[g].items[n]));
}

void check_errata(const Catalog& catalog, const Errata& errata, const std::string& file) {
    const Checklist* list = catalog.checklist(errata.checklist);
    if (!list) broken(file, "/checklist", "unknown checklist id \"" + errata.checklist + "\"");
    for (std::size_t e = 0; e < errata.entries.size(); ++e)
        for (std::size_t n = 0; n < errata.entries[e].item_numbers.size(); ++n)
            if (!list->item_by_number(errata.entries[e].item_numbers[n]))
                broken(file, at({"entries", idx(e), "item_numbers", idx(n)}),
                       "no item has 通番 " + std::to_string(errata.entries[e].item_numbers[n]));
}

void check_side(const Checklist& list, const std::string& id, int number, const std::string& file,
                const std::string& pointer) {
    const Item* item = list.item_by_number(number);
    if (!item)
        broken(file, pointer,
               "\"" + list.id + "\" has no item with 通番 " + std::to_string(number));
    if (!id.empty() && item->id != id)
        broken(file, pointer,
               "id \"" + id + "\" does not match 通番 " + std::to_string(number) + " (expected \"" +
                   item->id + "\")");
}

void check_mapping(const Catalog& catalog, const Mapping& mapping, const std::string& file) {
    const Checklist* from = catalog.checklist(mapping.from);
    const Checklist* to = catalog.checklist(mapping.to);
    if (!from) broken(file, "/from", "unknown checklist id \"" + mapping.from + "\"");
    if (!to) broken(file, "/to", "unknown checklist id \"" + mapping.to + "\"");
    for (std::size_t r = 0; r < mapping.rows.size(); ++r) {
        const MappingRow& row = mapping.rows[r];
        if (row.from_number)
            check_side(*from, row.from_id, *row.from_number, file,
                       at({"rows", idx(r), "from_number"}));
        if (!row.to_ids.empty() && row.to_ids.size() != row.to_numbers.size())
            broken(file, at({"rows", idx(r), "to_ids"}), "to_ids and to_numbers differ in length");
        for (std::size_t t = 0; t < row.to_numbers.size(); ++t)
            check_side(*to, row.to_ids.empty() ? "" : row.to_ids[t], row.to_numbers[t], file,
                       at({"rows", idx(r), "to_numbers", idx(t)}));
        for (std::size_t s = 0; s < row.secondary.size(); ++s)
            check_side(*to, row.secondary[s].to_id, row.secondary[s].to_number, file,
                       at({"rows", idx(r), "secondary", idx(s), "to_number"}));
        if (row.alternative)
            for (std::size_t t = 0; t < row.alternative->to_numbers.size(); ++t)
                check_side(*to,
                           row.alternative->to_ids.size() > t ? row.alternative->to_ids[t] : "",
                           row.alternative->to_numbers[t], file,
                           at({"rows", idx(r), "alternative", "to_numbers", idx(t)}));
    }
}

}  // namespace

void check_integrity(const Catalog& catalog, const SourceFiles& files) {
    for (const Checklist& list : catalog.checklists)
        check_checklist(catalog, list, files.checklists.at(list.id));
    for (const Errata& errata : catalog.errata)
        check_errata(catalog, errata, files.errata.at(errata.checklist));
    for (const Mapping& mapping : catalog.mappings)
        check_mapping(catalog, mapping, files.mappings.at(mapping.id));
}

namespace {

// The file an entry's "file" names, of the right kind, holding `id`; that id.
const std::string& listed_file(const std::map<std::string, std::string>& files,
                               const JsonCursor& entry, const char* kind,
                               std::set<std::string>& used) {
    const std::string path = entry.str("file");
    const auto it = files.find(path);
    if (it == files.end())
        entry.at("file").fail("\"" + path + "\" is not a " + kind + " file listed in \"files\"");
    if (it->second != entry.str("id"))
        entry.at("id").fail("the file " + path + " holds " + kind + " \"" + it->second +
                            "\", not \"" + entry.str("id") + "\"");
    if (!used.insert(path).second) entry.at("file").fail("another entry names the same file");
    return it->second;
}

void check_all_listed(const std::map<std::string, std::string>& files,
                      const std::set<std::string>& used, const JsonCursor& manifest,
                      const char* key, const char* kind) {
    for (const auto& [path, id] : files)
        if (!used.count(path))
            manifest.at(key).fail(std::string(kind) + " file " + path + " (\"" + id +
                                  "\") has no entry here");
}

}  // namespace

void check_manifest_lists(const Catalog& package, const PackageFiles& files,
                          const JsonCursor& manifest) {
    std::set<std::string> used;
    for (const JsonCursor& entry : manifest.array("checklists")) {
        const Checklist& list =
            *package.checklist(listed_file(files.checklists, entry, "checklist", used));
        if (list.version != entry.str("version"))
            entry.at("version").fail("does not match the checklist file's version \"" +
                                     list.version + "\"");
        if (list.official != entry.boolean("official"))
            entry.at("official")
                .fail(std::string("does not match the checklist file (official: ") +
                      (list.official ? "true" : "false") + ")");
    }
    check_all_listed(files.checklists, used, manifest, "checklists", "checklist");
    used.clear();
    for (const JsonCursor& entry : manifest.array("mappings")) {
        const std::string& id = listed_file(files.mappings, entry, "mapping", used);
        const Mapping* mapping = nullptr;
        for (const Mapping& m : package.mappings)
            if (m.id == id) mapping = &m;
        if (mapping->from != entry.str("from"))
            entry.at("from").fail("the mapping file maps from \"" + mapping->from + "\"");
        if (mapping->to != entry.str("to"))
            entry.at("to").fail("the mapping file maps to \"" + mapping->to + "\"");
    }
    check_all_listed(files.mappings, used, manifest, "mappings", "mapping");
}

}  // namespace apichecklist::catalog
