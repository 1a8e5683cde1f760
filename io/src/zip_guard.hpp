#pragma once
// Looks inside a zip container before liborcus inflates it: what kind of document it
// is, whether it is encrypted, and whether it would inflate beyond the limits.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace apichecklist::io {

enum class ZipKind { Ods, Xlsx, Other };

struct ZipInspection {
    ZipKind kind = ZipKind::Other;
    bool encrypted = false;           // ODF package encryption (a password-protected .ods)
    std::uintmax_t uncompressed = 0;  // sum of the declared entry sizes
    std::string error;                // non-empty: the zip itself is unreadable (libzip's text)
};

// Stops reading entry sizes once `limit` is exceeded; `uncompressed` is then > limit.
ZipInspection inspect_zip(const std::filesystem::path& file, std::uintmax_t limit);

// The entry's bytes; nullopt when the entry is absent, larger than max_bytes or unreadable.
std::optional<std::string> read_zip_entry(const std::filesystem::path& file,
                                          const std::string& name, std::uintmax_t max_bytes);

}  // namespace apichecklist::io
