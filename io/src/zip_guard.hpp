#pragma once
// Looks inside a zip container before liborcus inflates it: what kind of document it
// is, whether it is encrypted, and whether it would inflate beyond the limits.

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

struct zip;  // libzip's zip_t

namespace apichecklist::io {

enum class ZipKind { Ods, Xlsx, Other };

struct ZipInspection {
    ZipKind kind = ZipKind::Other;
    bool encrypted = false;           // ODF package encryption (a password-protected .ods)
    bool zip_encrypted = false;       // zip (PKWARE or WinZip AES) encryption of any entry
    std::string unsupported_method;   // an entry libzip cannot inflate: "LZMA", "XZ", …
    std::string unsupported_entry;    // … and its name
    std::uintmax_t uncompressed = 0;  // sum of the declared entry sizes
    std::string error;                // non-empty: the zip itself is unreadable (libzip's text)
};

// Stops reading entry sizes once `limit` is exceeded; `uncompressed` is then > limit.
ZipInspection inspect_zip(const std::filesystem::path& file, std::uintmax_t limit);

// An open zip archive, for a reader that takes many entries from one package (an .xlsx
// with thousands of sheets must not reopen the archive, and parse its directory, per sheet).
// Entry names are found as written, else as OPC part names are compared: ASCII case ignored
// and a backslash taken for '/' (xl\sharedstrings.xml, as some .NET exporters write them).
class ZipReader {
  public:
    explicit ZipReader(const std::filesystem::path& file);
    ~ZipReader();
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    bool is_open() const { return archive_ != nullptr; }
    bool contains(const std::string& name);
    // The entry's bytes; nullopt when the entry is absent, larger than max_bytes or unreadable.
    std::optional<std::string> read(const std::string& name, std::uintmax_t max_bytes);

  private:
    std::int64_t locate(const std::string& name);
    ::zip* archive_ = nullptr;
    std::map<std::string, std::uint64_t> folded_;  // folded name → index, built on first need
    bool folded_built_ = false;
};

// One entry read with a ZipReader of its own.
std::optional<std::string> read_zip_entry(const std::filesystem::path& file,
                                          const std::string& name, std::uintmax_t max_bytes);

}  // namespace apichecklist::io
