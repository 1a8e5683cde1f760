#pragma once
// 版と移行: which checklist version the sheet is (and where that is recorded), whether a
// newer version is installed, and a button that carries the answers over to it (the menu's
// 新しい版へ移行, through the helper).

#include "panel_base.hpp"

namespace apichecklist::extension {

class VersionPanel : public PanelBase {
  public:
    using PanelBase::PanelBase;

  protected:
    void build(PanelWindow& window) override;
    void refresh() override;
    void layout(sal_Int32 width, sal_Int32 height) override;
    css::ui::LayoutSize height_for_width(sal_Int32 width) override;

  private:
    void upgrade();

    bool shown_ = false;  // false: no checklist, the panel stays empty
    bool offer_upgrade_ = false;
    std::string shown_text_;
};

}  // namespace apichecklist::extension
