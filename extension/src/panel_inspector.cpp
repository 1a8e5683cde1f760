#include "panel_inspector.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>

#include "guarded.hpp"
#include "panel_base.hpp"
#include "uno_strings.hpp"

namespace apichecklist::extension {

using namespace css;

namespace {

const rtl::OUString kImplementationName = "org.apichecklist.sidebar.PanelInspector";

}  // namespace

PanelInspector::PanelInspector(const uno::Reference<uno::XComponentContext>&) {}

void PanelInspector::initialize(const uno::Sequence<uno::Any>& arguments) {
    guarded("PanelInspector::initialize", [&] {
        for (const uno::Any& argument : arguments) {
            uno::Reference<frame::XFrame> frame;
            if (argument >>= frame) frame_ = frame;
        }
    });
}

uno::Any PanelInspector::getByName(const rtl::OUString& name) {
    uno::Any result;
    guarded("PanelInspector::getByName", [&] {
        // "ComparePanel/changes": the control itself, for a test to drive.
        if (const sal_Int32 slash = name.indexOf('/'); slash > 0) {
            for (const rtl::Reference<PanelBase>& panel :
                 PanelBase::panels_of(uno::Reference<frame::XFrame>(frame_)))
                if (panel->panel_name() == name.copy(0, slash))
                    result <<= panel->control(name.copy(slash + 1));
            return;
        }
        std::vector<beans::PropertyValue> values;
        for (const rtl::Reference<PanelBase>& panel :
             PanelBase::panels_of(uno::Reference<frame::XFrame>(frame_))) {
            if (panel->panel_name() != name) continue;
            for (const PanelWindow::Shown& shown : panel->snapshot()) {
                values.emplace_back(shown.name, 0, uno::Any(shown.text),
                                    beans::PropertyState_DIRECT_VALUE);
                values.emplace_back(shown.name + ".lines", 0, uno::Any(shown.lines),
                                    beans::PropertyState_DIRECT_VALUE);
                values.emplace_back(shown.name + ".visible", 0, uno::Any(shown.visible),
                                    beans::PropertyState_DIRECT_VALUE);
                values.emplace_back(shown.name + ".enabled", 0, uno::Any(shown.enabled),
                                    beans::PropertyState_DIRECT_VALUE);
            }
            for (const PanelBase::Measurement& measured : panel->measurements())
                values.emplace_back(measured.name, 0, uno::Any(to_ou(measured.text)),
                                    beans::PropertyState_DIRECT_VALUE);
            break;
        }
        result <<= uno::Sequence<beans::PropertyValue>(values.data(),
                                                       static_cast<sal_Int32>(values.size()));
    });
    return result;
}

uno::Sequence<rtl::OUString> PanelInspector::getElementNames() {
    std::vector<rtl::OUString> names;
    guarded("PanelInspector::getElementNames", [&] {
        for (const rtl::Reference<PanelBase>& panel :
             PanelBase::panels_of(uno::Reference<frame::XFrame>(frame_)))
            names.push_back(panel->panel_name());
    });
    return uno::Sequence<rtl::OUString>(names.data(), static_cast<sal_Int32>(names.size()));
}

sal_Bool PanelInspector::hasByName(const rtl::OUString& name) {
    for (const rtl::OUString& each : getElementNames())
        if (each == name) return true;
    return false;
}

uno::Type PanelInspector::getElementType() {
    return cppu::UnoType<uno::Sequence<beans::PropertyValue>>::get();
}

sal_Bool PanelInspector::hasElements() { return getElementNames().hasElements(); }

rtl::OUString PanelInspector::getImplementationName() { return kImplementationName; }

sal_Bool PanelInspector::supportsService(const rtl::OUString& name) {
    return name == kImplementationName;
}

uno::Sequence<rtl::OUString> PanelInspector::getSupportedServiceNames() {
    return uno::Sequence<rtl::OUString>(&kImplementationName, 1);
}

}  // namespace apichecklist::extension
