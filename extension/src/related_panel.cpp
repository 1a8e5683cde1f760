#include "related_panel.hpp"

#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>

#include "apichecklist/catalog/labels.hpp"
#include "apichecklist/catalog/related.hpp"
#include "apichecklist/text/excerpt.hpp"
#include "calc_document.hpp"
#include "catalog_access.hpp"
#include "command_call.hpp"
#include "control_listener.hpp"
#include "guide_text.hpp"
#include "item_locator.hpp"
#include "messages.hpp"
#include "panel_layout.hpp"
#include "uno_strings.hpp"

namespace apichecklist::extension {

using namespace css;

namespace {

constexpr sal_Int32 kButtonWidth = 64;

const rtl::OUString kSearch = "search";
const rtl::OUString kSearchButton = "search_button";
const rtl::OUString kHeading = "heading";
const rtl::OUString kItems = "items";
const rtl::OUString kDetails = "details";

std::string item_line(const catalog::Item& item, const std::string& extra) {
    std::string line =
        std::string(tr(Msg::Number)) + " " + std::to_string(item.number) + "  " + item.goal;
    if (!extra.empty()) line += "（" + extra + "）";
    return line;
}

// What the glossary says of a term, shown when the user chooses it among the search hits.
std::string term_text(const catalog::Checklist& checklist, const catalog::GlossaryTerm& term) {
    std::string out =
        "【" + std::string(tr(Msg::Terms)) + "】" + term.term + "\n" + term.description + "\n";
    std::string also;
    for (const std::string& synonym : term.synonyms) also += (also.empty() ? "" : "、") + synonym;
    if (!also.empty()) out += std::string(tr(Msg::TermAlsoWritten)) + also + "\n";
    if (!term.pages_label.empty()) out += std::string(tr(Msg::TermPages)) + term.pages_label + "\n";
    for (int number : term.items)
        if (const catalog::Item* item = checklist.item_by_number(number))
            out += "・" + item_line(*item, "") + "\n";
    return out;
}

std::string rules_text(const catalog::Catalog& catalog, const catalog::Checklist& checklist,
                       const catalog::Related& related) {
    std::string out;
    out += "【" + std::string(tr(Msg::RelatedRules)) + "】\n";
    for (const catalog::RuleRef& ref : related.rules) {
        out += "・" + catalog::rule_label(ref.rule);
        if (!ref.via.empty()) {
            // The earlier version's item the rule came with.
            for (const catalog::Checklist& older : catalog.checklists)
                if (const catalog::Item* from = older.item_by_id(ref.via)) {
                    out += "（" + std::string(tr(Msg::RelatedRulesVia)) + " " + tr(Msg::Number) +
                           " " + std::to_string(from->number) + "）";
                    break;
                }
        }
        out += "\n";
    }
    for (const catalog::ReferenceDocument& document : catalog.references) {
        if (std::find(document.cited_by.begin(), document.cited_by.end(), checklist.id) ==
            document.cited_by.end())
            continue;
        out += "・" + document.publisher + "「" + document.title + "」";
        if (!document.date.empty()) out += " " + document.date;
        if (!document.url.empty()) out += "\n  " + document.url;
        out += "\n";
    }
    if (!related.terms.empty()) {
        out += "\n【" + std::string(tr(Msg::Terms)) + "】\n";
        for (const catalog::GlossaryTerm* term : related.terms)
            out += "・" + term->term + ": " + term->description + "\n";
    }
    return out;
}

}  // namespace

void RelatedPanel::build(PanelWindow& window) {
    window.add(kSearch, ControlKind::Input);
    auto button = uno::Reference<awt::XButton>(window.add(kSearchButton, ControlKind::Button),
                                               uno::UNO_QUERY_THROW);
    window.set_text(kSearchButton, tr(Msg::Search));
    button->addActionListener(new ControlListener(deferred([this] { run_search(); })));
    window.add(kHeading, ControlKind::BoldLabel);
    items_ =
        std::make_unique<WrappedList>(window, kItems, deferred([this] { jump_to_selected(); }));
    items_->box()->addActionListener(new ControlListener(deferred([this] { jump_to_selected(); })));
    window.add(kDetails, ControlKind::ReadOnlyText);
    if (auto model = uno::Reference<beans::XPropertySet>(window.control(kSearch)->getModel(),
                                                         uno::UNO_QUERY);
        model.is())
        guarded("placeholder", [&] {
            model->setPropertyValue("HelpText", uno::Any(to_ou(tr(Msg::SearchPlaceholder))));
        });
}

void RelatedPanel::refresh() {
    const catalog::Catalog* catalog = shared_catalog(context());
    if (!catalog) return;
    const DocumentView* view = document();
    const std::optional<CursorPosition> cursor = cursor_of(controller());
    std::optional<RowItem> found;
    if (view && cursor) found = item_at_row(*catalog, view->layout, cursor->sheet, cursor->row);
    checklist_id_ = found ? found->checklist->id : catalog::kDefaultChecklist;
    if (!found || !found->item) {
        shown_item_id_.clear();
        if (searching_) return;
        // Outside the rows the 項目ガイド already says why; without a checklist, what is left.
        panel_window()->set_text(kHeading, view && view->layout ? "" : tr(Msg::RelatedSearchOnly));
        panel_window()->set_text(kDetails, "");
        list_numbers_.clear();
        list_terms_.clear();
        items_->show({});
        show_lists(false);
        return;
    }
    show_lists(true);
    if (found->item->id == shown_item_id_) return;
    shown_item_id_ = found->item->id;
    const catalog::Related related =
        catalog::find_related(*catalog, *found->checklist, *found->item);
    panel_window()->set_text(kHeading, item_line(*found->item, ""));
    panel_window()->set_text(kDetails, rules_text(*catalog, *found->checklist, related));
    if (searching_) return;
    std::vector<std::string> lines;
    list_numbers_.clear();
    list_terms_.clear();
    for (const catalog::RelatedItem& entry : related.items) {
        std::string reasons;
        for (const std::string& reason : entry.reasons)
            reasons += (reasons.empty() ? "" : "、") + reason;
        lines.push_back(item_line(*entry.item, reasons));
        list_numbers_.push_back(entry.item->number);
    }
    items_->show(lines);
}

void RelatedPanel::run_search() {
    const catalog::Catalog* catalog = shared_catalog(context());
    if (!catalog) return;
    auto text =
        uno::Reference<awt::XTextComponent>(panel_window()->control(kSearch), uno::UNO_QUERY_THROW);
    const std::string query = to_utf8(text->getText().trim());
    searching_ = !query.empty();
    if (!searching_) {
        shown_item_id_.clear();
        refresh();
        return;
    }
    if (!index_)
        index_ = std::make_unique<search::SearchIndex>(
            search::SearchIndex::build(*catalog, checklist_id_));
    std::vector<std::string> lines;
    list_numbers_.clear();
    list_terms_.clear();
    const catalog::Checklist* checklist = catalog->checklist(checklist_id_);
    for (const search::SearchHit& hit : index_->search(query, 30)) {
        if (hit.kind == search::HitKind::Item) {
            const catalog::Item* item = checklist ? checklist->item_by_number(hit.number) : nullptr;
            if (!item) continue;
            lines.push_back(item_line(*item, hit.snippet.text));
            list_numbers_.push_back(hit.number);
            list_terms_.emplace_back();
        } else {
            // A match on the term itself quotes the start of its description instead.
            const catalog::GlossaryTerm* term =
                checklist ? checklist->term_by_id(hit.term_id) : nullptr;
            const std::string quoted = term && hit.snippet.text == hit.title
                                           ? text::excerpt(term->description)
                                           : hit.snippet.text;
            lines.push_back("【" + std::string(tr(Msg::Terms)) + "】" + hit.title + "：" + quoted);
            list_numbers_.push_back(0);
            list_terms_.push_back(hit.term_id);
        }
    }
    if (lines.empty()) lines.push_back(tr(Msg::SearchNoHit));
    items_->show(lines);
    show_lists(true);
}

void RelatedPanel::show_lists(bool shown) {
    if (shown == lists_shown_) return;
    lists_shown_ = shown;
    panel_window()->set_visible(kItems, shown);
    panel_window()->set_visible(kDetails, shown);
    relayout();
    request_sidebar_layout();
}

void RelatedPanel::jump_to_selected() {
    const std::optional<size_t> entry = items_->selected();
    if (!entry || *entry >= list_numbers_.size()) return;
    const int number = list_numbers_[*entry];
    const catalog::Catalog* catalog = shared_catalog(context());
    if (catalog && *entry < list_terms_.size() && !list_terms_[*entry].empty()) {
        const catalog::Checklist* checklist = catalog->checklist(checklist_id_);
        if (const catalog::GlossaryTerm* term =
                checklist ? checklist->term_by_id(list_terms_[*entry]) : nullptr) {
            panel_window()->set_text(kHeading, term->term);
            panel_window()->set_text(kDetails, term_text(*checklist, *term));
        }
        return;
    }
    const DocumentView* view = document();
    const std::optional<CursorPosition> cursor = cursor_of(controller());
    if (!catalog || number <= 0) return;
    if (view && view->layout && cursor)
        if (std::optional<int> row = row_of_item(*view->layout, number)) {
            select_cell(controller(), CursorPosition{view->layout->sheet, *row, cursor->column});
            return;
        }
    // No row to go to: the item's guidance here, as the 項目ガイド would show it.
    const catalog::Checklist* checklist = catalog->checklist(checklist_id_);
    if (const catalog::Item* item = checklist ? checklist->item_by_number(number) : nullptr) {
        const GuideView guide = guide_view(*catalog, *checklist, *item);
        panel_window()->set_text(kHeading, item_line(*item, ""));
        panel_window()->set_text(kDetails, guide.goal + "\n\n" + guide.body);
    }
}

void RelatedPanel::layout(sal_Int32 width, sal_Int32 height) {
    PanelWindow* window = panel_window();
    const sal_Int32 inner = std::max<sal_Int32>(width - 2 * kPanelMargin, 100);
    sal_Int32 y = kPanelMargin;
    window->place(kSearch, kPanelMargin, y, inner - kButtonWidth - 4, kControlRowHeight);
    window->place(kSearchButton, kPanelMargin + inner - kButtonWidth, y, kButtonWidth,
                  kControlRowHeight);
    y += kControlRowHeight + 6;
    const sal_Int32 heading_height = window->wrapped_height(kHeading, inner);
    window->place(kHeading, kPanelMargin, y, inner, heading_height);
    y += heading_height + 4;
    const sal_Int32 rest = std::max<sal_Int32>(height - y - kPanelMargin, 160);
    window->place(kItems, kPanelMargin, y, inner, rest / 2 - 3);
    items_->fit(inner);
    window->place(kDetails, kPanelMargin, y + rest / 2 + 3, inner, rest - rest / 2 - 3);
}

ui::LayoutSize RelatedPanel::height_for_width(sal_Int32) {
    if (!lists_shown_) return ui::LayoutSize(80, 80, 80);  // the search and one sentence
    return ui::LayoutSize(260, 4000, 420);
}

}  // namespace apichecklist::extension
