#pragma once
// A short description of where two texts differ, for messages.

#include <string>

namespace apichecklist::validate::detail {

struct TextDifference {
    std::string expected;  // the differing part of the expected text, with a little context
    std::string actual;
};

TextDifference difference(const std::string& expected, const std::string& actual);

}  // namespace apichecklist::validate::detail
