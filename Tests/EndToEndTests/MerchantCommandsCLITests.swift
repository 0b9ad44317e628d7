import Foundation
import SyncStore
import TestSupport
import Testing

/// The commands issue #13 §4 found missing: `--version`, `--store` everywhere, `payment unset`, `carrier remove`,
/// and the warning of `store set --orders on` without a Smaregi connection.
struct MerchantCommandsCLITests {
    /// The version CHANGELOG.md names in its introduction.
    static func changelogVersion() throws -> String {
        let changelog = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("CHANGELOG.md")
        let text = try String(contentsOf: changelog, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("Version in development") })
        return String(try #require(line.split(separator: " ").last))
    }

    @Test(arguments: [
        "rakuten-sync", "rakuten-sync-orders", "rakuten-sync-stock", "rakuten-sync-shipping", "rakuten-sync-mappings",
    ])
    func versionIsTheChangelogsOnEveryExecutable(executable: String) throws {
        let cli = try CLIHarness()
        let result = try cli.run(executable, ["--version"], dataDirOption: false)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == (try Self.changelogVersion()))
    }

    @Test func storeCommandsTakeStoreLikeEveryOtherCommandAndTheCodeStillWorks() throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore(code: "alpha")
        // Given --store or the positional code, show, set and test find the store
        let byOption = try cli.run(["store", "show", "--store", "alpha"])
        #expect(byOption.status == 0, "\(byOption.standardError)")
        #expect(byOption.standardOutput.contains("テスト店 alpha"))
        #expect(try cli.run(["store", "show", "alpha"]).standardOutput.contains("テスト店 alpha"))
        let renamed = try cli.run(["store", "set", "--store", "alpha", "--name", "改名店"])
        #expect(renamed.status == 0, "\(renamed.standardError)")
        #expect(try cli.run(["store", "show", "alpha"]).standardOutput.contains("改名店"))
        // Neither, or two different codes, is a bad command line
        #expect(try cli.run(["store", "show"]).status == 64)
        let both = try cli.run(["store", "show", "alpha", "--store", "beta"])
        #expect(both.status == 64)
        #expect(both.standardError.contains("two different store codes"))
        // store add takes --store as its --code
        let added = try cli.run(
            ["store", "add", "--url", "https://www.rakuten.co.jp/beta/", "--name", "B", "--store", "beta"],
            stdin: "SP_B\nSL_B\n"
        )
        #expect(added.status == 0, "\(added.standardError)")
        #expect(try cli.run(["store", "remove", "--store", "beta"]).status == 0)
        #expect(try cli.run(["store", "show", "--store", "beta"]).status == 1)
    }

    @Test func switchingOrdersOnWithoutASmaregiConnectionWarnsAtOnceNamingTheFields() throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        // When orders are switched on before any Smaregi connection
        let bare = try cli.run(["store", "set", "--store", "main", "--orders", "on"])
        // Then the switch is saved, and stderr names every missing field in both languages
        #expect(bare.status == 0, "\(bare.standardError)")
        for field in ["スマレジ契約ID", "client id", "client secret", "受注店舗 (--smaregi-order-store)"] {
            #expect(bare.standardError.contains(field), "\(field): \(bare.standardError)")
        }
        #expect(bare.standardError.contains("warning: 受注取得 (orders) is on for store main"))
        #expect(!bare.standardError.contains("在庫店舗"))
        // When the connection is complete, the same command warns no more
        let smaregi = try cli.run(
            ["smaregi", "set", "--store", "main", "--contract-id", "c1", "--client-id", "id1"],
            stdin: "client-secret\n"
        )
        #expect(smaregi.status == 0, "\(smaregi.standardError)")
        let partial = try cli.run(["store", "set", "--store", "main", "--orders", "on"])
        #expect(partial.standardError.contains("受注店舗"))
        #expect(!partial.standardError.contains("スマレジ契約ID"))
        let complete = try cli.run(["store", "set", "main", "--orders", "on", "--smaregi-order-store", "3"])
        #expect(complete.status == 0)
        #expect(!complete.standardError.contains("warning"), "\(complete.standardError)")
        // Stock needs the stock store
        let stock = try cli.run(["store", "set", "main", "--stock", "on"])
        #expect(stock.standardError.contains("在庫店舗 (--smaregi-stock-store)"), "\(stock.standardError)")
    }

    @Test func carrierRemoveGivesTheNameBackToTheBuiltInTable() throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        #expect(
            try cli.run(["carrier", "set", "--store", "main", "--smaregi", "ハト急便", "--rakuten", "1002"]).status == 0
        )
        #expect(try cli.run(["carrier", "list", "--store", "main"]).standardOutput.contains("ハト急便"))
        let removed = try cli.run(["carrier", "remove", "--store", "main", "--smaregi", "ハト急便"])
        #expect(removed.status == 0, "\(removed.standardError)")
        #expect(removed.standardOutput.contains("ハト急便"))
        #expect(!(try cli.run(["carrier", "list", "--store", "main"]).standardOutput.contains("ハト急便")))
        let again = try cli.run(["carrier", "remove", "--store", "main", "--smaregi", "ハト急便"])
        #expect(again.status == 1)
        #expect(again.standardError.contains("ハト急便"))
    }

    @Test func settingsAndSMTPAreTablesWithDefaultsAndNeverShowThePassword() throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        #expect(try cli.run(["settings", "set", "max-stores", "7"]).status == 0)
        let set = try cli.run(
            ["smtp", "set", "--url", "smtp://127.0.0.1:2525", "--from", "ops@example.jp", "--user", "alerts"],
            stdin: "smtp-SECRET-pass\n"
        )
        #expect(set.status == 0, "\(set.standardError)")
        let settings = try cli.run(["settings"])
        let smtp = try cli.run(["smtp", "show"])
        #expect(smtp.status == 0, "\(smtp.standardError)")
        for output in [set.standardOutput, settings.standardOutput, smtp.standardOutput] {
            #expect(output.contains("キー / key") && output.contains("既定値 / default") && output.contains("意味 / meaning"))
            #expect(!output.contains("SMTPSettings("), "\(output)")
            #expect(!output.contains("smtp-SECRET-pass"))
            #expect(CLIHarness.tableValue(output, key: "password") == "****", "\(output)")
            #expect(CLIHarness.tableValue(output, key: "url") == "smtp://127.0.0.1:2525")
        }
        #expect(CLIHarness.tableRow(settings.standardOutput, key: "max-stores")?.prefix(3) == ["max-stores", "7", "5"])
        #expect(CLIHarness.tableValue(settings.standardOutput, key: "alert-dedup-hours") == "24")
        #expect(CLIHarness.tableValue(smtp.standardOutput, key: "user") == "alerts")
    }

    @Test func mappingExportAndTheRejectReportAreHeadedInJapaneseAndOldEnglishFilesStillImport() throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        // Given a file as an export before issue #13 wrote it (English headers), plus one bad row
        let old = cli.root.appendingPathComponent("old-export.csv").path
        try Data(
            ("store,manage_number,variant_id,horizontal,vertical,smaregi_id,smaregi_code,safety_stock,status,"
                + "reason_code,reason,checked_at\nmain,cup,c1,,,1002,,3,未確認,,,\nmain,cup,c2,,,abc,,,,,,\n").utf8
        ).write(to: URL(fileURLWithPath: old))
        // When it is imported, the good row goes in and the reject report is headed in Japanese
        let imported = try cli.run(["mapping", "import", "--store", "main", old])
        #expect(imported.standardOutput.contains("inserted 1"), "\(imported.standardOutput)")
        let reportLine = try #require(
            imported.standardOutput.split(separator: "\n").first { $0.contains("rejected rows report: ") }
        )
        let rejects = try String(contentsOfFile: String(reportLine.split(separator: " ").last ?? ""), encoding: .utf8)
        #expect(rejects.drop { $0 == "\u{FEFF}" }.hasPrefix("行,理由,理由(英語),store,manage_number"), "\(rejects)")
        // Then the export is headed in Japanese and imports again unchanged
        let exported = cli.root.appendingPathComponent("export.csv").path
        #expect(try cli.run(["mapping", "export", "--store", "main", exported]).status == 0)
        let text = try String(contentsOfFile: exported, encoding: .utf8)
        #expect(
            text.drop { $0 == "\u{FEFF}" }.hasPrefix(
                "店舗コード,商品管理番号,SKU管理番号,横軸,縦軸,スマレジ商品ID,スマレジ商品コード,安全在庫,スマレジ商品名,状態,理由コード,理由,確認日時\r\n"
            ),
            "\(text)"
        )
        let again = try cli.run(["mapping", "import", "--store", "main", exported])
        #expect(again.status == 0, "\(again.standardOutput)")
        #expect(again.standardOutput.contains("inserted 0, updated 0, unchanged 1; rejected rows 0"))
    }

    @Test(.timeLimit(.minutes(1)))
    func mappingListAndExportShowTheSmaregiProductNameTheCheckRead() async throws {
        try await withSandboxServer { sandbox in
            // Given mappings checked against the sandbox (OrdersScenario runs rakuten-sync-mappings)
            let scenario = try await OrdersScenario.make(sandbox)
            // Then mapping list shows each product's name next to its id
            let listed = try await scenario.cli(["mapping", "list", "--store", "main"]).standardOutput
            #expect(listed.contains("商品名 / name"))
            #expect(
                listed.split(separator: "\n").contains { $0.contains("ID 1003 ") && $0.contains(" 煎茶 ") },
                "\(listed)"
            )
            for name in ["タオル", "煎茶", "Tシャツ白S", "Tシャツ黒M", "シャツS白"] {
                #expect(listed.contains(name), "\(name): \(listed)")
            }
            // and mapping export writes it in スマレジ商品名, which the import ignores
            let path = scenario.cli.root.appendingPathComponent("names.csv").path
            try await scenario.cli(["mapping", "export", "--store", "main", path])
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains(",1003,,,煎茶,連携済み,"), "\(text)")
            let again = try await scenario.cli(["mapping", "import", "--store", "main", path])
            #expect(again.standardOutput.contains("inserted 0, updated 0, unchanged 5"), "\(again.standardOutput)")
        }
    }
}
