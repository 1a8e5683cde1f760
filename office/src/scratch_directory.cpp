#include "apichecklist/office/scratch_directory.hpp"

#include <unistd.h>

#include <string>

#include "signal_cleanup.hpp"

namespace apichecklist::office {

ScratchDirectory::ScratchDirectory(std::filesystem::path path) : path_(std::move(path)) {
    std::filesystem::create_directories(path_);
    token_ = clean_up_on_signal(0, path_);
}

ScratchDirectory::~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
    forget_on_signal(token_);
}

std::filesystem::path staging_path_beside(const std::filesystem::path& target) {
    const std::filesystem::path directory =
        target.parent_path().empty() ? std::filesystem::current_path() : target.parent_path();
    return directory / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()));
}

}  // namespace apichecklist::office
