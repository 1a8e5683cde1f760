#pragma once
// Forwards a control's action (button press) or item (list selection) events to a
// panel, with the exception guard every UNO entry point needs.

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <cppuhelper/implbase2.hxx>

#include <functional>

#include "guarded.hpp"

namespace apichecklist::extension {

class ControlListener
    : public cppu::WeakImplHelper2<css::awt::XActionListener, css::awt::XItemListener> {
  public:
    explicit ControlListener(std::function<void()> on_event) : on_event_(std::move(on_event)) {}

    void SAL_CALL actionPerformed(const css::awt::ActionEvent&) override { fire(); }
    void SAL_CALL itemStateChanged(const css::awt::ItemEvent&) override { fire(); }
    void SAL_CALL disposing(const css::lang::EventObject&) override {
        guarded("ControlListener::disposing", [&] { on_event_ = nullptr; });
    }

  private:
    void fire() {
        guarded("control event", [&] {
            if (on_event_) on_event_();
        });
    }
    std::function<void()> on_event_;
};

}  // namespace apichecklist::extension
