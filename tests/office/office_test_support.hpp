#pragma once
// Helpers shared by the tests that drive a real soffice.

#include <signal.h>

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>

#include "apichecklist/office/office.hpp"

namespace apichecklist::test {

namespace uno = css::uno;

// True once no process of the group is left (bounded: gives up after 20 s).
inline bool process_group_gone(int process_group) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (std::chrono::steady_clock::now() < deadline) {
        if (::kill(-process_group, 0) == -1 && errno == ESRCH) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}

// True once every process of the group is stopped (state T), bounded: 20 s. kill() with
// SIGSTOP returns before the threads of a busy soffice have stopped; a call sent at once
// may still be answered.
inline bool process_group_stopped(int process_group) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (std::chrono::steady_clock::now() < deadline) {
        bool all = true, any = false;
        std::error_code ec;
        for (const auto& entry : std::filesystem::directory_iterator("/proc", ec)) {
            const std::string name = entry.path().filename().string();
            if (name.find_first_not_of("0123456789") != std::string::npos) continue;
            std::error_code ignored;
            for (const auto& task :
                 std::filesystem::directory_iterator(entry.path() / "task", ignored)) {
                std::ifstream in(task.path() / "stat");
                std::string line;
                if (!std::getline(in, line)) continue;
                const auto close = line.rfind(')');
                if (close == std::string::npos) continue;
                std::istringstream rest(line.substr(close + 1));
                char state = 0;
                long ppid = 0, pgrp = 0;
                if (!(rest >> state >> ppid >> pgrp) || pgrp != process_group) continue;
                any = true;
                if (state != 'T' && state != 't' && state != 'Z' && state != 'X') all = false;
            }
        }
        if (any && all) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

inline uno::Reference<css::sheet::XSpreadsheet> first_sheet(
    const uno::Reference<css::lang::XComponent>& document) {
    uno::Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document, uno::UNO_QUERY_THROW);
    uno::Reference<css::container::XIndexAccess> sheets(spreadsheet->getSheets(),
                                                        uno::UNO_QUERY_THROW);
    return uno::Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(0), uno::UNO_QUERY_THROW);
}

inline std::string cell_text(const uno::Reference<css::sheet::XSpreadsheet>& sheet, int column,
                             int row) {
    uno::Reference<css::text::XText> text(sheet->getCellByPosition(column, row),
                                          uno::UNO_QUERY_THROW);
    return office::to_utf8(text->getString());
}

inline void set_cell_text(const uno::Reference<css::sheet::XSpreadsheet>& sheet, int column,
                          int row, const std::string& value) {
    uno::Reference<css::text::XText> text(sheet->getCellByPosition(column, row),
                                          uno::UNO_QUERY_THROW);
    text->setString(office::to_ou(value));
}

inline std::string file_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace apichecklist::test
