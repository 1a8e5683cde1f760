#pragma once
// A user-facing word in both languages: Japanese first, English second. Every table of
// labels in core (compare/labels.hpp, validate/labels.hpp, catalog/labels.hpp) is made of
// these, so that the helper, the sidebar and the reports say the same thing.

namespace apichecklist::text {

struct Label {
    const char* ja;
    const char* en;
    constexpr const char* in(bool english) const { return english ? en : ja; }
};

}  // namespace apichecklist::text
