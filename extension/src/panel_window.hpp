#pragma once
// A panel's content: a control container inside the sidebar's parent window, holding
// named controls. Tests read the same controls (by name) through XPanel::getDialog().

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace apichecklist::extension {

enum class ControlKind {
    Label,
    BoldLabel,
    WrappedLabel,
    ReadOnlyText,
    Input,
    Button,
    List,
    Dropdown
};

class PanelWindow {
  public:
    PanelWindow(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::awt::XWindow>& parent);

    css::uno::Reference<css::awt::XWindow> window() const;
    css::uno::Reference<css::awt::XControl> add(const rtl::OUString& name, ControlKind kind);
    css::uno::Reference<css::awt::XControl> control(const rtl::OUString& name) const;

    void set_text(const rtl::OUString& name, std::string_view utf8);
    void set_visible(const rtl::OUString& name, bool visible);
    void set_enabled(const rtl::OUString& name, bool enabled);  // through the control's model
    void place(const rtl::OUString& name, sal_Int32 x, sal_Int32 y, sal_Int32 width,
               sal_Int32 height);
    // Height a wrapped label or text box needs at this width: its text broken into lines
    // for that width (line_wrap.hpp), as place() does too when the width changes.
    sal_Int32 wrapped_height(const rtl::OUString& name, sal_Int32 width);

    struct Shown {
        rtl::OUString name;
        rtl::OUString text;   // label, text, or the list's entries one per line
        rtl::OUString lines;  // as shown: with the line breaks of a wrapped control
        bool visible = false;
        bool enabled = true;
    };
    // What each control displays now, read back from the controls themselves.
    std::vector<Shown> snapshot() const;

    void dispose();

  private:
    struct Shape {
        sal_Int32 x, y, width, height;
        bool operator==(const Shape&) const = default;
    };
    // Breaks the text of a wrapping control into lines for `width`; false while it cannot
    // measure (no window yet).
    bool wrap(const rtl::OUString& name, sal_Int32 width);
    void show(const rtl::OUString& name, const rtl::OUString& text);

    std::vector<rtl::OUString> names_;
    // What was last set, so an unchanged text or position costs no relayout of the control.
    std::map<rtl::OUString, rtl::OUString> texts_;
    std::map<rtl::OUString, rtl::OUString> shown_;    // texts_ broken into lines
    std::map<rtl::OUString, sal_Int32> wrap_widths_;  // the width shown_ was broken for
    std::map<rtl::OUString, Shape> shapes_;
    std::map<rtl::OUString, ControlKind> kinds_;  // an Input's text is the user's: never cached
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::awt::XControl> container_;
    css::uno::Reference<css::awt::XControlContainer> controls_;
};

}  // namespace apichecklist::extension
