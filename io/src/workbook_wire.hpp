#pragma once
// The bytes between a reader child process and its parent: the file to read with its
// limits, and back either the workbook read or the ReadError the file was refused with.
// Both ends are the same build, so the format only has to be unambiguous, not stable.

#include <optional>
#include <string>
#include <string_view>

#include "apichecklist/io/read_workbook.hpp"
#include "apichecklist/sheet/workbook.hpp"

namespace apichecklist::io {

struct WireRequest {
    std::string file;
    ReadLimits limits;
};

std::string encode_request(const WireRequest& request);
std::optional<WireRequest> decode_request(std::string_view bytes);

struct WireRefusal {
    std::string message_ja;
    std::string message_en;
};

std::string encode_workbook(const sheet::Workbook& workbook);
std::string encode_refusal(const WireRefusal& refusal);

struct WireMessage {
    std::optional<sheet::Workbook> workbook;  // set, or else refusal is
    WireRefusal refusal;
};

// std::nullopt when the bytes are not a whole message (the child died while writing).
std::optional<WireMessage> decode_wire(std::string_view bytes);

}  // namespace apichecklist::io
