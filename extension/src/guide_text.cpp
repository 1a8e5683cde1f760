#include "guide_text.hpp"

#include "apichecklist/catalog/labels.hpp"

#include "apichecklist/text/diff.hpp"

#include "apichecklist/catalog/related.hpp"
#include "messages.hpp"

namespace apichecklist::extension {

namespace {

void heading(std::string& out, Msg title) {
    if (!out.empty()) out += "\n";
    out += "【";
    out += tr(title);
    out += "】\n";
}

void note_entries(std::string& out, const std::vector<catalog::NoteEntry>& entries, int depth) {
    for (const catalog::NoteEntry& entry : entries) {
        out.append(static_cast<size_t>(depth) * 2, ' ');
        out += entry.label + " " + entry.text + "\n";
        note_entries(out, entry.entries, depth + 1);
    }
}

std::string item_title(const catalog::Checklist& checklist, const catalog::Item& item) {
    return checklist.label + " " + tr(Msg::Number) + " " + std::to_string(item.number) + "「" +
           item.goal + "」";
}

// A secondary link: part of an old item moved (＜group＞), or the nearest item of a removed one.
std::string secondary_label(const catalog::SecondaryLink& link, bool to_side) {
    const bool part = link.kind == "part";
    std::string out = tr(part ? (to_side ? Msg::HistoryPartTo : Msg::HistoryPartFrom)
                              : (to_side ? Msg::HistoryNearestTo : Msg::HistoryNearestFrom));
    if (part && !link.part.empty()) out += "（＜" + link.part + "＞）";
    if (!link.reason.empty()) out += " — " + link.reason;
    return out;
}

void history(std::string& out, const catalog::Item& item, const catalog::Related& related) {
    if (related.predecessors.empty() && related.successors.empty() &&
        related.secondary_predecessors.empty())
        return;
    heading(out, Msg::History);
    for (const catalog::VersionLink& link : related.predecessors) {
        out += "・";
        if (link.item) out += item_title(*link.checklist, *link.item) + ": ";
        out += catalog::relation_label(link.row->relation).in(english());
        if (!link.row->reason.empty()) out += " — " + link.row->reason;
        out += "\n";
    }
    for (const catalog::VersionLink& link : related.secondary_predecessors) {
        out += "・";
        if (link.item) out += item_title(*link.checklist, *link.item) + ": ";
        out += secondary_label(*link.secondary, false) + "\n";
    }
    for (const catalog::VersionLink& link : related.successors) {
        out += "・→ ";
        if (link.item) out += item_title(*link.checklist, *link.item) + ": ";
        if (link.secondary) {
            out += secondary_label(*link.secondary, true) + "\n";
            continue;
        }
        out += catalog::relation_label(link.row->relation).in(english());
        if (!link.row->reason.empty()) out += " — " + link.row->reason;
        out += "\n";
        if (link.item && link.item->goal != item.goal)
            out += "　　" +
                   text::render_marked(text::diff_chars(item.goal, link.item->goal), english()) +
                   "\n";
    }
}

}  // namespace

GuideView guide_view(const catalog::Catalog& catalog, const catalog::Checklist& checklist,
                     const catalog::Item& item) {
    GuideView view;
    view.number = std::to_string(item.number);
    if (const catalog::Category* category = checklist.category_by_id(item.category))
        view.category = category->name;
    if (const catalog::Target* target = checklist.target_by_id(item.target))
        view.target = target->label;
    view.goal = item.goal;

    std::string& out = view.body;
    if (!item.explanation.empty()) {
        heading(out, Msg::Explanation);
        out += item.explanation + "\n";
    }
    if (!item.method_groups.empty()) {
        heading(out, Msg::MethodExamples);
        if (!item.methods_intro.empty()) out += item.methods_intro + "\n";
        for (const catalog::MethodGroup& group : item.method_groups) {
            if (!group.heading.empty()) out += "＜" + group.heading + "＞\n";
            for (const catalog::Method& method : group.methods)
                out += "  " + method.label + " " + method.text + "\n";
        }
    }
    if (!item.notes.empty()) {
        heading(out, Msg::Notes);
        for (const catalog::Note& note : item.notes) {
            out += note.printed_label;
            if (!note.text.empty()) out += " " + note.text;
            out += "\n";
            note_entries(out, note.entries, 1);
        }
    }
    const catalog::Related related = catalog::find_related(catalog, checklist, item);
    if (!related.terms.empty()) {
        heading(out, Msg::Terms);
        for (const catalog::GlossaryTerm* term : related.terms)
            out += "・" + term->term + ": " + term->description + "\n";
    }
    // The document's own mistakes, kept as printed: marked where they stand, read below.
    const std::vector<catalog::PrintedMistake> mistakes =
        catalog::printed_mistakes(catalog, checklist, item);
    if (!mistakes.empty()) {
        view.goal = catalog::mark_printed_mistakes(view.goal, mistakes, tr(Msg::AsPrinted));
        out = catalog::mark_printed_mistakes(out, mistakes, tr(Msg::AsPrinted));
        heading(out, Msg::AsPrintedHeading);
        for (const catalog::PrintedMistake& mistake : mistakes) {
            std::string intended;
            for (const std::string& reading : mistake.intended)
                intended += (intended.empty() ? "「" : "」または「") + reading;
            out += "・「" + mistake.printed + "」" + tr(Msg::AsPrinted) + " → " + intended + "」" +
                   tr(Msg::AsPrintedLikely) + "\n";
        }
    }
    history(out, item, related);
    return view;
}

}  // namespace apichecklist::extension
