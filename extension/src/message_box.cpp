#include "message_box.hpp"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>

#include "messages.hpp"
#include "uno_strings.hpp"

namespace apichecklist::extension {

using namespace css;

bool show_box(const uno::Reference<uno::XComponentContext>& context,
              const uno::Reference<frame::XFrame>& frame, BoxKind kind, std::string_view text) {
    auto factory = uno::Reference<awt::XMessageBoxFactory>(awt::Toolkit::create(context),
                                                           uno::UNO_QUERY_THROW);
    auto parent = uno::Reference<awt::XWindowPeer>(
        frame.is() ? frame->getContainerWindow() : nullptr, uno::UNO_QUERY);
    const awt::MessageBoxType type = kind == BoxKind::Error      ? awt::MessageBoxType_ERRORBOX
                                     : kind == BoxKind::Question ? awt::MessageBoxType_QUERYBOX
                                                                 : awt::MessageBoxType_INFOBOX;
    const sal_Int32 buttons = kind == BoxKind::Question ? awt::MessageBoxButtons::BUTTONS_OK_CANCEL
                                                        : awt::MessageBoxButtons::BUTTONS_OK;
    const char* title = tr(Msg::ExtensionTitle);
    auto box = factory->createMessageBox(parent, type, buttons, to_ou(title), to_ou(text));
    const sal_Int16 answer = box->execute();
    return kind != BoxKind::Question || answer == awt::MessageBoxResults::OK;
}

}  // namespace apichecklist::extension
