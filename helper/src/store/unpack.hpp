#pragma once
// Copies a catalog package (a directory, or a .tar/.tar.gz/.zip archive) into an empty
// directory, refusing anything that is not a plain file tree of reasonable size.

#include <cstdint>
#include <filesystem>
#include <stdexcept>

namespace apichecklist::store {

class PackageError : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct UnpackLimits {
    std::size_t max_files = 1000;
    std::uint64_t max_total_bytes = 64ull << 20;
};

// After unpacking, `destination` holds manifest.json at its top (a single top-level
// folder in the archive is stripped).
void unpack_package(const std::filesystem::path& source, const std::filesystem::path& destination,
                    const UnpackLimits& limits = {});

}  // namespace apichecklist::store
