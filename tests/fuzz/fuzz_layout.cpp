// Fuzz target: bytes → a workbook (cells drawn from checklist words, numbers and raw
// bytes) → layout detection → every rule, with the rest of the bytes as stored settings.
// Built as a libFuzzer target with clang (-DAPICHECKLIST_LIBFUZZER=ON), and linked with
// random_corpus_main.cpp as a bounded ctest otherwise.

#include <cstddef>
#include <cstdint>
#include <string>

#include "apichecklist/io/catalog_files.hpp"
#include "apichecklist/validate/validate.hpp"

using namespace apichecklist;

namespace {

const catalog::Catalog& fuzz_catalog() {
    static const catalog::Catalog instance = io::load_catalog(APICHECKLIST_FUZZ_CATALOG);
    return instance;
}

class Bytes {
  public:
    Bytes(const uint8_t* data, std::size_t size) : data_(data), size_(size) {}
    bool empty() const { return pos_ >= size_; }
    uint8_t next() { return pos_ < size_ ? data_[pos_++] : 0; }
    std::string take(std::size_t n) {
        n = std::min(n, size_ - std::min(pos_, size_));
        std::string s(reinterpret_cast<const char*>(data_ + pos_), n);
        pos_ += n;
        return s;
    }
    std::string rest() { return take(size_); }

  private:
    const uint8_t* data_;
    std::size_t size_;
    std::size_t pos_ = 0;
};

std::string word(Bytes& in, const catalog::Checklist& checklist) {
    static const char* const kWords[] = {"通番",
                                         "区分",
                                         "セキュリティ対応目標",
                                         "ｾｷｭﾘﾃｨ\n対応目標",
                                         "対象者",
                                         "現在の対応状況",
                                         "課題認識",
                                         "課題への対応計画",
                                         "今後の対応予定",
                                         "手法例",
                                         "関連規定",
                                         "備考",
                                         "独自1",
                                         "１２",
                                         "API 接続先",
                                         "カード会社",
                                         "共通",
                                         "銀行",
                                         "対応済み",
                                         "該当なし",
                                         "2025年3月末まで",
                                         "　",
                                         "",
                                         "#DIV/0!"};
    const uint8_t choice = in.next();
    if (choice < 120) return kWords[choice % (sizeof kWords / sizeof *kWords)];
    if (choice < 180) return std::to_string(in.next() % 70);
    if (choice < 220 && !checklist.items.empty())
        return checklist.items[in.next() % checklist.items.size()].goal;
    return in.take(in.next() % 16);  // raw, possibly invalid UTF-8
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    const catalog::Catalog& catalog = fuzz_catalog();
    Bytes in(data, size);
    const catalog::Checklist& checklist = catalog.checklists[in.next() % catalog.checklists.size()];
    sheet::Workbook workbook;
    const int sheets = 1 + in.next() % 3;
    for (int s = 0; s < sheets; ++s) workbook.sheets.emplace_back("s" + std::to_string(s));
    const int cells = in.next() * 2;
    for (int i = 0; i < cells && !in.empty(); ++i) {
        sheet::Sheet& target = workbook.sheets[in.next() % workbook.sheets.size()];
        const int row = in.next() % 60;
        const int column = in.next() % 14;
        sheet::Cell cell;
        cell.kind = static_cast<sheet::CellKind>(in.next() % 6);
        cell.text = word(in, checklist);
        if (cell.kind == sheet::CellKind::Formula || cell.kind == sheet::CellKind::Error)
            cell.formula = "=1/0";
        target.set(row, column, std::move(cell));
    }
    const auto role = static_cast<settings::Role>(in.next() % 3);
    sheet::Sheet settings(sheet::kSettingsSheet);
    settings.set_text(0, 0, in.rest());
    workbook.sheets.push_back(std::move(settings));

    const settings::SettingsReadResult stored = settings::read_settings(workbook);
    const auto layout = sheet::detect_layout(workbook, catalog, settings::checklist_hint(stored));
    if (!layout) return 0;
    const validate::Report report = validate::validate(workbook, *layout, catalog, role, stored);
    for (const validate::Finding& f : report.findings)
        if (f.rule.empty() || f.message_ja.empty()) __builtin_trap();
    return 0;
}
