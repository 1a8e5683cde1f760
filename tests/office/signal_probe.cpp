// Starts a supervised soffice, prints "<process group> <work directory>" and waits
// to be interrupted: the Ctrl-C test sends it SIGINT.

#include <unistd.h>

#include <iostream>

#include "apichecklist/office/office.hpp"

int main() {
    apichecklist::office::Office office;
    office.run("start", [](apichecklist::office::Session& s) { s.desktop->getComponents(); });
    std::cout << office.process_group() << " " << office.work_directory().string() << std::endl;
    for (;;) ::pause();
}
