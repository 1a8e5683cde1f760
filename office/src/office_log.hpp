#pragma once
// What the office layer did and how long it took, on stderr, only when asked:
// APICHECKLIST_OFFICE_LOG=1 (which profile a run took and why, the phases of a start and
// a stop). Silent otherwise.

#include <string>

namespace apichecklist::office {

bool office_log_enabled();
// "apichecklist office: +MS ms TEXT" on stderr when enabled; MS counts from the first call.
void office_log(const std::string& text);

}  // namespace apichecklist::office
