#pragma once

#include <stdexcept>

namespace apichecklist::io {

// Thrown from inside a reader when the document exceeds the read limits.
class TooLarge : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

}  // namespace apichecklist::io
