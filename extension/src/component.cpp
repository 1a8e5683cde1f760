// The library's entry points, named by constructor= in apichecklist_sidebar.components.

#include <sal/types.h>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "guarded.hpp"
#include "panel_factory.hpp"
#include "panel_inspector.hpp"
#include "protocol_handler.hpp"

using namespace css;

namespace {

template <class Implementation>
uno::XInterface* make(uno::XComponentContext* context) {
    uno::XInterface* instance = nullptr;
    apichecklist::extension::guarded("component constructor", [&] {
        auto* object = new Implementation(uno::Reference<uno::XComponentContext>(context));
        object->acquire();  // the caller takes over this reference
        instance = static_cast<cppu::OWeakObject*>(object);
    });
    return instance;
}

}  // namespace

extern "C" SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_apichecklist_sidebar_PanelFactory_get_implementation(uno::XComponentContext* context,
                                                         const uno::Sequence<uno::Any>&) {
    return make<apichecklist::extension::PanelFactory>(context);
}

extern "C" SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_apichecklist_sidebar_ProtocolHandler_get_implementation(uno::XComponentContext* context,
                                                            const uno::Sequence<uno::Any>&) {
    return make<apichecklist::extension::ProtocolHandler>(context);
}

extern "C" SAL_DLLPUBLIC_EXPORT uno::XInterface*
org_apichecklist_sidebar_PanelInspector_get_implementation(uno::XComponentContext* context,
                                                           const uno::Sequence<uno::Any>&) {
    return make<apichecklist::extension::PanelInspector>(context);
}
