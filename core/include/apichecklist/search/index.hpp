#pragma once
// Full-text search over a catalog: character bigrams of folded text (see normalize.hpp),
// BM25 ranking, one hit per item or glossary term with a snippet of the best field. A query
// word that is a glossary term or one of its synonyms (catalog GlossaryTerm::synonyms)
// also finds the term's other wordings: 多要素認証 finds 二因子による認証.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "apichecklist/catalog/catalog.hpp"
#include "apichecklist/search/normalize.hpp"

namespace apichecklist::search {

enum class HitKind { Item, Term };

struct Snippet {
    std::string text;             // UTF-8, with … where the field was cut
    std::size_t match_begin = 0;  // byte range of the match inside text
    std::size_t match_length = 0;
};

struct SearchHit {
    HitKind kind = HitKind::Item;
    std::string checklist;
    int number = 0;       // item 通番 (kind Item)
    std::string term_id;  // glossary term id (kind Term)
    std::string title;    // goal of the item or the term itself
    std::string field;    // goal, explanation, method, note, rule, term, description
    double score = 0;
    Snippet snippet;
};

class SearchIndex {
  public:
    // Indexes every checklist of the catalog, or only `checklist_id` when it is not empty.
    static SearchIndex build(const catalog::Catalog& catalog, const std::string& checklist_id = "");

    std::vector<SearchHit> search(std::string_view query, std::size_t limit = 10) const;
    std::size_t field_count() const { return fields_.size(); }

  private:
    struct Field {
        std::size_t unit;  // index into units_
        std::string name;  // goal, explanation, ...
        double weight;
        std::string text;  // original text
        FoldedText folded;
    };
    struct Unit {
        HitKind kind;
        std::string checklist;
        int number;
        std::string term_id;
        std::string title;
    };
    struct Posting {
        std::size_t field;
        unsigned count;
    };

    void add_unit(Unit unit);
    void add_wordings(const catalog::GlossaryTerm& term);
    // `word` first, then the other wordings of the glossary term it names, all folded.
    std::vector<std::u32string> wordings_of(const std::u32string& word) const;
    void add_field(std::string name, double weight, const std::string& text);
    void finish();

    std::vector<Unit> units_;
    std::vector<Field> fields_;
    std::unordered_map<std::uint64_t, std::vector<Posting>> postings_;
    double average_length_ = 1;
    std::unordered_map<std::u32string, std::vector<std::u32string>> other_wordings_;
};

}  // namespace apichecklist::search
