#pragma once
// 前回との比較: 「前回の回答と比較」 picks last year's file; the panel then lists what
// changed since (items, answers, 課題, overdue plans) and a click selects the cell. It
// follows edits a moment after the last one (debounced). Nothing is written into the
// document unless the user asks for the 比較結果 sheet (office/comparison_sheet.hpp).

#include <memory>
#include <optional>
#include <vector>

#include "apichecklist/sheet/workbook.hpp"
#include "debouncer.hpp"
#include "panel_base.hpp"
#include "previous_sheet.hpp"
#include "wrapped_list.hpp"

namespace apichecklist::extension {

class ComparePanel : public PanelBase {
  public:
    using PanelBase::PanelBase;

  protected:
    void build(PanelWindow& window) override;
    void refresh() override;
    void document_changed() override;
    void previous_changed() override;
    void layout(sal_Int32 width, sal_Int32 height) override;
    css::ui::LayoutSize height_for_width(sal_Int32 width) override;
    void before_dispose() override;

  private:
    enum class State { Quiet, Idle, Comparing };
    void show_comparison();
    void show_state(State state);
    void show_source(const std::string& text);
    void choose_file();
    void select_change();
    void write_comparison_sheet();

    std::unique_ptr<Debouncer> debouncer_;
    std::unique_ptr<WrappedList> changes_;
    ReviewCache review_;
    State state_ = State::Quiet;
    bool shown_once_ = false;
    int sheet_index_ = 0;
    std::string shown_source_;
    std::vector<std::optional<sheet::CellAddress>> targets_;  // list entry → cell
};

}  // namespace apichecklist::extension
