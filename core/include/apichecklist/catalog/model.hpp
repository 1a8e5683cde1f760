#pragma once
// The catalog as plain data: what catalog/*.json holds, typed.
// Field meanings are documented in docs/catalog-format.md.

#include <optional>
#include <string>
#include <vector>

namespace apichecklist::catalog {

struct Target {
    std::string id;     // api, card, bank, common
    std::string label;  // as printed, e.g. 「API 接続先」
    std::string role;  // who answers its items: api, card (カード会社, 銀行) or both (共通)
};

enum class ColumnRole { Official, Answer };

struct Column {
    int position = 0;
    std::string key;  // number, category, goal, target, methods, current_status, ...
    std::string label;
    ColumnRole role = ColumnRole::Official;
    std::string description;
};

struct Chapter {
    int chapter = 0;
    std::string category;  // category id
    std::string name;
    std::string purpose;
    std::string printed_numbers;
};

struct Category {
    std::string id;
    std::string name;
    std::vector<int> numbers;
};

struct Method {
    std::string label;
    int number = 0;
    std::string text;
    std::vector<std::string> note_refs;
};

struct MethodGroup {
    std::string heading;
    std::vector<Method> methods;
};

struct NoteEntry {
    std::string label;
    std::string text;
    std::vector<NoteEntry> entries;
};

struct Note {
    std::string label;          // normalised, e.g. 注1
    std::string printed_label;  // as printed, e.g. （注 1）
    std::string text;
    std::vector<NoteEntry> entries;
};

struct RelatedRule {
    std::string text;
    std::string document;  // reference document id, may be empty
    std::string printed_document;
    std::string section;
    std::string title;
    std::string letter;
    std::vector<std::string> codes;
};

struct Item {
    std::string id;
    int number = 0;
    std::string category;  // category id
    std::string target;    // target id
    std::string goal;
    std::string explanation;
    std::string methods_intro;
    std::vector<MethodGroup> method_groups;
    std::vector<Note> notes;
    std::vector<RelatedRule> related_rules;
    std::vector<std::string> glossary_terms;
    bool reconstructed = false;
    std::string reconstruction_reason;
};

struct GlossaryTerm {
    std::string id;
    std::string term;
    std::vector<int> pages;
    std::string pages_label;
    std::string description;
    // Other wordings the document prints for the term (二要素認証 for 多要素認証): a search
    // for any of them finds what the others find.
    std::vector<std::string> synonyms;
    std::vector<int> items;
};

struct DocumentInfo {
    std::string title;
    std::string version_label;
    std::string date;
    std::string date_label;
    std::string publisher;
};

struct Checklist {
    std::string id;
    std::string title;
    std::string version;
    std::string label;  // the version's short name in the UI, memos and file names: Ver. 1.0
    bool official = true;
    DocumentInfo document;
    std::vector<Target> targets;
    std::vector<Column> columns;
    std::vector<Chapter> chapters;
    int declared_item_count = 0;
    std::vector<Category> categories;
    std::vector<Item> items;
    std::vector<GlossaryTerm> glossary;

    const Item* item_by_number(int number) const;
    const Item* item_by_id(const std::string& item_id) const;
    const Category* category_by_id(const std::string& category_id) const;
    const Target* target_by_id(const std::string& target_id) const;
    // The role that answers items of the target: "api", "card" or "both" (also for an
    // unknown or empty target: nobody is excused from it).
    const std::string& role_of_target(const std::string& target_id) const;
    const GlossaryTerm* term_by_id(const std::string& term_id) const;
    const Column* column_by_key(const std::string& key) const;
    // The keys of the columns a party fills in (role answer), in column order.
    std::vector<std::string> answer_keys() const;
};

struct ErratumReading {
    std::string where;
    int first_line = 0;
    int last_line = 0;
    std::string text;
    std::vector<int> items;  // the 通番 whose lines it cites, when not the erratum's
};

struct Erratum {
    std::string id;
    std::string topic;
    std::vector<int> item_numbers;
    std::string field;  // empty when the erratum concerns no single field
    std::string summary;
    std::vector<ErratumReading> readings;
    // topic "typo": the likely intended wording(s) of readings[0], which the catalog keeps
    // as printed (〔原文ママ〕). Our reading, never official text; empty for other topics.
    std::vector<std::string> intended;
    int catalog_uses = 0;
    bool accept_in_sheets = false;

    bool is_printed_mistake() const {
        return topic == "typo" || topic == "duplicate" || topic == "order";
    }
};

struct Errata {
    std::string checklist;
    std::vector<Erratum> entries;
};

enum class Relation { Same, Reworded, MergedInto, SplitInto, MovedInto, Removed, New };

struct ColumnRoute {
    std::string from_key;
    std::vector<std::string> to_keys;
};

// A link of a mapping row besides its targets: "part" (a part of the old item, the 手法例
// group `part`, went to another item; answers still go to the row's targets) or "nearest"
// (the item nearest to a removed one, for review; nothing is routed there).
struct SecondaryLink {
    std::string kind;
    int to_number = 0;
    std::string to_id;
    std::string part;  // the 手法例 group heading; empty for "nearest"
    std::string reason;
};

// The other reading of a row that the texts do not decide: recorded, never followed.
struct AlternativeReading {
    Relation relation = Relation::Same;
    std::vector<int> to_numbers;
    std::vector<std::string> to_ids;
    std::string reason;
};

struct MappingRow {
    std::optional<int> from_number;
    std::string from_id;
    Relation relation = Relation::Same;
    std::vector<int> to_numbers;
    std::vector<std::string> to_ids;
    std::string reason;
    std::vector<ColumnRoute> columns;
    std::vector<SecondaryLink> secondary;
    std::optional<AlternativeReading> alternative;
};

struct Mapping {
    std::string id;
    std::string from;
    std::string to;
    std::string version;
    std::vector<ColumnRoute> default_columns;
    std::vector<MappingRow> rows;
};

struct ReferenceDocument {
    std::string id;
    std::string title;
    std::string publisher;
    std::string date;
    std::string url;
    std::vector<std::string> cited_by;
};

const char* relation_name(Relation relation);
std::optional<Relation> relation_from_name(const std::string& name);

}  // namespace apichecklist::catalog
