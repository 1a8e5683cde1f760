#pragma once
// 項目ガイド: the catalog's guidance for the item in the cursor's row.

#include "panel_base.hpp"

namespace apichecklist::extension {

class GuidePanel : public PanelBase {
  public:
    using PanelBase::PanelBase;

  protected:
    void build(PanelWindow& window) override;
    void refresh() override;
    void layout(sal_Int32 width, sal_Int32 height) override;
    css::ui::LayoutSize height_for_width(sal_Int32 width) override;

  private:
    enum class State { Quiet, Message, Item };
    void show_state(State state);

    State state_ = State::Quiet;
    std::string shown_item_id_;
};

}  // namespace apichecklist::extension
