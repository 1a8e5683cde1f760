#include "apichecklist/search/index.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "snippet.hpp"

namespace apichecklist::search {

namespace {

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;
constexpr double kPhraseBonus = 2.0;
constexpr double kRequiredCoverage = 0.6;
// A match of another wording of the query's term counts a little less than the word itself.
constexpr double kSynonymWeight = 0.8;

std::uint64_t gram_key(char32_t first, char32_t second) {
    return (std::uint64_t(first) << 32) | std::uint64_t(second);
}

// Unigrams (second = 0) serve one-character queries; bigrams serve the rest.
std::vector<std::uint64_t> grams_of(const std::u32string& chars) {
    std::vector<std::uint64_t> grams;
    if (chars.size() == 1) grams.push_back(gram_key(chars[0], 0));
    for (std::size_t i = 0; i + 1 < chars.size(); ++i)
        grams.push_back(gram_key(chars[i], chars[i + 1]));
    return grams;
}

std::vector<std::u32string> query_terms(std::string_view query) {
    std::vector<std::u32string> terms;
    std::string current;
    auto flush = [&] {
        std::u32string folded = fold_chars(current);
        if (!folded.empty()) terms.push_back(std::move(folded));
        current.clear();
    };
    for (std::size_t i = 0; i < query.size(); ++i) {
        if (query[i] == ' ' || query[i] == '\t') {
            flush();
        } else if (query.substr(i, 3) == "\xE3\x80\x80") {  // U+3000 ideographic space
            flush();
            i += 2;
        } else {
            current += query[i];
        }
    }
    flush();
    return terms;
}

void add_note_entries(const std::vector<catalog::NoteEntry>& entries,
                      std::vector<std::string>& out) {
    for (const catalog::NoteEntry& e : entries) {
        if (!e.text.empty()) out.push_back(e.text);
        add_note_entries(e.entries, out);
    }
}

}  // namespace

void SearchIndex::add_unit(Unit unit) { units_.push_back(std::move(unit)); }

void SearchIndex::add_wordings(const catalog::GlossaryTerm& term) {
    if (term.synonyms.empty()) return;
    std::vector<std::u32string> all{fold_chars(term.term)};
    for (const std::string& synonym : term.synonyms) all.push_back(fold_chars(synonym));
    for (const std::u32string& word : all) {
        std::vector<std::u32string>& others = other_wordings_[word];
        for (const std::u32string& other : all)
            if (other != word && std::find(others.begin(), others.end(), other) == others.end())
                others.push_back(other);
    }
}

std::vector<std::u32string> SearchIndex::wordings_of(const std::u32string& word) const {
    std::vector<std::u32string> wordings{word};
    if (const auto others = other_wordings_.find(word); others != other_wordings_.end())
        wordings.insert(wordings.end(), others->second.begin(), others->second.end());
    return wordings;
}

void SearchIndex::add_field(std::string name, double weight, const std::string& text) {
    if (text.empty()) return;
    fields_.push_back({units_.size() - 1, std::move(name), weight, text, fold(text)});
}

void SearchIndex::finish() {
    double total = 0;
    for (std::size_t f = 0; f < fields_.size(); ++f) {
        const std::u32string& chars = fields_[f].folded.chars;
        total += double(chars.size());
        std::map<std::uint64_t, unsigned> counts;
        for (std::size_t i = 0; i < chars.size(); ++i) {
            ++counts[gram_key(chars[i], 0)];
            if (i + 1 < chars.size()) ++counts[gram_key(chars[i], chars[i + 1])];
        }
        for (const auto& [gram, count] : counts) postings_[gram].push_back({f, count});
    }
    average_length_ = fields_.empty() ? 1 : std::max(1.0, total / double(fields_.size()));
}

SearchIndex SearchIndex::build(const catalog::Catalog& catalog, const std::string& checklist_id) {
    SearchIndex index;
    for (const catalog::Checklist& list : catalog.checklists) {
        if (!checklist_id.empty() && list.id != checklist_id) continue;
        for (const catalog::Item& item : list.items) {
            index.add_unit({HitKind::Item, list.id, item.number, "", item.goal});
            index.add_field("goal", 3.0, item.goal);
            index.add_field("explanation", 2.0, item.explanation);
            for (const catalog::MethodGroup& group : item.method_groups) {
                index.add_field("method", 1.5, group.heading);
                for (const catalog::Method& m : group.methods)
                    index.add_field("method", 1.0, m.text);
            }
            std::vector<std::string> note_texts;
            for (const catalog::Note& note : item.notes) {
                if (!note.text.empty()) note_texts.push_back(note.text);
                add_note_entries(note.entries, note_texts);
            }
            for (const std::string& text : note_texts) index.add_field("note", 0.8, text);
            for (const catalog::RelatedRule& rule : item.related_rules)
                index.add_field("rule", 0.8, rule.text);
        }
        for (const catalog::GlossaryTerm& term : list.glossary) {
            index.add_unit({HitKind::Term, list.id, 0, term.id, term.term});
            index.add_field("term", 3.0, term.term);
            for (const std::string& synonym : term.synonyms) index.add_field("term", 2.0, synonym);
            index.add_field("description", 1.0, term.description);
            index.add_wordings(term);
        }
    }
    index.finish();
    return index;
}

std::vector<SearchHit> SearchIndex::search(std::string_view query, std::size_t limit) const {
    const std::vector<std::u32string> terms = query_terms(query);
    if (terms.empty() || fields_.empty()) return {};

    std::map<std::size_t, double> unit_scores;
    std::map<std::size_t, std::pair<std::size_t, double>> best_field;  // unit -> (field, score)
    // One entry per wording of each query term: its grams found in each unit, and how many
    // it has. A unit has the term when it has enough of any one wording's grams.
    struct Wording {
        std::size_t term;
        std::u32string chars;
        std::size_t distinct_grams = 0;
        std::map<std::size_t, std::set<std::uint64_t>> matched;
    };
    std::vector<Wording> wordings;
    for (std::size_t t = 0; t < terms.size(); ++t)
        for (std::u32string& chars : wordings_of(terms[t]))
            wordings.push_back({t, std::move(chars), 0, {}});
    const double field_count = double(fields_.size());

    for (Wording& wording : wordings) {
        const std::vector<std::uint64_t> all_grams = grams_of(wording.chars);
        const std::set<std::uint64_t> grams(all_grams.begin(), all_grams.end());
        wording.distinct_grams = grams.size();
        const double weight = wording.chars == terms[wording.term] ? 1.0 : kSynonymWeight;
        std::map<std::size_t, double> field_scores;
        for (std::uint64_t gram : grams) {
            auto it = postings_.find(gram);
            if (it == postings_.end()) continue;
            const double df = double(it->second.size());
            const double idf = std::log(1.0 + (field_count - df + 0.5) / (df + 0.5));
            for (const Posting& p : it->second) {
                const double length = double(fields_[p.field].folded.chars.size());
                const double tf = double(p.count);
                field_scores[p.field] +=
                    idf * tf * (kK1 + 1) / (tf + kK1 * (1 - kB + kB * length / average_length_));
                wording.matched[fields_[p.field].unit].insert(gram);
            }
        }
        for (auto& [field, score] : field_scores) {
            const Field& f = fields_[field];
            const bool phrase = f.folded.chars.find(wording.chars) != std::u32string::npos;
            const double weighted = score * f.weight * weight * (phrase ? kPhraseBonus : 1.0);
            unit_scores[f.unit] += weighted;
            auto& best = best_field[f.unit];
            if (weighted > best.second) best = {field, weighted};
        }
    }

    std::vector<std::u32string> highlighted;
    for (const Wording& wording : wordings) highlighted.push_back(wording.chars);
    std::vector<SearchHit> hits;
    for (const auto& [unit, score] : unit_scores) {
        std::vector<bool> has_term(terms.size(), false);
        for (const Wording& wording : wordings) {
            auto it = wording.matched.find(unit);
            const std::size_t got = it == wording.matched.end() ? 0 : it->second.size();
            if (double(got) >= kRequiredCoverage * double(wording.distinct_grams))
                has_term[wording.term] = true;
        }
        if (std::find(has_term.begin(), has_term.end(), false) != has_term.end()) continue;
        const Unit& u = units_[unit];
        const Field& field = fields_[best_field[unit].first];
        hits.push_back({u.kind, u.checklist, u.number, u.term_id, u.title, field.name, score,
                        make_snippet(field.text, field.folded, highlighted)});
    }
    std::sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
        if (a.score != b.score) return a.score > b.score;
        if (a.checklist != b.checklist) return a.checklist < b.checklist;
        return a.number < b.number;
    });
    if (hits.size() > limit) hits.resize(limit);
    return hits;
}

}  // namespace apichecklist::search
