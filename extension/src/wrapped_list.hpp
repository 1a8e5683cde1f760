#pragma once
// A list box whose entries may be wider than the sidebar: a panel has no room for a
// horizontal scroll bar, so each entry is broken over as many lines as the list's width
// needs (continuation lines indented) and every line of an entry chooses that entry. An
// entry's first line may carry an image (the severity icon of a finding).

#include <com/sun/star/awt/XListBox.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "panel_window.hpp"

namespace apichecklist::extension {

class WrappedList {
  public:
    // Adds the list box `name` to `window`; `on_choose` runs when the user chooses a line
    // (not when a rewrap selects the chosen entry's line again).
    WrappedList(PanelWindow& window, const rtl::OUString& name, std::function<void()> on_choose);

    css::uno::Reference<css::awt::XListBox> box() const { return box_; }
    // Replaces the entries, wrapped to the width the list was last given. XFont measures
    // without taking the office's lock: call it from the office's own events only (a
    // control's or a posted callback, layout), never from a remote caller's thread.
    // `images[i]`, when given and not empty, is the URL of entry i's image.
    void show(const std::vector<std::string>& entries,
              const std::vector<rtl::OUString>& images = {});
    // The panel placed the list `width` pixels wide: wraps again when that changes the lines.
    void fit(sal_Int32 width);
    // Lets the program select several entries at once (the user still chooses one line
    // with a click).
    void allow_several();
    // The entry the (first) selected line belongs to.
    std::optional<size_t> selected() const;
    // Every entry with a selected line, in list order.
    std::vector<size_t> selected_entries() const;
    // Selects the entry's first line (scrolled into view when out of sight), as the
    // program's choice (no on_choose, no focus taken); none clears the selection.
    void select(std::optional<size_t> entry);
    // Selects every line of each entry where several are allowed (else the first entry's
    // first line), the first entry scrolled into view; as select(), the program's choice.
    void select_entries(const std::vector<size_t>& entries);
    // The next show() keeps the list scrolled where it is now (after an ignore or a fix,
    // the reviewer stays at the same place in the list).
    void keep_scroll_position();

  private:
    void fill(bool same_entries);
    void clear_selection();
    // After the user's event: several entries selected (the program's plus the user's)
    // become the user's one entry.
    void keep_only_the_users_choice();

    css::uno::Reference<css::awt::XListBox> box_;
    std::optional<sal_Int16> first_visible_line() const;

    std::vector<rtl::OUString> entries_;
    std::vector<rtl::OUString> images_;  // one per entry, or none
    std::vector<rtl::OUString> lines_;   // as shown
    std::vector<rtl::OUString> line_images_;
    std::optional<sal_Int16> restore_top_;
    std::vector<size_t> entry_of_line_;
    std::vector<sal_Int16> program_selection_;  // the lines select_entries selected last
    sal_Int32 width_ = 0;
    bool refilling_ = false;  // our own selectItemPos: no choice of the user
};

}  // namespace apichecklist::extension
