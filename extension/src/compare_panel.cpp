#include "compare_panel.hpp"

#include <com/sun/star/awt/XButton.hpp>

#include "apichecklist/office/comparison_sheet.hpp"

#include "calc_document.hpp"
#include "catalog_access.hpp"
#include "choose_previous.hpp"
#include "command_call.hpp"
#include "control_listener.hpp"
#include "messages.hpp"
#include "panel_layout.hpp"
#include "review_text.hpp"
#include "uno_strings.hpp"

namespace apichecklist::extension {

using namespace css;

namespace {

const rtl::OUString kChoose = "choose_button";
const rtl::OUString kStop = "stop_button";
const rtl::OUString kSource = "source";
const rtl::OUString kSummary = "summary";
const rtl::OUString kChanges = "changes";
const rtl::OUString kSheet = "comparison_sheet_button";

}  // namespace

void ComparePanel::build(PanelWindow& window) {
    debouncer_ =
        std::make_unique<Debouncer>(context(), kAfterEditQuietTime, [this] { show_comparison(); });
    auto choose = uno::Reference<awt::XButton>(window.add(kChoose, ControlKind::Button),
                                               uno::UNO_QUERY_THROW);
    window.set_text(kChoose, say("前回の回答と比較…", "Compare with last time…"));
    choose->addActionListener(new ControlListener(deferred([this] { choose_file(); })));
    auto stop =
        uno::Reference<awt::XButton>(window.add(kStop, ControlKind::Button), uno::UNO_QUERY_THROW);
    window.set_text(kStop, say("比較をやめる", "Stop comparing"));
    stop->addActionListener(new ControlListener(deferred([this] { stop_comparing(getFrame()); })));
    window.add(kSource, ControlKind::WrappedLabel);
    window.add(kSummary, ControlKind::BoldLabel);
    changes_ =
        std::make_unique<WrappedList>(window, kChanges, deferred([this] { select_change(); }));
    auto sheet_button =
        uno::Reference<awt::XButton>(window.add(kSheet, ControlKind::Button), uno::UNO_QUERY_THROW);
    window.set_text(kSheet, say("比較結果シートを作成", "Write the comparison sheet (比較結果)"));
    sheet_button->addActionListener(
        new ControlListener(deferred([this] { write_comparison_sheet(); })));
    show_state(State::Quiet);
}

void ComparePanel::before_dispose() {
    if (debouncer_) debouncer_->cancel();
}

void ComparePanel::refresh() {
    // The changes depend on the document, not on the cursor.
    if (!shown_once_) show_comparison();
}

void ComparePanel::document_changed() {
    review_.document_changed();
    if (debouncer_ && state_ == State::Comparing) debouncer_->poke();
}

void ComparePanel::previous_changed() { show_comparison(); }

void ComparePanel::show_comparison() {
    shown_once_ = true;
    PanelWindow* window = panel_window();
    const catalog::Catalog* catalog = shared_catalog(context());
    const DocumentView* doc = document();
    if (!catalog || !doc || !doc->layout) {
        show_state(State::Quiet);
        return;
    }
    const compare::Comparison* comparison = review_.comparison(model(), doc, *catalog);
    const PreviousSheet* previous = review_.previous();
    const std::string problem = previous_problem(model());
    targets_.clear();
    std::vector<std::string> lines;
    if (!comparison) {
        std::string hint =
            !problem.empty() ? problem
            : !review_.problem().empty()
                ? review_.problem()
                : say("前年の回答ファイル（.ods / .xlsx、試行版も可）を選ぶと、"
                      "前回から変わった回答を一覧にします。文書には何も書き込みません。",
                      "Choose last year's file (.ods / .xlsx, also the trial "
                      "version) to list the answers changed since. Nothing is "
                      "written into this document.");
        show_source(hint);
        window->set_text(kSummary, "");
        changes_->show({});
        show_state(State::Idle);
        relayout();
        return;
    }
    sheet_index_ = doc->layout->sheet;
    const std::string name = previous->path.filename().string();
    std::string source = previous_source_text(*catalog, *comparison, name);
    if (!problem.empty()) source = problem + "\n" + source;
    show_source(source);
    window->set_text(kSummary, review_summary_text(*comparison));
    for (ChangeLine& line : change_lines(*comparison, *doc->layout)) {
        lines.push_back(std::move(line.text));
        targets_.push_back(line.cell);
    }
    changes_->show(lines);
    show_state(State::Comparing);
    relayout();
}

void ComparePanel::show_source(const std::string& text) {
    if (text == shown_source_) return;
    shown_source_ = text;
    panel_window()->set_text(kSource, text);
    request_sidebar_layout();  // a message may need more lines than the hint
}

void ComparePanel::show_state(State state) {
    const bool size_changes = state != state_;
    state_ = state;
    PanelWindow* window = panel_window();
    window->set_visible(kChoose, state != State::Quiet);
    window->set_visible(kSource, state != State::Quiet);
    window->set_visible(kStop, state != State::Quiet && review_.previous() != nullptr);
    window->set_visible(kSummary, state == State::Comparing);
    window->set_visible(kChanges, state == State::Comparing);
    window->set_visible(kSheet, state != State::Quiet);
    window->set_enabled(kSheet, state == State::Comparing);
    if (size_changes) request_sidebar_layout();
}

void ComparePanel::choose_file() {
    const std::optional<std::filesystem::path> file = pick_previous_file(context(), getFrame());
    if (!file) return;
    compare_with_previous(context(), getFrame(), *file);  // tells the panels, this one too
}

void ComparePanel::select_change() {
    const std::optional<size_t> entry = changes_->selected();
    if (!entry || *entry >= targets_.size()) return;
    const std::optional<sheet::CellAddress>& cell = targets_[*entry];
    if (!cell) return;
    select_cell(controller(), CursorPosition{sheet_index_, cell->row, cell->column});
}

void ComparePanel::write_comparison_sheet() {
    show_comparison();  // the sheet must show the document as it is now
    const catalog::Catalog* catalog = shared_catalog(context());
    const DocumentView* doc = document();
    if (!catalog || !doc || !doc->layout) return;
    const compare::Comparison* comparison = review_.comparison(model(), doc, *catalog);
    const PreviousSheet* previous = review_.previous();
    if (!comparison || !previous) return;
    const office::ComparisonSheetInput input{comparison,
                                             document_title(model()),
                                             checklist_label(*catalog, comparison->new_checklist),
                                             previous->path.filename().string(),
                                             checklist_label(*catalog, comparison->old_checklist),
                                             compare::to_iso(compare::today()),
                                             english()};
    write_report_sheet(
        [&](const auto& spreadsheet) { return office::write_comparison_sheet(spreadsheet, input); },
        say("比較結果シートを書き込めませんでした: ",
            "The comparison sheet could not be written: "));
}

void ComparePanel::layout(sal_Int32 width, sal_Int32 height) {
    PanelWindow* window = panel_window();
    if (state_ == State::Quiet) return;
    const sal_Int32 inner = std::max<sal_Int32>(width - 2 * kPanelMargin, 100);
    sal_Int32 y = kPanelMargin;
    const sal_Int32 stop_width = 120;
    window->place(kChoose, kPanelMargin, y, inner - stop_width - 4, kControlRowHeight);
    window->place(kStop, kPanelMargin + inner - stop_width, y, stop_width, kControlRowHeight);
    y += kControlRowHeight + 4;
    const sal_Int32 source_height = window->wrapped_height(kSource, inner);
    window->place(kSource, kPanelMargin, y, inner, source_height);
    y += source_height + 4;
    window->place(kSheet, kPanelMargin, y, std::min<sal_Int32>(inner, 220), kControlRowHeight);
    y += kControlRowHeight + 4;
    if (state_ != State::Comparing) return;
    // Two lines of counts that wrap once at the usual sidebar width.
    const sal_Int32 summary_height = 3 * 17 + 4;
    window->place(kSummary, kPanelMargin, y, inner, summary_height);
    y += summary_height + 2;
    window->place(kChanges, kPanelMargin, y, inner,
                  std::max<sal_Int32>(height - y - kPanelMargin, 100));
    changes_->fit(inner);
}

ui::LayoutSize ComparePanel::height_for_width(sal_Int32 width) {
    if (state_ == State::Quiet) return ui::LayoutSize(0, 0, 0);
    const sal_Int32 top = kPanelMargin + 2 * (kControlRowHeight + 4) +
                          panel_window()->wrapped_height(
                              kSource, std::max<sal_Int32>(width - 2 * kPanelMargin, 100)) +
                          kPanelMargin;
    if (state_ == State::Idle) return ui::LayoutSize(top, top, top);
    return ui::LayoutSize(top + 200, 4000, top + 360);
}

}  // namespace apichecklist::extension
