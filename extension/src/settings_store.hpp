#pragma once
// Writes the document's settings (role, ignores) where the helper reads them: the core's
// JSON in A1 of the hidden sheet _apichecklist.

#include <com/sun/star/frame/XModel.hpp>

#include "apichecklist/validate/settings.hpp"

namespace apichecklist::extension {

void store_settings(const css::uno::Reference<css::frame::XModel>& model,
                    const validate::DocumentSettings& settings);

}  // namespace apichecklist::extension
