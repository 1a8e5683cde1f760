#include "apichecklist/io/file_kind.hpp"

namespace apichecklist::io {

FileKindName file_kind_name(std::filesystem::file_type type) {
    using std::filesystem::file_type;
    switch (type) {
        case file_type::regular:
            return {"通常のファイル", "a regular file"};
        case file_type::directory:
            return {"ディレクトリ", "a directory"};
        case file_type::symlink:
            return {"シンボリックリンク", "a symbolic link"};
        case file_type::fifo:
            return {"名前付きパイプ (FIFO)", "a named pipe (FIFO)"};
        case file_type::character:
        case file_type::block:
            return {"デバイスファイル", "a device file"};
        case file_type::socket:
            return {"ソケット", "a socket"};
        default:
            return {"通常のファイルではないもの", "not a regular file"};
    }
}

}  // namespace apichecklist::io
