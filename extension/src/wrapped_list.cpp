#include "wrapped_list.hpp"

#include <com/sun/star/accessibility/AccessibleStateType.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/XFont.hpp>
#include <com/sun/star/awt/XItemList.hpp>

#include <algorithm>

#include "control_listener.hpp"
#include "line_wrap.hpp"
#include "uno_strings.hpp"

namespace apichecklist::extension {

using namespace css;

namespace {

// The list's vertical scroll bar, its border and the text's left inset take this much of
// the width; a line wider than the rest would be cut at the right edge.
constexpr sal_Int32 kListChrome = 30;
// With an image on any line, the list starts every line's text after the image (16 px
// icons and VCL's gap between image and text).
constexpr sal_Int32 kImageIndent = 24;
// Continuation lines start here, so an entry's first line stands out.
const rtl::OUString& continuation_indent() {
    static const rtl::OUString text = to_ou("　　");
    return text;
}

// Marks the list's selection events as the program's own while it lives.
struct OwnSelection {
    explicit OwnSelection(bool& own) : flag(own), before(own) { flag = true; }
    ~OwnSelection() { flag = before; }
    bool& flag;
    bool before;
};

// The accessible list whose children are the lines (VCL's list box holds it a level or
// two below its own context).
uno::Reference<accessibility::XAccessibleContext> lines_context(
    const uno::Reference<accessibility::XAccessibleContext>& context, sal_Int32 lines, int depth) {
    if (!context.is() || depth > 3) return nullptr;
    if (context->getAccessibleChildCount() == lines && depth > 0) return context;
    for (sal_Int32 i = 0; i < std::min<sal_Int32>(context->getAccessibleChildCount(), 4); ++i) {
        const uno::Reference<accessibility::XAccessible> child = context->getAccessibleChild(i);
        if (auto found = lines_context(child.is() ? child->getAccessibleContext() : nullptr, lines,
                                       depth + 1);
            found.is())
            return found;
    }
    return nullptr;
}

}  // namespace

WrappedList::WrappedList(PanelWindow& window, const rtl::OUString& name,
                         std::function<void()> on_choose)
    : box_(window.add(name, ControlKind::List), uno::UNO_QUERY_THROW) {
    // The list box calls item listeners synchronously, also for selectItemPos.
    box_->addItemListener(new ControlListener([this, on_choose] {
        if (refilling_) return;
        keep_only_the_users_choice();
        on_choose();
    }));
}

void WrappedList::show(const std::vector<std::string>& entries,
                       const std::vector<rtl::OUString>& images) {
    entries_.clear();
    for (const std::string& entry : entries) entries_.push_back(to_ou(entry));
    images_ = images;
    images_.resize(entries_.size());
    fill(false);
    if (restore_top_) {
        if (*restore_top_ < static_cast<sal_Int16>(lines_.size())) box_->makeVisible(*restore_top_);
        restore_top_.reset();
    }
}

void WrappedList::allow_several() { box_->setMultipleMode(true); }

void WrappedList::select(std::optional<size_t> entry) {
    select_entries(entry ? std::vector<size_t>{*entry} : std::vector<size_t>{});
}

void WrappedList::keep_only_the_users_choice() {
    const uno::Sequence<sal_Int16> now = box_->getSelectedItemsPos();
    if (box_->isMutipleMode() && selected_entries().size() > 1) {
        // A line added to the cursor's findings (a ctrl-click, or a screen reader's select)
        // is the one the user chose; else the first of them.
        sal_Int16 chosen = now[0];
        for (const sal_Int16 line : now)
            if (std::find(program_selection_.begin(), program_selection_.end(), line) ==
                program_selection_.end()) {
                chosen = line;
                break;
            }
        if (chosen >= 0 && static_cast<size_t>(chosen) < entry_of_line_.size())
            select_entries({entry_of_line_[static_cast<size_t>(chosen)]});
    }
    program_selection_.clear();
}

void WrappedList::clear_selection() {
    const uno::Sequence<sal_Int16> chosen = box_->getSelectedItemsPos();
    if (chosen.hasElements()) box_->selectItemsPos(chosen, false);
}

void WrappedList::select_entries(const std::vector<size_t>& entries) {
    const OwnSelection own(refilling_);
    const bool several = box_->isMutipleMode();
    std::vector<sal_Int16> lines;
    for (size_t line = 0; line < entry_of_line_.size(); ++line) {
        const bool wanted =
            std::find(entries.begin(), entries.end(), entry_of_line_[line]) != entries.end();
        if (!wanted) continue;
        if (!several && !lines.empty()) break;  // one line: the first entry's first
        lines.push_back(static_cast<sal_Int16>(line));
    }
    const uno::Sequence<sal_Int16> chosen = box_->getSelectedItemsPos();
    program_selection_ = lines;
    if (std::vector<sal_Int16>(chosen.begin(), chosen.end()) == lines) return;
    clear_selection();
    // VCL scrolls a line it selects into view (only when out of sight): the first entry's
    // first line last, so that is the line in view.
    for (auto line = lines.rbegin(); line != lines.rend(); ++line) box_->selectItemPos(*line, true);
}

void WrappedList::keep_scroll_position() { restore_top_ = first_visible_line(); }

std::optional<sal_Int16> WrappedList::first_visible_line() const {
    const auto accessible = uno::Reference<accessibility::XAccessible>(
        uno::Reference<awt::XControl>(box_, uno::UNO_QUERY_THROW)->getPeer(), uno::UNO_QUERY);
    if (!accessible.is() || lines_.empty()) return std::nullopt;
    const auto lines =
        lines_context(accessible->getAccessibleContext(), static_cast<sal_Int32>(lines_.size()), 0);
    if (!lines.is()) return std::nullopt;
    for (sal_Int32 i = 0; i < lines->getAccessibleChildCount(); ++i) {
        const uno::Reference<accessibility::XAccessible> child = lines->getAccessibleChild(i);
        const auto context = child.is() ? child->getAccessibleContext() : nullptr;
        if (context.is() && context->getAccessibleStateSet().is() &&
            context->getAccessibleStateSet()->contains(accessibility::AccessibleStateType::SHOWING))
            return static_cast<sal_Int16>(i);
    }
    return std::nullopt;
}

void WrappedList::fit(sal_Int32 width) {
    if (width == width_) return;
    width_ = width;
    fill(true);
}

std::vector<size_t> WrappedList::selected_entries() const {
    std::vector<size_t> entries;
    for (const sal_Int16 line : box_->getSelectedItemsPos())
        if (line >= 0 && static_cast<size_t>(line) < entry_of_line_.size() &&
            (entries.empty() || entries.back() != entry_of_line_[static_cast<size_t>(line)]))
            entries.push_back(entry_of_line_[static_cast<size_t>(line)]);
    return entries;
}

std::optional<size_t> WrappedList::selected() const {
    const sal_Int16 line = box_->getSelectedItemPos();
    if (line < 0 || static_cast<size_t>(line) >= entry_of_line_.size()) return std::nullopt;
    return entry_of_line_[static_cast<size_t>(line)];
}

void WrappedList::fill(bool same_entries) {
    std::vector<rtl::OUString> lines;
    std::vector<rtl::OUString> line_images;
    std::vector<size_t> entry_of_line;
    const uno::Reference<awt::XFont> font =
        font_of(uno::Reference<awt::XControl>(box_, uno::UNO_QUERY_THROW));
    const bool images = std::any_of(images_.begin(), images_.end(),
                                    [](const rtl::OUString& url) { return !url.isEmpty(); });
    const sal_Int32 room = width_ - kListChrome - (images ? kImageIndent : 0);
    const sal_Int32 indent =
        font.is() && room > 0 ? font->getStringWidth(continuation_indent()) : 0;
    for (size_t e = 0; e < entries_.size(); ++e) {
        const bool measured = font.is() && room > 2 * indent;
        bool first = true;
        for (const rtl::OUString& piece :
             wrap_lines(entries_[e], measured ? font : nullptr, room, room - indent)) {
            lines.push_back(first ? piece : continuation_indent() + piece);
            line_images.push_back(first ? images_[e] : rtl::OUString());
            entry_of_line.push_back(e);
            first = false;
        }
    }
    // A resize that moves no break keeps the selection.
    if (lines == lines_ && line_images == line_images_) return;
    // A resize wraps again: the entries chosen stay chosen.
    const std::vector<size_t> chosen = selected_entries();
    const OwnSelection own(refilling_);
    if (auto items = uno::Reference<awt::XItemList>(
            uno::Reference<awt::XControl>(box_, uno::UNO_QUERY_THROW)->getModel(), uno::UNO_QUERY);
        items.is()) {
        // Only the lines that changed: the list loads an image for each line it is given,
        // and an edit changes a few findings (the list also stays where it was scrolled).
        auto same = [&](size_t old_line, size_t new_line) {
            return lines_[old_line] == lines[new_line] &&
                   line_images_[old_line] == line_images[new_line];
        };
        size_t prefix = 0;
        while (prefix < lines_.size() && prefix < lines.size() && same(prefix, prefix)) ++prefix;
        size_t suffix = 0;
        while (suffix < lines_.size() - prefix && suffix < lines.size() - prefix &&
               same(lines_.size() - 1 - suffix, lines.size() - 1 - suffix))
            ++suffix;
        for (size_t i = lines_.size() - suffix; i-- > prefix;)
            items->removeItem(static_cast<sal_Int32>(i));
        for (size_t i = prefix; i < lines.size() - suffix; ++i)
            items->insertItem(static_cast<sal_Int32>(i), lines[i], line_images[i]);
    } else {
        box_->removeItems(0, box_->getItemCount());
        box_->addItems(
            uno::Sequence<rtl::OUString>(lines.data(), static_cast<sal_Int32>(lines.size())), 0);
    }
    lines_ = std::move(lines);
    line_images_ = std::move(line_images);
    entry_of_line_ = std::move(entry_of_line);
    if (same_entries) select_entries(chosen);
}

}  // namespace apichecklist::extension
