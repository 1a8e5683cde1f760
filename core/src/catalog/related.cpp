#include "apichecklist/catalog/related.hpp"

#include <algorithm>
#include <set>

namespace apichecklist::catalog {

namespace {

std::vector<RuleRef> rules_with_predecessors(const Catalog& catalog, const Item& item,
                                             std::vector<VersionLink>& predecessors) {
    std::vector<RuleRef> rules;
    for (const RelatedRule& rule : item.related_rules) rules.push_back({rule, ""});
    for (const Catalog::Link& link : catalog.predecessors(item)) {
        const Checklist* from = catalog.checklist(link.mapping->from);
        const Item* old_item =
            from && link.row->from_number ? from->item_by_number(*link.row->from_number) : nullptr;
        predecessors.push_back({from, old_item, link.row});
        if (!old_item) continue;
        for (const RelatedRule& rule : old_item->related_rules)
            rules.push_back({rule, old_item->id});
    }
    return rules;
}

std::vector<VersionLink> successors_of(const Catalog& catalog, const Item& item) {
    std::vector<VersionLink> links;
    for (const Catalog::Link& link : catalog.successors(item)) {
        const Checklist* to = catalog.checklist(link.mapping->to);
        if (!to) continue;
        if (link.row->to_numbers.empty()) links.push_back({to, nullptr, link.row});
        for (int number : link.row->to_numbers)
            links.push_back({to, to->item_by_number(number), link.row});
        for (const SecondaryLink& secondary : link.row->secondary)
            links.push_back({to, to->item_by_number(secondary.to_number), link.row, &secondary});
    }
    return links;
}

std::vector<VersionLink> secondary_predecessors_of(const Catalog& catalog, const Item& item) {
    std::vector<VersionLink> links;
    for (const Catalog::Link& link : catalog.secondary_predecessors(item)) {
        const Checklist* from = catalog.checklist(link.mapping->from);
        const Item* old_item =
            from && link.row->from_number ? from->item_by_number(*link.row->from_number) : nullptr;
        links.push_back({from, old_item, link.row, link.secondary});
    }
    return links;
}

// A term used by a third of the items or more (API 接続先, 利用者) relates everything to
// everything, so it says nothing about this item in particular.
bool too_common(const Checklist& checklist, const GlossaryTerm& term) {
    return term.items.size() * 3 >= checklist.items.size();
}

}  // namespace

std::vector<PrintedMistake> printed_mistakes(const Catalog& catalog, const Checklist& checklist,
                                             const Item& item) {
    std::vector<PrintedMistake> mistakes;
    const Errata* errata = catalog.errata_of(checklist.id);
    if (!errata) return mistakes;
    for (const Erratum& erratum : errata->entries) {
        if (erratum.topic != "typo" || erratum.readings.empty()) continue;
        const std::string& printed = erratum.readings.front().text;
        bool shown = std::find(erratum.item_numbers.begin(), erratum.item_numbers.end(),
                               item.number) != erratum.item_numbers.end();
        if (!shown && erratum.field == "glossary")
            for (const std::string& term_id : item.glossary_terms)
                if (const GlossaryTerm* term = checklist.term_by_id(term_id))
                    shown = shown || term->description.find(printed) != std::string::npos;
        if (shown) mistakes.push_back({&erratum, printed, erratum.intended});
    }
    return mistakes;
}

std::string mark_printed_mistakes(std::string text, const std::vector<PrintedMistake>& mistakes,
                                  const std::string& marker) {
    for (const PrintedMistake& mistake : mistakes) {
        if (mistake.printed.empty()) continue;
        const std::size_t at = text.find(mistake.printed);
        if (at != std::string::npos) text.insert(at + mistake.printed.size(), marker);
    }
    return text;
}

std::vector<std::string> rule_keys(const RelatedRule& rule) {
    std::vector<std::string> keys;
    if (!rule.codes.empty()) {
        for (const std::string& code : rule.codes) keys.push_back(rule.document + "#" + code);
    } else if (!rule.section.empty()) {
        keys.push_back(rule.document + "#" + rule.section + rule.letter);
    } else {
        keys.push_back(rule.document + "#" + rule.text);
    }
    return keys;
}

Related find_related(const Catalog& catalog, const Checklist& checklist, const Item& item) {
    Related related;
    for (const std::string& term_id : item.glossary_terms)
        if (const GlossaryTerm* term = checklist.term_by_id(term_id)) related.terms.push_back(term);
    related.rules = rules_with_predecessors(catalog, item, related.predecessors);
    related.successors = successors_of(catalog, item);
    related.secondary_predecessors = secondary_predecessors_of(catalog, item);

    std::set<std::string> own_keys;
    for (const RuleRef& ref : related.rules)
        for (const std::string& key : rule_keys(ref.rule)) own_keys.insert(key);

    std::vector<VersionLink> scratch;
    for (const Item& other : checklist.items) {
        if (other.id == item.id) continue;
        RelatedItem entry{&other, {}};
        if (other.category == item.category) entry.reasons.push_back("同じ区分");
        for (const std::string& term_id : other.glossary_terms)
            if (std::find(item.glossary_terms.begin(), item.glossary_terms.end(), term_id) !=
                item.glossary_terms.end())
                if (const GlossaryTerm* term = checklist.term_by_id(term_id);
                    term && !too_common(checklist, *term))
                    entry.reasons.push_back("用語「" + term->term + "」");
        std::set<std::string> shared;
        scratch.clear();
        for (const RuleRef& ref : rules_with_predecessors(catalog, other, scratch))
            for (const std::string& key : rule_keys(ref.rule))
                if (own_keys.count(key) && shared.insert(key).second)
                    entry.reasons.push_back("関連規定「" + key.substr(key.find('#') + 1) + "」");
        if (!entry.reasons.empty()) related.items.push_back(std::move(entry));
    }
    // Most reasons first; the 区分 alone is the weakest tie.
    std::stable_sort(related.items.begin(), related.items.end(),
                     [](const RelatedItem& a, const RelatedItem& b) {
                         return a.reasons.size() > b.reasons.size();
                     });
    return related;
}

}  // namespace apichecklist::catalog
