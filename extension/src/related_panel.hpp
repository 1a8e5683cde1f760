#pragma once
// 関連: items related to the cursor's item, its regulation references (own, inherited
// from the 試行版, and the METI guideline), glossary, and a search over the catalog.
// Choosing an item in the list moves the cursor to its row; in a document without a
// checklist (only the search is of use there) it shows the item's guidance instead.

#include <memory>
#include <vector>

#include "apichecklist/search/index.hpp"
#include "panel_base.hpp"
#include "wrapped_list.hpp"

namespace apichecklist::extension {

class RelatedPanel : public PanelBase {
  public:
    using PanelBase::PanelBase;

  protected:
    void build(PanelWindow& window) override;
    void refresh() override;
    void layout(sal_Int32 width, sal_Int32 height) override;
    css::ui::LayoutSize height_for_width(sal_Int32 width) override;

  private:
    void run_search();
    void jump_to_selected();
    // The list and the details only while they have something to show (an item at the
    // cursor, or a search): no empty controls on a document without a checklist.
    void show_lists(bool shown);

    std::string checklist_id_;  // of the document's sheet, else the default
    std::unique_ptr<WrappedList> items_;
    std::vector<int> list_numbers_;        // 通番 of each list entry
    std::vector<std::string> list_terms_;  // glossary term id of each search hit that is one
    std::string shown_item_id_;
    bool searching_ = false;
    bool lists_shown_ = true;
    std::unique_ptr<search::SearchIndex> index_;
};

}  // namespace apichecklist::extension
