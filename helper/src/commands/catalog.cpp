#include <iostream>
#include <memory>

#include "../output/version_diff_output.hpp"
#include "../store/package_store.hpp"
#include "apichecklist/catalog/loader.hpp"
#include "apichecklist/catalog/version_diff.hpp"
#include "commands.hpp"

namespace apichecklist::cli {

namespace {

store::PackageStore package_store() {
    return store::PackageStore(catalog::default_catalog_directory(), catalog::installed_catalogs_root());
}

void print_packages(Context& ctx) {
    const catalog::Catalog& cat = ctx.catalog();
    if (ctx.json) {
        nlohmann::json out = nlohmann::json::array();
        for (const catalog::PackageInfo& p : cat.packages)
            out.push_back({{"package", p.id},
                           {"version", p.version},
                           {"builtin", p.builtin},
                           {"directory", p.directory.string()},
                           {"checklists", p.checklists},
                           {"mappings", p.mappings}});
        return print_json(out);
    }
    for (const catalog::PackageInfo& p : cat.packages) {
        std::cout << p.id << " " << p.version << "  " << (p.builtin ? tr("[組み込み]", "[built-in]") : tr("[インストール済み]", "[installed]"))
                  << "  " << p.directory.string() << "\n";
        for (const std::string& id : p.checklists) {
            const catalog::Checklist* list = cat.checklist(id);
            std::cout << "    " << id << "  " << list->title << (list->official ? "" : tr("  (非公式)", "  (unofficial)"))
                      << "\n";
        }
        for (const std::string& id : p.mappings) std::cout << "    " << tr("対応表 ", "mapping ") << id << "\n";
    }
}

void register_install(CLI::App& parent, Context& ctx) {
    struct Options {
        std::string path;
        bool allow_downgrade = false;
    };
    auto opt = std::make_shared<Options>();
    CLI::App* command = parent.add_subcommand("install", tr("カタログパッケージをインストールする", "install a catalog package"));
    command->add_option("PATH", opt->path, tr("ディレクトリまたは .tar.gz / .zip", "directory or .tar.gz / .zip"))->required();
    command->add_flag("--allow-downgrade", opt->allow_downgrade, tr("古い版での上書きを許す", "allow installing an older version"));
    command->callback([&ctx, opt] {
        store::InstallResult result;
        try {
            result = package_store().install(opt->path, opt->allow_downgrade);
        } catch (const store::PackageError& e) {
            throw UsageError(opt->path + ": " + tr("インストールしませんでした: ", "not installed: ") + e.what());
        } catch (const catalog::CatalogError& e) {
            throw UsageError(opt->path + ": " + tr("パッケージが壊れているか改変されています。インストールしませんでした: ",
                                                   "damaged or tampered package, not installed: ") + e.what());
        }
        if (ctx.json)
            return print_json({{"package", result.package.id},
                               {"version", result.package.version},
                               {"previous_version", result.previous_version},
                               {"directory", result.package.directory.string()}});
        std::cout << tr("インストールしました: ", "installed: ") << result.package.id << " " << result.package.version;
        if (!result.previous_version.empty()) std::cout << tr("（以前の版 ", " (was ") << result.previous_version << tr("）", ")");
        std::cout << "\n  " << result.package.directory.string() << "\n";
    });
}

void register_remove(CLI::App& parent, Context& ctx) {
    auto id = std::make_shared<std::string>();
    CLI::App* command = parent.add_subcommand("remove", tr("インストールしたパッケージを削除する", "remove an installed package"));
    command->add_option("ID", *id, tr("パッケージ ID またはチェックリスト ID", "package or checklist id"))->required();
    command->callback([&ctx, id] {
        std::string removed;
        try {
            removed = package_store().remove(*id);
        } catch (const store::PackageError& e) {
            throw NotFound(e.what());
        } catch (const catalog::CatalogError& e) {
            throw UsageError(std::string(tr("削除すると他のパッケージが使えなくなります: ",
                                            "removing it would break another package: ")) + e.what());
        }
        if (ctx.json) return print_json({{"removed", removed}});
        std::cout << tr("削除しました: ", "removed: ") << removed << "\n";
    });
}

void register_verify(CLI::App& parent, Context& ctx) {
    auto id = std::make_shared<std::string>();
    CLI::App* command = parent.add_subcommand("verify", tr("カタログを検査する（ハッシュ・構造・参照）", "check hashes, structure and references"));
    command->add_option("ID", *id, tr("パッケージ ID またはチェックリスト ID（省略時は全部）", "package or checklist id (all when omitted)"));
    command->callback([&ctx, id] {
        // Loading is the verification: every file's hash, structure and references.
        const catalog::Catalog* loaded = nullptr;
        try {
            loaded = &ctx.catalog();
        } catch (const catalog::CatalogError& e) {
            if (ctx.json) print_json({{"ok", false}, {"file", e.file()}, {"pointer", e.pointer()}, {"problem", e.what()}});
            throw ProblemsFound(std::string(tr("検査に失敗しました: ", "verification failed: ")) + e.what());
        }
        const catalog::Catalog& cat = *loaded;
        nlohmann::json out = nlohmann::json::array();
        bool matched = id->empty();
        for (const catalog::PackageInfo& p : cat.packages) {
            const bool wanted = id->empty() || p.id == *id ||
                                std::find(p.checklists.begin(), p.checklists.end(), *id) != p.checklists.end();
            if (!wanted) continue;
            matched = true;
            out.push_back({{"package", p.id}, {"version", p.version}, {"ok", true}});
            if (!ctx.json) std::cout << "OK  " << p.id << " " << p.version << "  " << p.directory.string() << "\n";
        }
        if (!matched) throw NotFound(std::string(tr("パッケージが見つかりません: ", "no such package: ")) + *id);
        if (ctx.json) print_json(out);
    });
}

void register_diff(CLI::App& parent, Context& ctx) {
    struct Options {
        std::string from;
        std::string to;
        bool all = false;
    };
    auto opt = std::make_shared<Options>();
    CLI::App* command = parent.add_subcommand("diff", tr("2 つの版の違い", "differences between two versions"));
    command->add_option("ID_A", opt->from, tr("元の版", "older version"))->required();
    command->add_option("ID_B", opt->to, tr("新しい版", "newer version"))->required();
    command->add_flag("--all", opt->all, tr("変更のない項目も表示する", "also list unchanged items"));
    command->callback([&ctx, opt] {
        ctx.checklist(opt->from);
        ctx.checklist(opt->to);
        const auto steps = catalog::diff_versions(ctx.catalog(), opt->from, opt->to);
        if (!steps)
            throw NotFound(std::string(tr("2 つの版をつなぐ対応表がありません: ", "no mapping joins the two versions: ")) +
                           opt->from + " → " + opt->to);
        if (ctx.json) return print_json(version_diff_json(*steps));
        print_version_diff(std::cout, *steps, opt->all);
    });
}

}  // namespace

void register_catalog(CLI::App& app, Context& ctx) {
    CLI::App* command = app.add_subcommand("catalog", tr("カタログパッケージの管理", "manage catalog packages"));
    command->require_subcommand(1);
    command->add_subcommand("list", tr("パッケージの一覧", "list packages"))->callback([&ctx] { print_packages(ctx); });
    register_install(*command, ctx);
    register_verify(*command, ctx);
    register_remove(*command, ctx);
    register_diff(*command, ctx);
}

}  // namespace apichecklist::cli
