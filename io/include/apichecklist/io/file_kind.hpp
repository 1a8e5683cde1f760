#pragma once
// What a path that is not a regular file is, in words, for messages that refuse it.

#include <filesystem>

namespace apichecklist::io {

struct FileKindName {
    const char* ja;
    const char* en;
};

// 「名前付きパイプ (FIFO)」 / "a named pipe (FIFO)", 「デバイスファイル」 / "a device file", …
FileKindName file_kind_name(std::filesystem::file_type type);

}  // namespace apichecklist::io
