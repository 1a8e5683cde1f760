#pragma once
// Text from files (sheet names, cells, catalog package titles, file names) must not reach a
// terminal raw: an ESC sequence can clear the screen, retitle the window or hide what was
// printed before it. Everything the helper prints on stdout and stderr passes through an
// escaping buffer: C0 controls other than line feed and tab, DEL, C1 controls and the bidi
// overrides (U+202A–U+202E, U+2066–U+2069) become `\uXXXX`, a byte that is not UTF-8
// becomes `\xHH`. `\uXXXX` is also JSON's own escape, so JSON output keeps its meaning.

#include <ostream>

namespace apichecklist::cli {

// Puts the escaping buffer in front of std::cout and std::cerr (once, at start-up).
void install_output_escaping();

// The helper's own control sequences (a progress line's \r, search highlighting) go here:
// the stream without escaping behind std::cout or std::cerr, in the same order.
std::ostream& unescaped(std::ostream& out);

}  // namespace apichecklist::cli
