// apichecklist: the command-line helper for the card-API connection checklist.

#include <iostream>

#include "apichecklist/catalog/loader.hpp"
#include "apichecklist/io/output_file.hpp"
#include "commands/commands.hpp"
#include "context.hpp"
#include "output/terminal.hpp"

#ifndef APICHECKLIST_VERSION
#define APICHECKLIST_VERSION "0.0.0"
#endif

using namespace apichecklist;
using namespace apichecklist::cli;

namespace {

bool json_requested = false;  // --json: an error is also JSON on stdout

// An error the command cannot get past: on stderr as text and, with --json, on stdout as
// {"error": {"message", "message_en"}}, the shape of a file's error in validate --json
// (message in the output language; message_en when the error has an English text).
int fail(int code, const std::string& message, const std::string& message_en = {}) {
    std::cerr << "apichecklist: " << message << "\n";
    if (json_requested) {
        nlohmann::json error = {{"message", message}};
        if (!message_en.empty()) error["message_en"] = message_en;
        std::cout << json_text(nlohmann::json{{"error", error}}) << "\n";
    }
    return code;
}

// A report piped into a full disk or a closed pipe must not look like success.
int checked_exit(int code) {
    std::cout.flush();
    if (std::cout.fail()) {
        std::cerr
            << "apichecklist: "
            << tr("標準出力に書き込めませんでした (ディスクの空きやパイプの相手を確認してください)",
                  "could not write to standard output (check the free space or the reading end)")
            << "\n";
        return kUsageOrInput;
    }
    return code;
}

// --json anywhere before a "--": also when the parser fails before it reads the flag.
bool asks_for_json(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--") break;
        if (arg == "--json") return true;
    }
    return false;
}

std::string catalog_message(const catalog::CatalogError& e, bool en) {
    std::string text =
        std::string(en ? "cannot use the catalog: " : "カタログが読めません: ") + e.what();
    if (!e.package().empty())
        text += en ? "\n  the installed package " + e.package() +
                         " is broken: remove it with apichecklist catalog remove " + e.package() +
                         " or install a good copy again"
                   : "\n  インストール済みのパッケージ " + e.package() +
                         " が壊れています。apichecklist catalog remove " + e.package() +
                         " で削除するか、正しいパッケージを入れ直してください";
    return text;
}

}  // namespace

int main(int argc, char** argv) {
    install_output_escaping();
    Context ctx;
    CLI::App app{tr("クレジットカード分野のオープンAPIに係る接続チェックリストのヘルパー",
                    "Helper for the card-API connection checklist"),
                 "apichecklist"};
    app.set_version_flag("--version", std::string("apichecklist ") + APICHECKLIST_VERSION);
    app.add_option("--catalog", ctx.catalog_dir, tr("カタログのディレクトリ", "catalog directory"));
    app.add_flag("--json", ctx.json, tr("JSON で出力する", "print JSON"));
    app.fallthrough();
    app.require_subcommand(1);
    register_list(app, ctx);
    register_show(app, ctx);
    register_items(app, ctx);
    register_mapping(app, ctx);
    register_glossary(app, ctx);
    register_related(app, ctx);
    register_search(app, ctx);
    register_validate(app, ctx);
    register_catalog(app, ctx);
    register_report(app, ctx);
    register_compare(app, ctx);
    register_ignore(app, ctx);
#ifdef APICHECKLIST_HAVE_OFFICE
    register_template(app, ctx);
    register_migrate(app, ctx);
    register_role(app, ctx);
    register_fix(app, ctx);
    register_fill(app, ctx);
#endif

    json_requested = asks_for_json(argc, argv);
    try {
        app.parse(argc, argv);
        return checked_exit(kOk);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        if (!json_requested) {
            app.exit(e);
            return kUsageOrInput;
        }
        return fail(kUsageOrInput, e.what());
    } catch (const NotFound& e) {
        return fail(kNotFound, e.what());
    } catch (const ProblemsFound& e) {
        // The command ran: with --json its result (e.g. catalog verify's list) is on stdout.
        std::cerr << "apichecklist: " << e.what() << "\n";
        return checked_exit(kProblemsFound);
    } catch (const UsageError& e) {
        return fail(kUsageOrInput, e.what());
    } catch (const io::OutputError& e) {
        return fail(kUsageOrInput, english() ? e.message_en() : e.message_ja(), e.message_en());
    } catch (const catalog::CatalogError& e) {
        return fail(kUsageOrInput, catalog_message(e, english()), catalog_message(e, true));
    } catch (const std::exception& e) {
        return fail(kUsageOrInput, e.what());
    }
}
