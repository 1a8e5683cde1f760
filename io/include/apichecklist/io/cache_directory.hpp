#pragma once
// Where the helper keeps what it can make again: the persistent soffice profile, the
// catalog cache.

#include <filesystem>

namespace apichecklist::io {

// $XDG_CACHE_HOME/apichecklist, else $HOME/.cache/apichecklist; empty when neither is set.
std::filesystem::path default_cache_directory();

}  // namespace apichecklist::io
