#include "panel_base.hpp"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/ui/UIElementType.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

#include <mutex>

#include "calc_document.hpp"
#include "catalog_access.hpp"
#include "guarded.hpp"
#include "message_box.hpp"
#include "uno_strings.hpp"

namespace apichecklist::extension {

using namespace css;

namespace {

// Panels are created and disposed on the office's main thread; the mutex covers the
// inspector, which may be called from a remote bridge thread.
std::mutex g_live_mutex;
std::vector<PanelBase*> g_live;

// Posted to the main thread by deferred(); holds the panel only weakly until it runs.
class DeferredAction : public cppu::WeakImplHelper1<awt::XCallback> {
  public:
    DeferredAction(uno::WeakReference<ui::XToolPanel> panel, std::function<bool()> disposed,
                   std::function<void()> action)
        : panel_(std::move(panel)), disposed_(std::move(disposed)), action_(std::move(action)) {}

    void SAL_CALL notify(const uno::Any&) override {
        guarded("control event", [&] {
            const uno::Reference<ui::XToolPanel> alive(panel_);  // kept alive while it runs
            if (alive.is() && !disposed_()) action_();
        });
    }

  private:
    uno::WeakReference<ui::XToolPanel> panel_;
    std::function<bool()> disposed_;
    std::function<void()> action_;
};

}  // namespace

PanelBase::PanelBase(PanelArguments arguments) : args_(std::move(arguments)) {}

PanelBase::~PanelBase() {
    std::lock_guard lock(g_live_mutex);
    std::erase(g_live, this);
}

std::vector<rtl::Reference<PanelBase>> PanelBase::panels_of(
    const uno::Reference<frame::XFrame>& frame) {
    std::lock_guard lock(g_live_mutex);
    std::vector<rtl::Reference<PanelBase>> found;
    for (PanelBase* panel : g_live)
        if (panel->args_.frame == frame) found.emplace_back(panel);
    return found;
}

rtl::OUString PanelBase::panel_name() const {
    return args_.resource_url.copy(args_.resource_url.lastIndexOf('/') + 1);
}

std::vector<PanelWindow::Shown> PanelBase::snapshot() const {
    return window_ ? window_->snapshot() : std::vector<PanelWindow::Shown>{};
}

std::vector<PanelBase::Measurement> PanelBase::measurements() const {
    return {{"timing.selection_us", selection_times_.text()},
            {"timing.modified_us", modified_times_.text()}};
}

uno::Reference<awt::XControl> PanelBase::control(const rtl::OUString& name) const {
    return window_ ? window_->control(name) : nullptr;
}

void PanelBase::review_changed() {
    guarded("review_changed", [&] {
        if (!disposed_) previous_changed();
    });
}

void PanelBase::init() {
    window_ = std::make_unique<PanelWindow>(args_.context, args_.parent);
    build(*window_);
    window_->window()->addWindowListener(this);
    args_.frame->addFrameActionListener(this);
    attach();
    refresh();
    std::lock_guard lock(g_live_mutex);
    g_live.push_back(this);
}

void PanelBase::attach() {
    controller_ = args_.frame->getController();
    if (auto selection = uno::Reference<view::XSelectionSupplier>(controller_, uno::UNO_QUERY);
        selection.is())
        selection->addSelectionChangeListener(this);
    model_ = controller_.is() ? controller_->getModel() : nullptr;
    if (auto broadcaster = uno::Reference<util::XModifyBroadcaster>(model_, uno::UNO_QUERY);
        broadcaster.is())
        broadcaster->addModifyListener(this);
    DocumentCache::attach(model_);
    document_.reset();
}

void PanelBase::detach() {
    guarded("detach selection", [&] {
        if (auto selection = uno::Reference<view::XSelectionSupplier>(controller_, uno::UNO_QUERY);
            selection.is())
            selection->removeSelectionChangeListener(this);
    });
    guarded("detach modify", [&] {
        if (auto broadcaster = uno::Reference<util::XModifyBroadcaster>(model_, uno::UNO_QUERY);
            broadcaster.is())
            broadcaster->removeModifyListener(this);
    });
    DocumentCache::detach(model_);
    controller_.clear();
    model_.clear();
    document_.reset();
}

const DocumentView* PanelBase::document() {
    document_ = DocumentCache::get(model_, [&]() -> std::optional<DocumentView> {
        std::optional<sheet::Workbook> workbook = read_workbook(model_);
        if (!workbook) return std::nullopt;
        DocumentView view{std::move(*workbook), {}, std::nullopt};
        view.settings = settings::read_settings(view.workbook);
        if (const catalog::Catalog* catalog = shared_catalog(args_.context))
            view.layout = sheet::detect_layout(view.workbook, *catalog,
                                               settings::checklist_hint(view.settings));
        return view;
    });
    return document_ && *document_ ? &**document_ : nullptr;
}

std::function<void()> PanelBase::deferred(std::function<void()> action) {
    uno::WeakReference<ui::XToolPanel> weak(static_cast<ui::XToolPanel*>(this));
    return [weak, context = args_.context,
            disposed = std::function<bool()>([this] { return disposed_; }),
            action = std::move(action)] {
        awt::AsyncCallback::create(context)->addCallback(new DeferredAction(weak, disposed, action),
                                                         uno::Any());
    };
}

void PanelBase::relayout() {
    if (!window_) return;
    const awt::Rectangle size = window_->window()->getPosSize();
    layout(size.Width, size.Height);
}

void PanelBase::write_report_sheet(
    const std::function<sal_Int16(const uno::Reference<css::sheet::XSpreadsheetDocument>&)>& write,
    const std::string& failure) {
    try {
        const sal_Int16 index =
            write(uno::Reference<css::sheet::XSpreadsheetDocument>(model(), uno::UNO_QUERY_THROW));
        select_cell(controller(), CursorPosition{index, 0, 0});
    } catch (const uno::Exception& error) {
        show_box(context(), getFrame(), BoxKind::Error, failure + to_utf8(error.Message));
    }
}

void PanelBase::request_sidebar_layout() {
    if (args_.sidebar.is()) args_.sidebar->requestLayout();
}

uno::Reference<frame::XFrame> PanelBase::getFrame() { return args_.frame; }
rtl::OUString PanelBase::getResourceURL() { return args_.resource_url; }
sal_Int16 PanelBase::getType() { return ui::UIElementType::TOOLPANEL; }
uno::Reference<uno::XInterface> PanelBase::getRealInterface() {
    return static_cast<ui::XToolPanel*>(this);
}

uno::Reference<awt::XWindow> PanelBase::getWindow() {
    return window_ ? window_->window() : nullptr;
}

uno::Reference<accessibility::XAccessible> PanelBase::createAccessible(
    const uno::Reference<accessibility::XAccessible>&) {
    uno::Reference<accessibility::XAccessible> accessible;
    guarded("createAccessible", [&] {
        if (window_) accessible.set(window_->window(), uno::UNO_QUERY);
    });
    return accessible;
}

ui::LayoutSize PanelBase::getHeightForWidth(sal_Int32 width) {
    ui::LayoutSize size(200, 200, 200);
    guarded("getHeightForWidth", [&] { size = height_for_width(width); });
    return size;
}

// Guidance is prose: a sidebar narrower than this wraps every other word.
sal_Int32 PanelBase::getMinimalWidth() { return 340; }

void PanelBase::dispose() {
    guarded("dispose", [&] {
        if (disposed_) return;
        disposed_ = true;
        {
            std::lock_guard lock(g_live_mutex);
            std::erase(g_live, this);
        }
        guarded("before_dispose", [&] { before_dispose(); });
        lang::EventObject event(static_cast<ui::XToolPanel*>(this));
        listeners_.disposeAndClear(event);
        guarded("detach frame", [&] { args_.frame->removeFrameActionListener(this); });
        detach();
        if (window_) {
            guarded("detach window", [&] { window_->window()->removeWindowListener(this); });
            window_->dispose();
            window_.reset();
        }
    });
}

void PanelBase::addEventListener(const uno::Reference<lang::XEventListener>& listener) {
    guarded("addEventListener", [&] { listeners_.addInterface(listener); });
}

void PanelBase::removeEventListener(const uno::Reference<lang::XEventListener>& listener) {
    guarded("removeEventListener", [&] { listeners_.removeInterface(listener); });
}

void PanelBase::selectionChanged(const lang::EventObject&) {
    ScopedDuration timed(selection_times_);
    guarded("selectionChanged", [&] {
        if (!disposed_) refresh();
    });
}

void PanelBase::modified(const lang::EventObject&) {
    // Only marks the copy stale: the next refresh re-reads, never the edit itself.
    ScopedDuration timed(modified_times_);
    DocumentCache::mark_stale(model_);
    guarded("document_changed", [&] {
        if (!disposed_) document_changed();
    });
}

void PanelBase::windowResized(const awt::WindowEvent&) {
    guarded("windowResized", [&] {
        if (!disposed_) relayout();
    });
}

void PanelBase::frameAction(const frame::FrameActionEvent& event) {
    guarded("frameAction", [&] {
        if (disposed_) return;
        if (event.Action == frame::FrameAction_COMPONENT_DETACHING) {
            detach();
        } else if (event.Action == frame::FrameAction_COMPONENT_REATTACHED ||
                   event.Action == frame::FrameAction_COMPONENT_ATTACHED) {
            detach();
            attach();
            refresh();
        }
    });
}

void PanelBase::disposing(const lang::EventObject& event) {
    guarded("disposing", [&] {
        if (event.Source == controller_ || event.Source == model_) {
            DocumentCache::detach(model_);
            controller_.clear();
            model_.clear();
            document_.reset();
        }
    });
}

}  // namespace apichecklist::extension
