#include "panel_factory.hpp"

#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <rtl/ref.hxx>

#include <string_view>

#include "compare_panel.hpp"
#include "guarded.hpp"
#include "guide_panel.hpp"
#include "messages.hpp"
#include "related_panel.hpp"
#include "validation_panel.hpp"
#include "version_panel.hpp"

namespace apichecklist::extension {

using namespace css;

namespace {

const rtl::OUString kImplementationName = "org.apichecklist.sidebar.PanelFactory";
const rtl::OUString kResourcePrefix = "private:resource/toolpanel/ApiChecklistPanelFactory/";

PanelArguments parse(const uno::Reference<uno::XComponentContext>& context,
                     const rtl::OUString& url, const uno::Sequence<beans::PropertyValue>& arguments,
                     const uno::Reference<uno::XInterface>& factory) {
    PanelArguments parsed;
    parsed.context = context;
    parsed.resource_url = url;
    for (const beans::PropertyValue& argument : arguments) {
        if (argument.Name == "Frame")
            argument.Value >>= parsed.frame;
        else if (argument.Name == "ParentWindow")
            argument.Value >>= parsed.parent;
        else if (argument.Name == "Sidebar")
            argument.Value >>= parsed.sidebar;
    }
    if (!parsed.frame.is())
        throw lang::IllegalArgumentException("no Frame given to the API checklist panel factory",
                                             factory, 1);
    if (!parsed.parent.is())
        throw lang::IllegalArgumentException(
            "no ParentWindow given to the API checklist panel factory", factory, 1);
    return parsed;
}

template <class Panel>
rtl::Reference<PanelBase> make(PanelArguments arguments) {
    return new Panel(std::move(arguments));
}

// The deck's panels by the name in their resource URL (Sidebar.xcu).
struct PanelKind {
    std::string_view name;
    rtl::Reference<PanelBase> (*make)(PanelArguments);
};
constexpr PanelKind kPanels[] = {
    {"ValidationPanel", &make<ValidationPanel>}, {"GuidePanel", &make<GuidePanel>},
    {"RelatedPanel", &make<RelatedPanel>},       {"ComparePanel", &make<ComparePanel>},
    {"VersionPanel", &make<VersionPanel>},
};

const PanelKind* panel_kind(const rtl::OUString& name) {
    for (const PanelKind& kind : kPanels)
        if (name.equalsAsciiL(kind.name.data(), static_cast<sal_Int32>(kind.name.size())))
            return &kind;
    return nullptr;
}

}  // namespace

PanelFactory::PanelFactory(const uno::Reference<uno::XComponentContext>& context)
    : context_(context) {}

uno::Reference<ui::XUIElement> PanelFactory::createUIElement(
    const rtl::OUString& resource_url, const uno::Sequence<beans::PropertyValue>& arguments) {
    // Argument problems are the caller's and are reported as the interface declares;
    // anything else stays inside: the sidebar then just shows no panel.
    PanelArguments parsed =
        parse(context_, resource_url, arguments, static_cast<cppu::OWeakObject*>(this));
    if (!resource_url.startsWith(kResourcePrefix))
        throw container::NoSuchElementException(resource_url,
                                                static_cast<cppu::OWeakObject*>(this));
    const PanelKind* kind = panel_kind(resource_url.copy(kResourcePrefix.getLength()));
    if (!kind)
        throw container::NoSuchElementException(resource_url,
                                                static_cast<cppu::OWeakObject*>(this));

    uno::Reference<ui::XUIElement> element;
    guarded("createUIElement", [&] {
        choose_language(context_);
        const rtl::Reference<PanelBase> panel = kind->make(parsed);
        try {
            panel->init();
        } catch (...) {
            panel->dispose();  // detaches whatever init() attached
            throw;
        }
        element = panel.get();
    });
    return element;
}

rtl::OUString PanelFactory::getImplementationName() { return kImplementationName; }

sal_Bool PanelFactory::supportsService(const rtl::OUString& name) {
    return name == kImplementationName;
}

uno::Sequence<rtl::OUString> PanelFactory::getSupportedServiceNames() {
    return uno::Sequence<rtl::OUString>(&kImplementationName, 1);
}

}  // namespace apichecklist::extension
