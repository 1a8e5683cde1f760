#pragma once
// The extension speaks UNO's strings and URLs through office's one conversion.

#include "apichecklist/office/uno_strings.hpp"

namespace apichecklist::extension {

using office::file_url;
using office::system_path;
using office::to_ou;
using office::to_utf8;

}  // namespace apichecklist::extension
