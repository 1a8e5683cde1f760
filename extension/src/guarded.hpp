#pragma once
// Every UNO entry point runs its body through guarded(): no exception may cross UNO,
// because an exception escaping into the office can take the whole process down.

#include <com/sun/star/uno/Exception.hpp>

#include <cstdio>
#include <cstdlib>
#include <exception>

#include "uno_strings.hpp"

namespace apichecklist::extension {

inline void report_swallowed(const char* where, const char* what) noexcept {
    if (std::getenv("APICHECKLIST_DEBUG"))
        std::fprintf(stderr, "apichecklist: %s: %s\n", where, what);
}

template <class Body>
void guarded(const char* where, Body&& body) noexcept {
    try {
        body();
    } catch (const css::uno::Exception& error) {
        report_swallowed(where, to_utf8(error.Message).c_str());
    } catch (const std::exception& error) {
        report_swallowed(where, error.what());
    } catch (...) {
        report_swallowed(where, "unknown exception");
    }
}

}  // namespace apichecklist::extension
