// Runs the fuzz target on a seeded random corpus for a bounded number of inputs (CI),
// plus byte-flipped copies of real fixture files through the file reader: nothing may
// crash or hang, and every unreadable file must be a ReadError.
//   random_corpus [ITERATIONS] [FIXTURE_DIR [SEED]]

#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "apichecklist/io/read_workbook.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size);

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Returns the number of mutated files the reader crashed or hung on (each is kept and named).
int mutate_files(const fs::path& fixtures, std::mt19937& random, int per_file) {
    const fs::path scratch =
        fs::temp_directory_path() / ("apichecklist-fuzz-" + std::to_string(random()));
    fs::create_directories(scratch);
    int read = 0, refused = 0, failed = 0;
    for (const char* name : {"clean-api.ods", "clean-api.xlsx", "clean-api.csv", "broken.xlsx"}) {
        const std::string original = slurp(fixtures / name);
        if (original.empty()) {
            std::cout << "missing fixture " << (fixtures / name) << "\n";
            ++failed;
            continue;
        }
        for (int i = 0; i < per_file; ++i) {
            std::string bytes = original;
            const int flips = 1 + int(random() % 8);
            for (int f = 0; f < flips; ++f) bytes[random() % bytes.size()] = char(random());
            const fs::path path = scratch / name;
            std::ofstream(path, std::ios::binary) << bytes;
            try {
                apichecklist::io::read_workbook(path);
                ++read;
            } catch (const apichecklist::io::ReadError& e) {
                if (e.kind() != apichecklist::io::ReadErrorKind::ReaderFailed) {
                    ++refused;
                    continue;
                }
                // The batch survives this, but it is a reader bug: keep the input to fix it.
                const fs::path kept =
                    fs::temp_directory_path() /
                    ("apichecklist-reader-failure-" + std::to_string(++failed) + "-" + name);
                fs::copy_file(path, kept, fs::copy_options::overwrite_existing);
                std::cout << "reader failed on " << kept << ": " << e.message_en() << "\n";
            }
        }
    }
    fs::remove_all(scratch);
    std::cout << "mutated files: " << read << " read, " << refused << " refused with a message, "
              << failed << " reader failures\n";
    return failed;
}

}  // namespace

int main(int argc, char** argv) {
    const int iterations = argc > 1 ? std::atoi(argv[1]) : 3000;
    // Fixed by default, so that a failure reproduces; a third argument explores other seeds.
    std::mt19937 random(argc > 3 ? std::uint32_t(std::atol(argv[3])) : 20241125u);
    std::vector<uint8_t> input;
    for (int i = 0; i < iterations; ++i) {
        input.resize(random() % 2048);
        for (uint8_t& b : input) b = uint8_t(random());
        LLVMFuzzerTestOneInput(input.data(), input.size());
    }
    std::cout << iterations << " random workbooks checked\n";
    const int failures = argc > 2 ? mutate_files(argv[2], random, 60) : 0;
    return failures == 0 ? 0 : 1;
}
