// Reading runs in a child process: whatever happens there (a crash, a hang, running out of
// memory, printing) comes back as a ReadError, and the caller goes on.
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <sys/wait.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include "apichecklist/io/workbook_reader.hpp"

namespace {

using apichecklist::io::ReadError;
using apichecklist::io::ReadErrorKind;
using apichecklist::io::ReadLimits;
using apichecklist::io::WorkbookReader;
using apichecklist::sheet::Cell;
using apichecklist::sheet::CellKind;
using apichecklist::sheet::Workbook;

const std::filesystem::path kFile = "sheet.xlsx";

// One file through a reader child running `read`.
Workbook read_isolated(const std::filesystem::path& file, const ReadLimits& limits,
                       const std::function<Workbook()>& read) {
    WorkbookReader reader([&](const std::filesystem::path&, const ReadLimits&) { return read(); });
    return reader.read(file, limits);
}

ReadError failure_of(const std::function<Workbook()>& read, const ReadLimits& limits = {}) {
    try {
        read_isolated(kFile, limits, read);
    } catch (const ReadError& e) {
        return e;
    }
    ADD_FAILURE() << "no ReadError";
    return ReadError(kFile, "", "");
}

std::size_t open_descriptors() {
    return std::size_t(std::distance(std::filesystem::directory_iterator("/proc/self/fd"),
                                     std::filesystem::directory_iterator()));
}

}  // namespace

TEST(ReadIsolated, TheWorkbookComesBackWhole) {
    const auto read = [] {
        Workbook book;
        book.source = "sheet.xlsx";
        book.properties = {{"apichecklist.checklist", "card-api-1.0"}, {"空", ""}};
        auto& first = book.sheets.emplace_back("チェックリスト");
        first.set_text(0, 0, "通番");
        first.set(2, 3, Cell{CellKind::Formula, "12", "=ROW()-1", "メモ\n二行目"});
        first.set(3, 1, Cell{CellKind::Number, "1.5", "", ""});
        first.set(3, 2, Cell{CellKind::Error, "#N/A", "", ""});
        first.set(9, 7, Cell{});  // used area reaching beyond the last value
        auto& second = book.sheets.emplace_back("記入要領");
        second.hidden = true;
        second.set(0, 0, Cell{CellKind::Empty, "", "", "コメントだけ"});
        book.sheets.emplace_back("空のシート");
        return book;
    };
    const Workbook expected = read();
    const Workbook got = read_isolated(kFile, {}, read);
    EXPECT_EQ(got.source, expected.source);
    EXPECT_EQ(got.properties, expected.properties);
    ASSERT_EQ(got.sheets.size(), 3u);
    for (std::size_t s = 0; s < got.sheets.size(); ++s) {
        const auto& g = got.sheets[s];
        const auto& e = expected.sheets[s];
        EXPECT_EQ(g.name(), e.name());
        EXPECT_EQ(g.hidden, e.hidden);
        EXPECT_EQ(g.row_count(), e.row_count());
        EXPECT_EQ(g.column_count(), e.column_count());
        for (int r = 0; r < e.row_count(); ++r)
            for (int c = 0; c < e.column_count(); ++c) {
                EXPECT_EQ(g.at(r, c).kind, e.at(r, c).kind) << s << ":" << r << "," << c;
                EXPECT_EQ(g.at(r, c).text, e.at(r, c).text);
                EXPECT_EQ(g.at(r, c).formula, e.at(r, c).formula);
                EXPECT_EQ(g.at(r, c).comment, e.at(r, c).comment);
            }
    }
}

TEST(ReadIsolated, ARefusalComesBackAsItWasSaid) {
    const ReadError e = failure_of([]() -> Workbook {
        throw ReadError(kFile, "ファイルが空です (0 バイト)。", "the file is empty (0 bytes)");
    });
    EXPECT_EQ(e.kind(), ReadErrorKind::Refused);
    EXPECT_EQ(e.message_ja(), "ファイルが空です (0 バイト)。");
    EXPECT_EQ(e.message_en(), "the file is empty (0 bytes)");
    EXPECT_EQ(e.file(), kFile);
}

TEST(ReadIsolated, AnAbortingParserIsReportedAndTheCallerGoesOn) {
    const ReadError e = failure_of([]() -> Workbook { std::abort(); });
    EXPECT_EQ(e.kind(), ReadErrorKind::ReaderFailed);
    EXPECT_NE(e.message_en().find("SIGABRT"), std::string::npos) << e.message_en();
    EXPECT_NE(e.message_ja().find("異常終了"), std::string::npos) << e.message_ja();
}

TEST(ReadIsolated, OneReaderGoesOnAfterAFileThatKilledItsChild) {
    WorkbookReader reader([](const std::filesystem::path& file, const ReadLimits&) {
        if (file == "crash.xlsx") std::abort();
        if (file == "refused.xlsx") throw ReadError(file, "壊れています", "damaged");
        return Workbook{file.string(), {}, {}, {}};
    });
    EXPECT_EQ(reader.read("a.xlsx").source, "a.xlsx");
    EXPECT_THROW(reader.read("crash.xlsx"), ReadError);
    EXPECT_EQ(reader.read("b.xlsx").source, "b.xlsx");
    EXPECT_THROW(reader.read("refused.xlsx"), ReadError);
    EXPECT_EQ(reader.read("c.xlsx").source, "c.xlsx");
}

TEST(ReadIsolated, OneChildReadsFileAfterFile) {
    WorkbookReader reader([](const std::filesystem::path&, const ReadLimits&) {
        return Workbook{std::to_string(::getpid()), {}, {}, "Shift_JIS (CP932)"};
    });
    const Workbook workbook = reader.read("a.csv");
    EXPECT_EQ(workbook.encoding, "Shift_JIS (CP932)");
    const std::string first = workbook.source;
    EXPECT_NE(first, std::to_string(::getpid()));  // not read in this process
    EXPECT_EQ(reader.read("b.xlsx").source, first);
}

TEST(ReadIsolated, TheTimeLimitIsPerFileNotPerChild) {
    ReadLimits limits;
    limits.max_seconds = 1;
    WorkbookReader reader([](const std::filesystem::path&, const ReadLimits&) {
        const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(400);
        volatile unsigned long spins = 0;
        while (std::chrono::steady_clock::now() < until) spins = spins + 1;
        return Workbook{};
    });
    for (int i = 0; i < 4; ++i) EXPECT_NO_THROW(reader.read("busy.xlsx", limits)) << i;
}

TEST(ReadIsolated, ASegmentationFaultIsReported) {
    const ReadError e = failure_of([]() -> Workbook {
        std::raise(SIGSEGV);
        return {};
    });
    EXPECT_EQ(e.kind(), ReadErrorKind::ReaderFailed);
    EXPECT_NE(e.message_en().find("SIGSEGV"), std::string::npos) << e.message_en();
}

TEST(ReadIsolated, AnUnexpectedExceptionIsARefusalWithItsText) {
    const ReadError e =
        failure_of([]() -> Workbook { throw std::runtime_error("row numbers differ"); });
    EXPECT_EQ(e.kind(), ReadErrorKind::Refused);
    EXPECT_NE(e.message_en().find("row numbers differ"), std::string::npos);
}

TEST(ReadIsolated, AHangingReaderIsStoppedAtTheTimeLimit) {
    ReadLimits limits;
    limits.max_seconds = 1;
    const ReadError e = failure_of(
        []() -> Workbook {
            for (;;) ::pause();
        },
        limits);
    EXPECT_EQ(e.kind(), ReadErrorKind::ReaderFailed);
    EXPECT_NE(e.message_en().find("within 1 s"), std::string::npos) << e.message_en();
}

TEST(ReadIsolated, ASpinningReaderIsStoppedAtTheTimeLimit) {
    ReadLimits limits;
    limits.max_seconds = 1;
    const ReadError e = failure_of(
        []() -> Workbook {
            volatile unsigned long spins = 0;
            for (;;) spins = spins + 1;
        },
        limits);
    EXPECT_EQ(e.kind(), ReadErrorKind::ReaderFailed);
    EXPECT_NE(e.message_en().find("within 1 s"), std::string::npos) << e.message_en();
}

TEST(ReadIsolated, MemoryBeyondTheLimitIsRefusedWithTheLimit) {
    ReadLimits limits;
    limits.max_memory_bytes = 256u << 20;
    const ReadError e = failure_of(
        [] {
            std::vector<std::vector<char>> blocks;
            for (;;) blocks.emplace_back(64u << 20);
            return Workbook{};
        },
        limits);
    EXPECT_NE(e.message_en().find("256 MB"), std::string::npos) << e.message_en();
    EXPECT_NE(e.message_ja().find("メモリ上限"), std::string::npos);
}

TEST(ReadIsolated, WhatTheLibrariesPrintReachesNeitherStdoutNorStderr) {
    testing::internal::CaptureStdout();
    testing::internal::CaptureStderr();
    read_isolated(kFile, {}, [] {
        std::printf("* last guid: 0\n");
        std::fflush(stdout);
        ::write(2, "debug\n", 6);
        return Workbook{};
    });
    EXPECT_EQ(testing::internal::GetCapturedStdout(), "");
    EXPECT_EQ(testing::internal::GetCapturedStderr(), "");
}

TEST(ReadIsolated, NoDescriptorOrChildIsLeftBehind) {
    const std::size_t before = open_descriptors();
    for (int i = 0; i < 20; ++i) {
        read_isolated(kFile, {}, [] { return Workbook{}; });
        failure_of([]() -> Workbook { std::abort(); });
        ReadLimits limits;
        limits.max_seconds = 0;
        failure_of(
            []() -> Workbook {
                for (;;) ::pause();
            },
            limits);
    }
    EXPECT_EQ(open_descriptors(), before);
    EXPECT_EQ(::waitpid(-1, nullptr, WNOHANG), -1);  // no child left to reap
    EXPECT_EQ(errno, ECHILD);
}
