#pragma once
// 項目ガイド: the catalog's guidance for the item in the cursor's row, with the 検証 panel's
// findings for it under the item; while comparing with last year's sheet, that item's
// answers last time next to this time's.

#include "calc_document.hpp"
#include "panel_base.hpp"
#include "previous_sheet.hpp"

namespace apichecklist::extension {

class GuidePanel : public PanelBase {
  public:
    using PanelBase::PanelBase;
    std::vector<Measurement> measurements() const override;

  protected:
    void build(PanelWindow& window) override;
    void refresh() override;
    void layout(sal_Int32 width, sal_Int32 height) override;
    css::ui::LayoutSize height_for_width(sal_Int32 width) override;
    void document_changed() override;
    void previous_changed() override;
    void findings_changed() override;

  private:
    enum class State { Quiet, Message, Item };
    void show_state(State state);
    // Last year's answers for the item in `row`; empty when not comparing.
    std::string previous_text(const catalog::Catalog& catalog, const DocumentView* doc, int row);
    // The 検証 panel's findings for the item at the cursor; empty when none (or not validated).
    std::string findings_text(const DocumentView& doc, const CursorPosition& cursor, int number);

    State state_ = State::Quiet;
    std::string shown_item_id_;
    std::string shown_previous_;
    std::string shown_findings_;
    ReviewCache review_;
    DurationLog text_times_;    // building the guidance text of a newly shown item
    DurationLog update_times_;  // putting it into the controls and laying them out
};

}  // namespace apichecklist::extension
