#include "guide_panel.hpp"

#include <algorithm>

#include "calc_document.hpp"
#include "catalog_access.hpp"
#include "guide_text.hpp"
#include "item_findings.hpp"
#include "item_locator.hpp"
#include "messages.hpp"
#include "panel_layout.hpp"
#include "review_text.hpp"

namespace apichecklist::extension {

using namespace css;

namespace {

constexpr sal_Int32 kLabelWidth = 64;
constexpr sal_Int32 kRowHeight = 20;

const rtl::OUString kStatus = "status";
const rtl::OUString kNumberLabel = "number_label";
const rtl::OUString kNumber = "number";
const rtl::OUString kTargetLabel = "target_label";
const rtl::OUString kTarget = "target";
const rtl::OUString kCategoryLabel = "category_label";
const rtl::OUString kCategory = "category";
const rtl::OUString kGoalLabel = "goal_label";
const rtl::OUString kGoal = "goal";
const rtl::OUString kFindings = "findings";
const rtl::OUString kBody = "body";
const rtl::OUString kPrevious = "previous";

const rtl::OUString kItemControls[] = {kNumberLabel, kNumber,        kTargetLabel,
                                       kTarget,      kCategoryLabel, kCategory,
                                       kGoalLabel,   kGoal,          kBody};

}  // namespace

std::vector<PanelBase::Measurement> GuidePanel::measurements() const {
    std::vector<Measurement> all = PanelBase::measurements();
    all.push_back({"timing.guide_text_us", text_times_.text()});
    all.push_back({"timing.guide_update_us", update_times_.text()});
    return all;
}

void GuidePanel::build(PanelWindow& window) {
    window.add(kStatus, ControlKind::WrappedLabel);
    window.add(kNumberLabel, ControlKind::BoldLabel);
    window.add(kNumber, ControlKind::Label);
    window.add(kTargetLabel, ControlKind::BoldLabel);
    window.add(kTarget, ControlKind::Label);
    window.add(kCategoryLabel, ControlKind::BoldLabel);
    window.add(kCategory, ControlKind::WrappedLabel);
    window.add(kGoalLabel, ControlKind::BoldLabel);
    window.add(kGoal, ControlKind::WrappedLabel);
    window.add(kFindings, ControlKind::WrappedLabel);
    window.add(kBody, ControlKind::ReadOnlyText);
    window.add(kPrevious, ControlKind::ReadOnlyText);
    window.set_text(kNumberLabel, tr(Msg::Number));
    window.set_text(kTargetLabel, tr(Msg::Target));
    window.set_text(kCategoryLabel, tr(Msg::Category));
    window.set_text(kGoalLabel, tr(Msg::Goal));
    show_state(State::Quiet);
}

void GuidePanel::show_state(State state) {
    const bool size_changes = state != state_;
    state_ = state;
    PanelWindow* window = panel_window();
    window->set_visible(kStatus, state == State::Message);
    for (const rtl::OUString& name : kItemControls) window->set_visible(name, state == State::Item);
    window->set_visible(kPrevious, state == State::Item && !shown_previous_.empty());
    window->set_visible(kFindings, state == State::Item && !shown_findings_.empty());
    if (state != State::Item) {
        shown_item_id_.clear();
        shown_previous_.clear();
        shown_findings_.clear();
    }
    if (state == State::Quiet) window->set_text(kStatus, "");
    if (size_changes) request_sidebar_layout();
}

void GuidePanel::refresh() {
    PanelWindow* window = panel_window();
    const catalog::Catalog* catalog = shared_catalog(context());
    if (!catalog) {
        window->set_text(kStatus, std::string(tr(Msg::CatalogMissing)) + "\n" + catalog_problem());
        show_state(State::Message);
        relayout();
        return;
    }
    const DocumentView* doc = document();
    const std::optional<CursorPosition> cursor = cursor_of(controller());
    std::optional<RowItem> found;
    if (doc && cursor) found = item_at_row(*catalog, doc->layout, cursor->sheet, cursor->row);
    if (!found) {
        show_state(State::Quiet);
        return;
    }
    if (!found->item) {
        window->set_text(kStatus, tr(Msg::OutsideRows));
        show_state(State::Message);
        relayout();
        return;
    }
    const std::string previous = previous_text(*catalog, doc, cursor->row);
    const std::string findings = findings_text(*doc, *cursor, found->item->number);
    if (state_ == State::Item && shown_item_id_ == found->item->id && shown_previous_ == previous &&
        shown_findings_ == findings)
        return;
    const bool toggled =
        shown_previous_.empty() != previous.empty() || shown_findings_.empty() != findings.empty();
    shown_previous_ = previous;
    window->set_text(kPrevious, previous);
    window->set_visible(kPrevious, !previous.empty());
    shown_findings_ = findings;
    window->set_text(kFindings, findings);
    window->set_visible(kFindings, !findings.empty());
    std::optional<GuideView> built;
    {
        ScopedDuration timed(text_times_);
        built = guide_view(*catalog, *found->checklist, *found->item);
    }
    const GuideView& view = *built;
    ScopedDuration timed(update_times_);
    window->set_text(kNumber, view.number);
    window->set_text(kTarget, view.target);
    window->set_text(kCategory, view.category);
    window->set_text(kGoal, view.goal);
    window->set_text(kBody, view.body);
    show_state(State::Item);
    shown_item_id_ = found->item->id;
    relayout();
    if (toggled) request_sidebar_layout();
}

std::string GuidePanel::findings_text(const DocumentView& doc, const CursorPosition& cursor,
                                      int number) {
    const SharedReport report = DocumentCache::report(model());
    if (!report || cursor.sheet < 0 ||
        static_cast<size_t>(cursor.sheet) >= doc.workbook.sheets.size())
        return {};
    const std::string& sheet = doc.workbook.sheets[static_cast<size_t>(cursor.sheet)].name();
    return item_findings_text(*report, findings_of_item(*report, sheet, cursor.row, number));
}

std::string GuidePanel::previous_text(const catalog::Catalog& catalog, const DocumentView* doc,
                                      int row) {
    const compare::Comparison* comparison = review_.comparison(model(), doc, catalog);
    if (!comparison) return {};
    return previous_answers_text(catalog, *comparison, review_.previous()->path.filename().string(),
                                 compared_item_at_row(*comparison, row));
}

void GuidePanel::document_changed() { review_.document_changed(); }

void GuidePanel::findings_changed() { refresh(); }

void GuidePanel::previous_changed() {
    shown_item_id_.clear();  // shows the item again with (or without) last year's answers
    refresh();
}

void GuidePanel::layout(sal_Int32 width, sal_Int32 height) {
    PanelWindow* window = panel_window();
    const sal_Int32 inner = std::max<sal_Int32>(width - 2 * kPanelMargin, 100);
    if (state_ == State::Message) {
        window->place(kStatus, kPanelMargin, kPanelMargin, inner,
                      std::max<sal_Int32>(height - 2 * kPanelMargin, kRowHeight));
        return;
    }
    if (state_ != State::Item) return;
    sal_Int32 y = kPanelMargin;
    const sal_Int32 value_width = inner - kLabelWidth;
    window->place(kNumberLabel, kPanelMargin, y, kLabelWidth, kRowHeight);
    window->place(kNumber, kPanelMargin + kLabelWidth, y, value_width, kRowHeight);
    y += kRowHeight;
    window->place(kTargetLabel, kPanelMargin, y, kLabelWidth, kRowHeight);
    window->place(kTarget, kPanelMargin + kLabelWidth, y, value_width, kRowHeight);
    y += kRowHeight;
    window->place(kCategoryLabel, kPanelMargin, y, kLabelWidth, kRowHeight);
    const sal_Int32 category_height = window->wrapped_height(kCategory, value_width);
    window->place(kCategory, kPanelMargin + kLabelWidth, y, value_width, category_height);
    y += std::max(category_height, kRowHeight) + 4;
    window->place(kGoalLabel, kPanelMargin, y, inner, kRowHeight);
    y += kRowHeight;
    const sal_Int32 goal_height = window->wrapped_height(kGoal, inner);
    window->place(kGoal, kPanelMargin, y, inner, goal_height);
    y += goal_height + 6;
    if (!shown_findings_.empty()) {
        // The item's findings under the item: what the reviewer has to act on here.
        const sal_Int32 findings_height = window->wrapped_height(kFindings, inner);
        window->place(kFindings, kPanelMargin, y, inner, findings_height);
        y += findings_height + 6;
    }
    if (!shown_previous_.empty()) {
        // Last year's answers first: during a review they are what the user came for.
        const sal_Int32 previous_height =
            std::clamp<sal_Int32>(window->wrapped_height(kPrevious, inner), 60,
                                  std::max<sal_Int32>((height - y) * 3 / 5, 60));
        window->place(kPrevious, kPanelMargin, y, inner, previous_height);
        y += previous_height + 6;
    }
    window->place(kBody, kPanelMargin, y, inner,
                  std::max<sal_Int32>(height - y - kPanelMargin, 120));
}

ui::LayoutSize GuidePanel::height_for_width(sal_Int32) {
    if (state_ == State::Quiet) return ui::LayoutSize(0, 0, 0);
    if (state_ == State::Message) return ui::LayoutSize(60, 120, 60);
    return ui::LayoutSize(360, 4000, 560);
}

}  // namespace apichecklist::extension
