#include "workbook_wire.hpp"

#include <cstdint>
#include <cstring>

namespace apichecklist::io {

namespace {

constexpr char kWorkbookTag = 'W';
constexpr char kRefusalTag = 'E';

class Writer {
  public:
    void number(std::uint64_t value) {
        char bytes[sizeof value];
        std::memcpy(bytes, &value, sizeof value);
        out_.append(bytes, sizeof value);
    }
    void text(std::string_view value) {
        number(value.size());
        out_.append(value);
    }
    void tag(char value) { out_.push_back(value); }
    std::string take() { return std::move(out_); }

  private:
    std::string out_;
};

class Reader {
  public:
    explicit Reader(std::string_view in) : in_(in) {}
    bool number(std::uint64_t& value) {
        if (in_.size() < sizeof value) return false;
        std::memcpy(&value, in_.data(), sizeof value);
        in_.remove_prefix(sizeof value);
        return true;
    }
    bool text(std::string& value) {
        std::uint64_t size = 0;
        if (!number(size) || size > in_.size()) return false;
        value.assign(in_.substr(0, size));
        in_.remove_prefix(size);
        return true;
    }
    bool tag(char& value) {
        if (in_.empty()) return false;
        value = in_.front();
        in_.remove_prefix(1);
        return true;
    }
    bool at_end() const { return in_.empty(); }

  private:
    std::string_view in_;
};

bool read_sheet(Reader& in, sheet::Workbook& workbook) {
    std::string name;
    std::uint64_t hidden = 0, rows = 0, columns = 0, cells = 0;
    if (!in.text(name) || !in.number(hidden) || !in.number(rows) || !in.number(columns) ||
        !in.number(cells))
        return false;
    sheet::Sheet& sheet = workbook.sheets.emplace_back(std::move(name));
    sheet.hidden = hidden != 0;
    // The used area first, so that trailing empty rows and columns survive the trip.
    if (rows > 0 && columns > 0) sheet.set(int(rows - 1), int(columns - 1), sheet::Cell{});
    for (std::uint64_t i = 0; i < cells; ++i) {
        std::uint64_t row = 0, column = 0, kind = 0;
        sheet::Cell cell;
        if (!in.number(row) || !in.number(column) || !in.number(kind) || !in.text(cell.text) ||
            !in.text(cell.formula) || !in.text(cell.comment) ||
            kind > std::uint64_t(sheet::CellKind::Error))
            return false;
        cell.kind = sheet::CellKind(kind);
        sheet.set(int(row), int(column), std::move(cell));
    }
    std::uint64_t count = 0;
    if (!in.number(count) || count > (std::uint64_t{1} << 24)) return false;
    std::vector<sheet::CellRange> merges(count);
    for (sheet::CellRange& range : merges) {
        std::uint64_t r1 = 0, c1 = 0, r2 = 0, c2 = 0;
        if (!in.number(r1) || !in.number(c1) || !in.number(r2) || !in.number(c2)) return false;
        range = {{int(r1), int(c1)}, {int(r2), int(c2)}};
    }
    sheet.set_merges(std::move(merges));
    return true;
}

}  // namespace

std::string encode_request(const WireRequest& request) {
    Writer out;
    out.text(request.file);
    const ReadLimits& l = request.limits;
    for (std::uint64_t value :
         {std::uint64_t(l.max_file_bytes), std::uint64_t(l.max_uncompressed_bytes),
          std::uint64_t(l.max_rows), std::uint64_t(l.max_columns), std::uint64_t(l.max_seconds),
          std::uint64_t(l.max_memory_bytes)})
        out.number(value);
    return out.take();
}

std::optional<WireRequest> decode_request(std::string_view bytes) {
    Reader in(bytes);
    WireRequest request;
    std::uint64_t file_bytes = 0, uncompressed = 0, rows = 0, columns = 0, seconds = 0, memory = 0;
    if (!in.text(request.file) || !in.number(file_bytes) || !in.number(uncompressed) ||
        !in.number(rows) || !in.number(columns) || !in.number(seconds) || !in.number(memory) ||
        !in.at_end())
        return std::nullopt;
    request.limits = {file_bytes, uncompressed, int(rows), int(columns), int(seconds), memory};
    return request;
}

std::string encode_workbook(const sheet::Workbook& workbook) {
    Writer out;
    out.tag(kWorkbookTag);
    out.text(workbook.source);
    out.text(workbook.encoding);
    out.number(workbook.properties.size());
    for (const auto& [key, value] : workbook.properties) {
        out.text(key);
        out.text(value);
    }
    out.number(workbook.sheets.size());
    for (const sheet::Sheet& sheet : workbook.sheets) {
        std::uint64_t cells = 0;
        sheet.for_each_cell([&](int, int, const sheet::Cell&) { ++cells; });
        out.text(sheet.name());
        out.number(sheet.hidden ? 1 : 0);
        out.number(std::uint64_t(sheet.row_count()));
        out.number(std::uint64_t(sheet.column_count()));
        out.number(cells);
        sheet.for_each_cell([&](int row, int column, const sheet::Cell& cell) {
            out.number(std::uint64_t(row));
            out.number(std::uint64_t(column));
            out.number(std::uint64_t(cell.kind));
            out.text(cell.text);
            out.text(cell.formula);
            out.text(cell.comment);
        });
        out.number(sheet.merges().size());
        for (const sheet::CellRange& range : sheet.merges())
            for (int value :
                 {range.first.row, range.first.column, range.last.row, range.last.column})
                out.number(std::uint64_t(value));
    }
    return out.take();
}

std::string encode_refusal(const WireRefusal& refusal) {
    Writer out;
    out.tag(kRefusalTag);
    out.text(refusal.message_ja);
    out.text(refusal.message_en);
    return out.take();
}

std::optional<WireMessage> decode_wire(std::string_view bytes) {
    Reader in(bytes);
    char tag = 0;
    if (!in.tag(tag)) return std::nullopt;
    WireMessage message;
    if (tag == kRefusalTag) {
        if (!in.text(message.refusal.message_ja) || !in.text(message.refusal.message_en) ||
            !in.at_end())
            return std::nullopt;
        return message;
    }
    if (tag != kWorkbookTag) return std::nullopt;
    sheet::Workbook workbook;
    std::uint64_t properties = 0, sheets = 0;
    if (!in.text(workbook.source) || !in.text(workbook.encoding) || !in.number(properties))
        return std::nullopt;
    for (std::uint64_t i = 0; i < properties; ++i) {
        std::string key, value;
        if (!in.text(key) || !in.text(value)) return std::nullopt;
        workbook.properties.emplace(std::move(key), std::move(value));
    }
    if (!in.number(sheets)) return std::nullopt;
    for (std::uint64_t i = 0; i < sheets; ++i)
        if (!read_sheet(in, workbook)) return std::nullopt;
    if (!in.at_end()) return std::nullopt;
    message.workbook = std::move(workbook);
    return message;
}

}  // namespace apichecklist::io
