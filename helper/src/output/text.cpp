#include "text.hpp"

#include <string>

#include "../context.hpp"
#include "apichecklist/catalog/labels.hpp"
#include "terminal.hpp"

namespace apichecklist::cli {

namespace {

void print_heading(std::ostream& out, const char* ja, const char* en) {
    out << "\n■ " << tr(ja, en) << "\n";
}

void print_entries(std::ostream& out, const std::vector<catalog::NoteEntry>& entries, int depth) {
    for (const catalog::NoteEntry& e : entries) {
        out << std::string(2 * depth, ' ') << (e.label.empty() ? "・" : e.label + " ") << e.text
            << "\n";
        print_entries(out, e.entries, depth + 1);
    }
}

std::string category_name(const catalog::Checklist& checklist, const catalog::Item& item) {
    const catalog::Category* c = checklist.category_by_id(item.category);
    return c ? c->name : item.category;
}

std::string target_label(const catalog::Checklist& checklist, const catalog::Item& item) {
    const catalog::Target* t = checklist.target_by_id(item.target);
    return t ? t->label : item.target;
}

void print_methods(std::ostream& out, const catalog::Item& item) {
    if (item.method_groups.empty()) return;
    print_heading(out, "手法例（例示です。目標を達成する他の適切な手法を選ぶこともできます）",
                  "Method examples (illustrations; other suitable measures may be chosen)");
    if (!item.methods_intro.empty()) out << "  " << item.methods_intro << "\n";
    for (const catalog::MethodGroup& group : item.method_groups) {
        if (!group.heading.empty()) out << "  <" << group.heading << ">\n";
        for (const catalog::Method& m : group.methods)
            out << "    " << m.label << " " << m.text << "\n";
    }
}

void print_notes(std::ostream& out, const catalog::Item& item) {
    if (item.notes.empty()) return;
    print_heading(out, "注記", "Notes");
    for (const catalog::Note& note : item.notes) {
        out << "  " << (note.printed_label.empty() ? note.label : note.printed_label) << "\n";
        if (!note.text.empty()) out << "    " << note.text << "\n";
        print_entries(out, note.entries, 2);
    }
}

void print_predecessors(std::ostream& out, const catalog::Catalog& catalog,
                        const catalog::Item& item) {
    const auto links = catalog.predecessors(item);
    if (links.empty()) return;
    print_heading(out, "前の版との対応", "Earlier versions");
    for (const catalog::Catalog::Link& link : links) {
        out << "  " << link.mapping->from << " " << tr("通番 ", "No. ")
            << (link.row->from_number ? std::to_string(*link.row->from_number) : "-") << " → "
            << tr(catalog::relation_label(link.row->relation));
        if (!link.row->reason.empty()) out << ": " << link.row->reason;
        out << "\n";
    }
}

}  // namespace

void print_item_line(std::ostream& out, const catalog::Checklist& checklist,
                     const catalog::Item& item) {
    out << tr("通番 ", "No. ") << item.number << "  [" << category_name(checklist, item) << " / "
        << target_label(checklist, item) << "]  " << item.goal << "\n";
}

void print_item(std::ostream& out, const catalog::Catalog& catalog,
                const catalog::Checklist& checklist, const catalog::Item& item) {
    out << tr("通番 ", "No. ") << item.number << "  " << item.goal << "\n";
    out << tr("区分: ", "Category: ") << category_name(checklist, item) << "    "
        << tr("対象者: ", "Party: ") << target_label(checklist, item) << "\n";
    out << tr("チェックリスト: ", "Checklist: ") << checklist.id << " (" << checklist.title
        << ")\n";
    if (!item.explanation.empty()) {
        print_heading(out, "セキュリティ対応目標の説明", "Explanation");
        out << "  " << item.explanation << "\n";
    }
    print_methods(out, item);
    print_notes(out, item);
    if (!item.related_rules.empty()) {
        print_heading(out, "関連規定", "Related rules");
        for (const catalog::RelatedRule& rule : item.related_rules)
            out << "  " << (rule.printed_document.empty() ? "" : rule.printed_document + " ")
                << catalog::rule_label(rule) << "\n";
    }
    if (!item.glossary_terms.empty()) {
        print_heading(out, "用語", "Glossary terms");
        for (const std::string& id : item.glossary_terms)
            if (const catalog::GlossaryTerm* term = checklist.term_by_id(id))
                out << "  " << term->term << ": " << term->description << "\n";
    }
    print_predecessors(out, catalog, item);
    if (item.reconstructed) {
        print_heading(out, "抽出メモ", "Extraction note");
        out << "  " << item.reconstruction_reason << "\n";
    }
}

void print_term(std::ostream& out, const catalog::GlossaryTerm& term) {
    out << term.term << "\n  " << term.description << "\n  " << tr("記載頁: ", "Pages: ")
        << term.pages_label;
    if (!term.items.empty()) {
        out << "    " << tr("使われている通番: ", "Used in items: ");
        for (std::size_t i = 0; i < term.items.size(); ++i) out << (i ? ", " : "") << term.items[i];
    }
    out << "\n";
}

void print_related(std::ostream& out, const catalog::Checklist& checklist,
                   const catalog::Item& item, const catalog::Related& related) {
    print_item_line(out, checklist, item);
    if (!related.items.empty()) {
        print_heading(out, "関連する確認項目", "Related items");
        for (const catalog::RelatedItem& r : related.items) {
            out << "  ";
            print_item_line(out, checklist, *r.item);
            out << "      ← ";
            for (std::size_t i = 0; i < r.reasons.size(); ++i)
                out << (i ? "、" : "") << r.reasons[i];
            out << "\n";
        }
    }
    if (!related.rules.empty()) {
        print_heading(out, "関連規定", "Related rules");
        for (const catalog::RuleRef& ref : related.rules) {
            out << "  "
                << (ref.rule.printed_document.empty() ? "" : ref.rule.printed_document + " ")
                << catalog::rule_label(ref.rule);
            if (!ref.via.empty()) out << "  (" << tr("前の版の ", "via ") << ref.via << ")";
            out << "\n";
        }
    }
    if (!related.terms.empty()) {
        print_heading(out, "用語", "Glossary terms");
        for (const catalog::GlossaryTerm* term : related.terms) out << "  " << term->term << "\n";
    }
    auto print_links = [&](const std::vector<catalog::VersionLink>& links) {
        for (const catalog::VersionLink& l : links) {
            out << "  " << (l.checklist ? l.checklist->id : "") << " ";
            if (l.item) out << tr("通番 ", "No. ") << l.item->number << " " << l.item->goal << " ";
            if (l.secondary && l.secondary->kind == "part")
                out << "(" << tr("一部: ＜", "part: ＜") << l.secondary->part << "＞)\n";
            else if (l.secondary)
                out << "(" << tr("削除された項目に最も近い項目", "nearest to a removed item")
                    << ")\n";
            else
                out << "(" << tr(catalog::relation_label(l.row->relation)) << ")\n";
        }
    };
    if (!related.predecessors.empty()) {
        print_heading(out, "前の版", "Earlier versions");
        print_links(related.predecessors);
    }
    if (!related.secondary_predecessors.empty()) {
        print_heading(out, "前の版（一部・最も近い項目）", "Earlier versions (part, nearest)");
        print_links(related.secondary_predecessors);
    }
    if (!related.successors.empty()) {
        print_heading(out, "後の版", "Later versions");
        print_links(related.successors);
    }
}

void print_hit(std::ostream& out, const search::SearchHit& hit, bool color) {
    if (hit.kind == search::HitKind::Item)
        out << hit.checklist << " " << tr("通番 ", "No. ") << hit.number << "  " << hit.title
            << "\n";
    else
        out << hit.checklist << " " << tr("用語 ", "term ") << hit.title << "\n";
    const search::Snippet& s = hit.snippet;
    std::ostream& marks = color ? unescaped(out) : out;
    out << "    " << s.text.substr(0, s.match_begin);
    marks << (color ? "\033[1;33m" : "【");
    out << s.text.substr(s.match_begin, s.match_length);
    marks << (color ? "\033[0m" : "】");
    out << s.text.substr(s.match_begin + s.match_length) << "\n";
}

}  // namespace apichecklist::cli
