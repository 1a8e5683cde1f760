#include "apichecklist/catalog/official_text.hpp"

#include "apichecklist/util/sha256.hpp"

namespace apichecklist::catalog {

namespace {

// Length-prefixed, so that no two different field lists serialize alike.
class Fields {
  public:
    Fields& operator<<(const std::string& text) {
        out_ += std::to_string(text.size()) + ":" + text + ";";
        return *this;
    }
    Fields& operator<<(int number) { return *this << std::to_string(number); }
    const std::string& text() const { return out_; }

  private:
    std::string out_;
};

void add_entries(Fields& f, const std::vector<NoteEntry>& entries) {
    f << int(entries.size());
    for (const NoteEntry& e : entries) {
        f << e.label << e.text;
        add_entries(f, e.entries);
    }
}

void add_item(Fields& f, const Item& item) {
    f << item.number << item.category << item.target << item.goal << item.explanation
      << item.methods_intro << int(item.method_groups.size());
    for (const MethodGroup& group : item.method_groups) {
        f << group.heading << int(group.methods.size());
        for (const Method& m : group.methods) f << m.label << m.text;
    }
    f << int(item.notes.size());
    for (const Note& note : item.notes) {
        f << note.printed_label << note.text;
        add_entries(f, note.entries);
    }
    f << int(item.related_rules.size());
    for (const RelatedRule& rule : item.related_rules) f << rule.printed_document << rule.text;
}

}  // namespace

std::string official_text_digest(const Checklist& c) {
    Fields f;
    f << c.title << c.document.title << c.document.version_label << c.document.date_label
      << c.document.publisher << int(c.targets.size());
    for (const Target& t : c.targets) f << t.id << t.label;
    f << int(c.columns.size());
    for (const Column& column : c.columns) f << column.label;
    f << int(c.chapters.size());
    for (const Chapter& chapter : c.chapters)
        f << chapter.chapter << chapter.name << chapter.purpose << chapter.printed_numbers;
    f << int(c.categories.size());
    for (const Category& category : c.categories) f << category.id << category.name;
    f << int(c.items.size());
    for (const Item& item : c.items) add_item(f, item);
    f << int(c.glossary.size());
    for (const GlossaryTerm& term : c.glossary) f << term.term << term.description;
    return util::sha256_hex(f.text());
}

}  // namespace apichecklist::catalog
