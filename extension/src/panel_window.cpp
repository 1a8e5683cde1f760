#include "panel_window.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/SimpleFontMetric.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>

#include <rtl/ustrbuf.hxx>

#include "line_wrap.hpp"
#include "uno_strings.hpp"

namespace apichecklist::extension {

using namespace css;

namespace {

template <class T>
uno::Reference<T> create(const uno::Reference<uno::XComponentContext>& context,
                         const char* service) {
    return uno::Reference<T>(context->getServiceManager()->createInstanceWithContext(
                                 rtl::OUString::createFromAscii(service), context),
                             uno::UNO_QUERY_THROW);
}

struct Services {
    const char* control;
    const char* model;
};

Services services_of(ControlKind kind) {
    switch (kind) {
        case ControlKind::Label:
        case ControlKind::BoldLabel:
        case ControlKind::WrappedLabel:
            return {"com.sun.star.awt.UnoControlFixedText",
                    "com.sun.star.awt.UnoControlFixedTextModel"};
        case ControlKind::ReadOnlyText:
        case ControlKind::Input:
            return {"com.sun.star.awt.UnoControlEdit", "com.sun.star.awt.UnoControlEditModel"};
        case ControlKind::Button:
            return {"com.sun.star.awt.UnoControlButton", "com.sun.star.awt.UnoControlButtonModel"};
        case ControlKind::List:
        case ControlKind::Dropdown:
            return {"com.sun.star.awt.UnoControlListBox",
                    "com.sun.star.awt.UnoControlListBoxModel"};
    }
    return {};
}

void configure(const uno::Reference<beans::XPropertySet>& model, ControlKind kind) {
    switch (kind) {
        case ControlKind::Label:
            break;
        case ControlKind::BoldLabel: {
            awt::FontDescriptor font;
            font.Weight = awt::FontWeight::BOLD;
            model->setPropertyValue("FontDescriptor", uno::Any(font));
            model->setPropertyValue("MultiLine", uno::Any(true));
            break;
        }
        case ControlKind::WrappedLabel:
            model->setPropertyValue("MultiLine", uno::Any(true));
            break;
        case ControlKind::ReadOnlyText:
            model->setPropertyValue("MultiLine", uno::Any(true));
            model->setPropertyValue("ReadOnly", uno::Any(true));
            model->setPropertyValue("VScroll", uno::Any(true));
            model->setPropertyValue("AutoVScroll", uno::Any(true));
            break;
        case ControlKind::Input:
        case ControlKind::Button:
            break;
        case ControlKind::List:
            model->setPropertyValue("Dropdown", uno::Any(false));
            break;
        case ControlKind::Dropdown:
            model->setPropertyValue("Dropdown", uno::Any(true));
            break;
    }
}

bool wraps(ControlKind kind) {
    return kind == ControlKind::WrappedLabel || kind == ControlKind::BoldLabel ||
           kind == ControlKind::ReadOnlyText;
}

// What a control's frame, scroll bar and text inset take of its width.
sal_Int32 chrome_of(ControlKind kind) { return kind == ControlKind::ReadOnlyText ? 30 : 4; }

bool is_edit(const uno::Reference<awt::XControl>& control) {
    auto model = uno::Reference<beans::XPropertySet>(control->getModel(), uno::UNO_QUERY);
    return model.is() && model->getPropertySetInfo()->hasPropertyByName("Text") &&
           !model->getPropertySetInfo()->hasPropertyByName("Label");
}

}  // namespace

PanelWindow::PanelWindow(const uno::Reference<uno::XComponentContext>& context,
                         const uno::Reference<awt::XWindow>& parent)
    : context_(context) {
    container_ = create<awt::XControl>(context, "com.sun.star.awt.UnoControlContainer");
    container_->setModel(
        create<awt::XControlModel>(context, "com.sun.star.awt.UnoControlContainerModel"));
    container_->createPeer(
        uno::Reference<awt::XToolkit>(awt::Toolkit::create(context), uno::UNO_QUERY_THROW),
        uno::Reference<awt::XWindowPeer>(parent, uno::UNO_QUERY_THROW));
    controls_.set(container_, uno::UNO_QUERY_THROW);
    window()->setVisible(true);
}

uno::Reference<awt::XWindow> PanelWindow::window() const {
    return uno::Reference<awt::XWindow>(container_, uno::UNO_QUERY);
}

uno::Reference<awt::XControl> PanelWindow::add(const rtl::OUString& name, ControlKind kind) {
    const Services names = services_of(kind);
    auto model = create<beans::XPropertySet>(context_, names.model);
    configure(model, kind);
    auto control = create<awt::XControl>(context_, names.control);
    control->setModel(uno::Reference<awt::XControlModel>(model, uno::UNO_QUERY_THROW));
    controls_->addControl(name, control);
    names_.push_back(name);
    kinds_[name] = kind;
    return control;
}

uno::Reference<awt::XControl> PanelWindow::control(const rtl::OUString& name) const {
    return controls_->getControl(name);
}

void PanelWindow::set_text(const rtl::OUString& name, std::string_view utf8) {
    auto control = controls_->getControl(name);
    if (!control.is()) return;
    auto model = uno::Reference<beans::XPropertySet>(control->getModel(), uno::UNO_QUERY_THROW);
    const rtl::OUString text = to_ou(utf8);
    if (kinds_[name] == ControlKind::Input) {
        model->setPropertyValue("Text", uno::Any(text));
        return;
    }
    if (const auto last = texts_.find(name); last != texts_.end() && last->second == text) return;
    texts_[name] = text;
    const auto width = wrap_widths_.find(name);
    if (width == wrap_widths_.end()) return show(name, text);  // wrapped when placed
    const sal_Int32 known = width->second;
    wrap_widths_.erase(width);
    if (!wrap(name, known)) show(name, text);
}

void PanelWindow::show(const rtl::OUString& name, const rtl::OUString& text) {
    auto control = controls_->getControl(name);
    if (!control.is()) return;
    if (const auto last = shown_.find(name); last != shown_.end() && last->second == text) return;
    shown_[name] = text;
    auto model = uno::Reference<beans::XPropertySet>(control->getModel(), uno::UNO_QUERY_THROW);
    model->setPropertyValue(is_edit(control) ? rtl::OUString("Text") : rtl::OUString("Label"),
                            uno::Any(text));
}

bool PanelWindow::wrap(const rtl::OUString& name, sal_Int32 width) {
    if (!wraps(kinds_[name]) || width <= 0) return false;
    if (const auto last = wrap_widths_.find(name);
        last != wrap_widths_.end() && last->second == width)
        return true;
    const auto control = controls_->getControl(name);
    if (!control.is()) return false;
    const uno::Reference<awt::XFont> font = font_of(control);
    if (!font.is()) return false;  // no window yet: wrapped when it is placed
    wrap_widths_[name] = width;
    const sal_Int32 room = width - chrome_of(kinds_[name]);
    rtl::OUStringBuffer text;
    bool first = true;
    for (const rtl::OUString& line : wrap_lines(texts_[name], font, room, room)) {
        if (!first) text.append('\n');
        text.append(line);
        first = false;
    }
    show(name, text.makeStringAndClear());
    return true;
}

void PanelWindow::set_visible(const rtl::OUString& name, bool visible) {
    auto window_of = uno::Reference<awt::XWindow>(controls_->getControl(name), uno::UNO_QUERY);
    if (window_of.is()) window_of->setVisible(visible);
}

void PanelWindow::set_enabled(const rtl::OUString& name, bool enabled) {
    const auto control = controls_->getControl(name);
    if (!control.is()) return;
    uno::Reference<beans::XPropertySet> model(control->getModel(), uno::UNO_QUERY);
    if (model.is()) model->setPropertyValue("Enabled", uno::Any(enabled));
}

void PanelWindow::place(const rtl::OUString& name, sal_Int32 x, sal_Int32 y, sal_Int32 width,
                        sal_Int32 height) {
    wrap(name, width);
    const Shape shape{x, y, width, height};
    if (const auto last = shapes_.find(name); last != shapes_.end() && last->second == shape)
        return;
    auto window_of = uno::Reference<awt::XWindow>(controls_->getControl(name), uno::UNO_QUERY);
    if (!window_of.is()) return;
    window_of->setPosSize(x, y, width, height, awt::PosSize::POSSIZE);
    shapes_[name] = shape;
}

sal_Int32 PanelWindow::wrapped_height(const rtl::OUString& name, sal_Int32 width) {
    const auto control = controls_->getControl(name);
    if (!control.is() || width <= 0 || !wrap(name, width)) return 20;
    const awt::SimpleFontMetric metric = font_of(control)->getFontMetric();
    const rtl::OUString& text = shown_[name];
    sal_Int32 lines = 1;
    for (sal_Int32 i = 0; i < text.getLength(); ++i) lines += text[i] == '\n' ? 1 : 0;
    // An edit box adds its frame and inset around the lines.
    const sal_Int32 frame = kinds_[name] == ControlKind::ReadOnlyText ? 8 : 2;
    return lines * std::max<sal_Int32>(metric.Ascent + metric.Descent, 12) + frame;
}

std::vector<PanelWindow::Shown> PanelWindow::snapshot() const {
    std::vector<Shown> shown;
    if (!controls_.is()) return shown;
    for (const rtl::OUString& name : names_) {
        auto control = controls_->getControl(name);
        if (!control.is()) continue;
        Shown entry;
        entry.name = name;
        if (auto list = uno::Reference<awt::XListBox>(control, uno::UNO_QUERY); list.is()) {
            rtl::OUStringBuffer lines;
            for (const rtl::OUString& item : list->getItems()) lines.append(item).append("\n");
            entry.text = lines.makeStringAndClear();
            entry.lines = entry.text;
        } else {
            auto model =
                uno::Reference<beans::XPropertySet>(control->getModel(), uno::UNO_QUERY_THROW);
            model->getPropertyValue(is_edit(control) ? rtl::OUString("Text")
                                                     : rtl::OUString("Label")) >>= entry.lines;
            // A wrapped control shows the text the panel set, with line breaks put in.
            const auto wrapped = shown_.find(name);
            const auto set = texts_.find(name);
            entry.text =
                wrapped != shown_.end() && set != texts_.end() && wrapped->second == entry.lines
                    ? set->second
                    : entry.lines;
        }
        if (auto window = uno::Reference<awt::XWindow2>(control, uno::UNO_QUERY); window.is())
            entry.visible = window->isVisible();
        if (auto model = uno::Reference<beans::XPropertySet>(control->getModel(), uno::UNO_QUERY);
            model.is() && model->getPropertySetInfo()->hasPropertyByName("Enabled"))
            model->getPropertyValue("Enabled") >>= entry.enabled;
        shown.push_back(entry);
    }
    return shown;
}

void PanelWindow::dispose() {
    auto component = uno::Reference<lang::XComponent>(container_, uno::UNO_QUERY);
    container_.clear();
    controls_.clear();
    if (component.is()) component->dispose();
}

}  // namespace apichecklist::extension
