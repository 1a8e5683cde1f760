// Runs the fuzz target on a seeded random corpus for a bounded number of inputs (CI),
// plus byte-flipped copies of real fixture files through the file reader: nothing may
// crash or hang, and every unreadable file must be a ReadError.
//   random_corpus [ITERATIONS] [FIXTURE_DIR]

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

void mutate_files(const fs::path& fixtures, std::mt19937& random, int per_file) {
    const fs::path scratch =
        fs::temp_directory_path() / ("apichecklist-fuzz-" + std::to_string(random()));
    fs::create_directories(scratch);
    int read = 0, refused = 0;
    for (const char* name : {"clean-api.ods", "clean-api.xlsx", "clean-api.csv", "broken.xlsx"}) {
        const std::string original = slurp(fixtures / name);
        if (original.empty()) continue;
        for (int i = 0; i < per_file; ++i) {
            std::string bytes = original;
            const int flips = 1 + int(random() % 8);
            for (int f = 0; f < flips; ++f) bytes[random() % bytes.size()] = char(random());
            const fs::path path = scratch / name;
            std::ofstream(path, std::ios::binary) << bytes;
            try {
                apichecklist::io::read_workbook(path);
                ++read;
            } catch (const apichecklist::io::ReadError&) {
                ++refused;
            }
        }
    }
    fs::remove_all(scratch);
    std::cout << "mutated files: " << read << " read, " << refused << " refused with a message\n";
}

}  // namespace

int main(int argc, char** argv) {
    const int iterations = argc > 1 ? std::atoi(argv[1]) : 3000;
    std::mt19937 random(20241125);  // fixed: a failure reproduces
    std::vector<uint8_t> input;
    for (int i = 0; i < iterations; ++i) {
        input.resize(random() % 2048);
        for (uint8_t& b : input) b = uint8_t(random());
        LLVMFuzzerTestOneInput(input.data(), input.size());
    }
    std::cout << iterations << " random workbooks checked\n";
    if (argc > 2) mutate_files(argv[2], random, 60);
    return 0;
}
