#pragma once
// The one UI element factory of the deck: checks its arguments up front, then builds the
// panel the resource URL names (…/ApiChecklistPanelFactory/GuidePanel, …/RelatedPanel).

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

namespace apichecklist::extension {

class PanelFactory
    : public cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo> {
  public:
    explicit PanelFactory(const css::uno::Reference<css::uno::XComponentContext>& context);

    css::uno::Reference<css::ui::XUIElement> SAL_CALL
    createUIElement(const rtl::OUString& resource_url,
                    const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;

    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

  private:
    css::uno::Reference<css::uno::XComponentContext> context_;
};

}  // namespace apichecklist::extension
