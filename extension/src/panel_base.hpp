#pragma once
// What every panel of the deck shares: the UNO plumbing of a sidebar tool panel, the
// listeners on the frame's controller and document, and the document read as a Workbook
// (re-read lazily after the document changed). Panels derive and fill in the hooks.

#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XFrameActionListener.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <com/sun/star/view/XSelectionChangeListener.hpp>
#include <cppuhelper/basemutex.hxx>
#include <cppuhelper/compbase7.hxx>

#include <rtl/ref.hxx>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "apichecklist/sheet/layout.hpp"
#include "apichecklist/sheet/workbook.hpp"
#include "document_cache.hpp"
#include "duration_log.hpp"
#include "panel_window.hpp"

namespace apichecklist::extension {

struct PanelArguments {
    css::uno::Reference<css::uno::XComponentContext> context;
    css::uno::Reference<css::frame::XFrame> frame;
    css::uno::Reference<css::awt::XWindow> parent;
    css::uno::Reference<css::ui::XSidebar> sidebar;  // may be null
    rtl::OUString resource_url;
};

// XComponent (dispose, event listeners) comes from cppu::WeakComponentImplHelper7, as in
// LibreOffice's own SidebarPanelBase; a panel's teardown is its disposing().
using PanelInterfaces =
    cppu::WeakComponentImplHelper7<css::ui::XUIElement, css::ui::XToolPanel, css::ui::XSidebarPanel,
                                   css::view::XSelectionChangeListener, css::util::XModifyListener,
                                   css::awt::XWindowListener, css::frame::XFrameActionListener>;

class PanelBase : private cppu::BaseMutex, public PanelInterfaces {
  public:
    explicit PanelBase(PanelArguments arguments);
    ~PanelBase() override;
    // Builds the controls and attaches the listeners; call once after construction.
    void init();

    // The live panels of a frame (for the inspector the integration tests read).
    static std::vector<rtl::Reference<PanelBase>> panels_of(
        const css::uno::Reference<css::frame::XFrame>& frame);
    rtl::OUString panel_name() const;  // GuidePanel, RelatedPanel
    std::vector<PanelWindow::Shown> snapshot() const;
    // The panel's own measurements (name, text), e.g. timing.selection_us: how long each
    // selection change took from the event to the end of the panel update.
    struct Measurement {
        rtl::OUString name;
        std::string text;
    };
    virtual std::vector<Measurement> measurements() const;
    // A control by name, for tests that drive it as a user would (null when none).
    css::uno::Reference<css::awt::XControl> control(const rtl::OUString& name) const;
    // Last year's sheet was chosen or forgotten for the document (「前回の回答と比較」).
    void review_changed();
    // The 検証 panel published new findings for the document (DocumentCache::report).
    void report_published();

    // XUIElement
    css::uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override;
    rtl::OUString SAL_CALL getResourceURL() override;
    sal_Int16 SAL_CALL getType() override;
    css::uno::Reference<css::uno::XInterface> SAL_CALL getRealInterface() override;
    // XToolPanel
    css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override;
    css::uno::Reference<css::accessibility::XAccessible> SAL_CALL
    createAccessible(const css::uno::Reference<css::accessibility::XAccessible>& parent) override;
    // XSidebarPanel
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
    sal_Int32 SAL_CALL getMinimalWidth() override;
    // XSelectionChangeListener, XModifyListener, XWindowListener, XFrameActionListener
    void SAL_CALL selectionChanged(const css::lang::EventObject& event) override;
    void SAL_CALL modified(const css::lang::EventObject& event) override;
    void SAL_CALL windowResized(const css::awt::WindowEvent& event) override;
    void SAL_CALL windowMoved(const css::awt::WindowEvent&) override {}
    void SAL_CALL windowShown(const css::lang::EventObject&) override {}
    void SAL_CALL windowHidden(const css::lang::EventObject&) override {}
    void SAL_CALL frameAction(const css::frame::FrameActionEvent& event) override;
    void SAL_CALL disposing(const css::lang::EventObject& event) override;

  protected:
    virtual void build(PanelWindow& window) = 0;
    virtual void refresh() = 0;  // selection or document changed
    virtual void layout(sal_Int32 width, sal_Int32 height) = 0;
    virtual css::ui::LayoutSize height_for_width(sal_Int32 width) = 0;
    virtual void document_changed() {}  // called on every modification: must stay cheap
    virtual void previous_changed() {}
    virtual void findings_changed() {}
    virtual void before_dispose() {}
    // WeakComponentImplHelper7's dispose(): detaches everything (once).
    void SAL_CALL disposing() override;
    css::uno::Reference<css::frame::XModel> model() const { return model_; }

    const css::uno::Reference<css::uno::XComponentContext>& context() const {
        return args_.context;
    }
    css::uno::Reference<css::frame::XController> controller() const { return controller_; }
    PanelWindow* panel_window() { return window_.get(); }
    // Null for a document that is not a spreadsheet.
    const DocumentView* document();
    // For a control's listener: runs `action` on the office's main thread under its lock,
    // and only while the panel lives. A button's listeners are called without that lock
    // (VCLXButton), so a document closed meanwhile would dispose the panel under them.
    std::function<void()> deferred(std::function<void()> action);
    void relayout();
    void request_sidebar_layout();
    // Shares `report` with the document's other panels and tells those of this frame.
    void publish_report(SharedReport report);
    // Writes a report sheet (確認結果, 比較結果) into the document and shows it: the user
    // asked for it. A document that refuses (e.g. read-only) gets a message box starting
    // with `failure`.
    void write_report_sheet(
        const std::function<
            sal_Int16(const css::uno::Reference<css::sheet::XSpreadsheetDocument>&)>& write,
        const std::string& failure);

  private:
    void attach();
    void detach();

    PanelArguments args_;
    std::unique_ptr<PanelWindow> window_;
    css::uno::Reference<css::frame::XController> controller_;
    css::uno::Reference<css::frame::XModel> model_;
    SharedDocument document_;  // keeps the copy alive while this panel uses it
    bool disposed_ = false;
    DurationLog selection_times_;
    DurationLog modified_times_;
};

}  // namespace apichecklist::extension
