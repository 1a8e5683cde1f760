#include "wrapped_list.hpp"

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
// Continuation lines start here, so an entry's first line stands out.
const rtl::OUString& continuation_indent() {
    static const rtl::OUString text = to_ou("　　");
    return text;
}

}  // namespace

WrappedList::WrappedList(PanelWindow& window, const rtl::OUString& name,
                         std::function<void()> on_choose)
    : box_(window.add(name, ControlKind::List), uno::UNO_QUERY_THROW) {
    // The list box calls item listeners synchronously, also for selectItemPos.
    box_->addItemListener(new ControlListener([this, on_choose] {
        if (!refilling_) on_choose();
    }));
}

void WrappedList::show(const std::vector<std::string>& entries) {
    entries_.clear();
    for (const std::string& entry : entries) entries_.push_back(to_ou(entry));
    fill(false);
}

void WrappedList::fit(sal_Int32 width) {
    if (width == width_) return;
    width_ = width;
    fill(true);
}

std::optional<size_t> WrappedList::selected() const {
    const sal_Int16 line = box_->getSelectedItemPos();
    if (line < 0 || static_cast<size_t>(line) >= entry_of_line_.size()) return std::nullopt;
    return entry_of_line_[static_cast<size_t>(line)];
}

void WrappedList::fill(bool same_entries) {
    std::vector<rtl::OUString> lines;
    std::vector<size_t> entry_of_line;
    const uno::Reference<awt::XFont> font =
        font_of(uno::Reference<awt::XControl>(box_, uno::UNO_QUERY_THROW));
    const sal_Int32 room = width_ - kListChrome;
    const sal_Int32 indent =
        font.is() && room > 0 ? font->getStringWidth(continuation_indent()) : 0;
    for (size_t e = 0; e < entries_.size(); ++e) {
        const bool measured = font.is() && room > 2 * indent;
        bool first = true;
        for (const rtl::OUString& piece :
             wrap_lines(entries_[e], measured ? font : nullptr, room, room - indent)) {
            lines.push_back(first ? piece : continuation_indent() + piece);
            entry_of_line.push_back(e);
            first = false;
        }
    }
    if (lines == lines_) return;  // a resize that moves no break keeps the selection
    // A resize wraps again: the entry the user chose stays chosen.
    const std::optional<size_t> chosen = selected();
    lines_ = std::move(lines);
    entry_of_line_ = std::move(entry_of_line);
    refilling_ = true;
    struct Done {
        bool& flag;
        ~Done() { flag = false; }
    } done{refilling_};
    box_->removeItems(0, box_->getItemCount());
    box_->addItems(
        uno::Sequence<rtl::OUString>(lines_.data(), static_cast<sal_Int32>(lines_.size())), 0);
    if (chosen && same_entries)
        if (const auto line = std::find(entry_of_line_.begin(), entry_of_line_.end(), *chosen);
            line != entry_of_line_.end())
            box_->selectItemPos(static_cast<sal_Int16>(line - entry_of_line_.begin()), true);
}

}  // namespace apichecklist::extension
