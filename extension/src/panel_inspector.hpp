#pragma once
// Lets a test read what the panels of one frame show: getByName("GuidePanel") gives one
// PropertyValue per control with the text the control displays, plus NAME.visible.
// It reads the controls themselves, so it sees exactly what is on screen.
// getByName("PANEL/CONTROL") gives the control itself, for a test to drive it.

#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase3.hxx>
#include <cppuhelper/weakref.hxx>

namespace apichecklist::extension {

class PanelInspector
    : public cppu::WeakImplHelper3<css::container::XNameAccess, css::lang::XInitialization,
                                   css::lang::XServiceInfo> {
  public:
    explicit PanelInspector(const css::uno::Reference<css::uno::XComponentContext>& context);

    void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>& arguments) override;
    css::uno::Any SAL_CALL getByName(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getElementNames() override;
    sal_Bool SAL_CALL hasByName(const rtl::OUString& name) override;
    css::uno::Type SAL_CALL getElementType() override;
    sal_Bool SAL_CALL hasElements() override;

    rtl::OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
    css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

  private:
    css::uno::WeakReference<css::frame::XFrame> frame_;
};

}  // namespace apichecklist::extension
