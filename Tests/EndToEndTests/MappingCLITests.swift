import Foundation
import HTTPTypes
import TestSupport
import Testing

/// `mapping import|add|remove|list|export` and the `rakuten-sync-mappings` job through the real executables.
struct MappingCLITests {
    /// Writes a fixture into the harness folder and returns its path.
    private func file(_ cli: CLIHarness, fixture path: String) throws -> String {
        let target = cli.root.appendingPathComponent(URL(fileURLWithPath: path).lastPathComponent)
        try fixture(path).write(to: target)
        return target.path
    }

    /// Points store `main` at `sandbox` with the sandbox's default credentials.
    static func configure(_ cli: CLIHarness, sandbox: String) throws {
        try cli.setUp(["init"])
        try cli.addSandboxStore(SandboxStoreSetup(), sandbox: sandbox)
    }

    @Test func shiftJISImportReportsBadLinesAndReimportChangesNothing() throws {
        // Given a store and the RMS-style Shift_JIS file (4 good rows, bad rows on lines 7, 8 and 9)
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        let csv = try file(cli, fixture: "csv/mappings-sjis.csv")

        // When it is first checked with --dry-run
        let dry = try cli.run(["mapping", "import", "--store", "main", csv, "--dry-run"])

        // Then nothing is written, and the bad lines are named
        #expect(dry.status == 1)
        #expect(dry.standardOutput.contains("Shift_JIS (CP932)"))
        #expect(
            dry.standardOutput.contains("7行目") && dry.standardOutput.contains("8行目")
                && dry.standardOutput.contains("9行目")
        )
        #expect(try cli.run(["mapping", "list"]).standardOutput.contains("商品連携はありません"))

        // When it is imported
        let imported = try cli.run(["mapping", "import", "--store", "main", csv])

        // Then the 4 valid rows are stored as 未確認, and the rejected rows are in a CSV report
        #expect(imported.status == 1)
        #expect(imported.standardOutput.contains("inserted 4, updated 0, unchanged 0; rejected rows 3"))
        let listed = try cli.run(["mapping", "list", "--store", "main", "--status", "unchecked"])
        #expect(listed.standardOutput.contains("mug/Blue"))
        #expect(listed.standardOutput.contains("マグ青①"))
        #expect(listed.standardOutput.contains("shirt 横軸=S 縦軸=白"))
        #expect(listed.standardOutput.contains("未確認 4"))
        let reportLine = try #require(
            imported.standardOutput.split(separator: "\n").first { $0.contains("rejected rows report: ") }
        )
        let reportPath = String(reportLine.split(separator: " ").last ?? "")
        let report = try String(contentsOfFile: reportPath, encoding: .utf8)
        #expect(report.contains("\r\n7,") && report.contains("\r\n9,"))

        // When the same file is imported again, and an export of the table is imported
        let again = try cli.run(["mapping", "import", "--store", "main", csv])
        let exported = cli.root.appendingPathComponent("export.csv").path
        #expect(try cli.run(["mapping", "export", "--store", "main", exported]).status == 0)
        let reimported = try cli.run(["mapping", "import", "--store", "main", exported])

        // Then nothing changes
        #expect(again.standardOutput.contains("inserted 0, updated 0, unchanged 4"))
        #expect(reimported.status == 0, "\(reimported.standardOutput)")
        #expect(reimported.standardOutput.contains("inserted 0, updated 0, unchanged 4; rejected rows 0"))
    }

    @Test(arguments: ["csv/mappings-utf8.csv", "csv/mappings-utf8-bom.csv"])
    func utf8FilesImportCleanly(path: String) throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore()

        let result = try cli.run(["mapping", "import", "--store", "main", try file(cli, fixture: path)])

        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.contains("inserted 3"))
        #expect(try cli.run(["mapping", "list"]).standardOutput.contains("コード TEA,01"))
    }

    @Test func anUndecodableFileIsABadCommandLine() throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore()

        let result = try cli.run([
            "mapping", "import", "--store", "main", try file(cli, fixture: "csv/mappings-mixed.csv"),
        ])

        #expect(result.status == 64)
        #expect(result.standardError.contains("3行目"))
        #expect(try cli.run(["mapping", "list"]).standardOutput.contains("商品連携はありません"))
    }

    @Test func addRefusesASecondMappingForTheSameSKU() throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore()

        let first = try cli.run([
            "mapping", "add", "--store", "main", "--manage-number", "MUG", "--variant", "Red", "--smaregi-id", "1001",
        ])
        let duplicate = try cli.run([
            "mapping", "add", "--store", "main", "--manage-number", "mug", "--variant", "Red", "--smaregi-code", "X",
        ])
        let otherCase = try cli.run([
            "mapping", "add", "--store", "main", "--manage-number", "mug", "--variant", "red", "--smaregi-code", "X",
        ])
        let bad = try cli.run([
            "mapping", "add", "--store", "main", "--manage-number", "mug", "--variant", "r d", "--smaregi-id", "1",
        ])
        let neither = try cli.run(["mapping", "add", "--store", "main", "--manage-number", "mug", "--smaregi-id", "1"])

        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("mug/Red"))
        #expect(duplicate.status == 1)
        #expect(duplicate.standardError.contains("既に"))
        #expect(otherCase.status == 0)
        #expect(bad.status == 64)
        #expect(neither.status == 64)
        #expect(
            try cli.run(["mapping", "remove", "--store", "main", "--manage-number", "mug", "--variant", "Red"]).status
                == 0
        )
        #expect(
            try cli.run(["mapping", "remove", "--store", "main", "--manage-number", "mug", "--variant", "Red"]).status
                == 1
        )
    }

    @Test(.timeLimit(.minutes(1)))
    func brokenMappingsAreShownAndTurn連携済みOnceFixed() async throws {
        try await withSandboxServer { sandbox in
            // Given both sides, and the Shift_JIS file whose マグ青① code Smaregi does not know
            let items = try await sandbox.control(
                .post,
                "/_sandbox/rakuten/shops/sandbox-shop/items",
                json: """
                    {"items":[{"manageNumber":"tea","price":1000,"inventory":10},
                     {"manageNumber":"mug","variants":[{"variantId":"red","price":2200,"inventory":5},{"variantId":"Blue","price":2200,"inventory":5}]},
                     {"manageNumber":"shirt","itemNumber":"sh01","price":3000,"legacy":{"horizontalName":"サイズ","verticalName":"カラー",
                      "horizontal":[{"name":"S","childNumber":"s"}],"vertical":[{"name":"白","childNumber":"w"}],
                      "stock":[{"horizontal":"S","vertical":"白","quantity":4}]}}]}
                    """
            )
            #expect(items.status == 201)
            let products = try await sandbox.control(
                .post,
                "/_sandbox/smaregi/contracts/sb_sandbox01/products",
                json: """
                    [{"productId":"1001","productCode":"4900000000011","productName":"マグ赤","price":1100},
                     {"productId":"1002","productCode":"SHIRT","productName":"シャツ","price":3000},
                     {"productId":"1003","productCode":"TEA","productName":"煎茶","price":1000},
                     {"productId":"1005","productCode":"4900000000028","productName":"マグ青","price":1100}]
                    """
            )
            #expect(products.status < 300, "\(products.text)")
            let cli = try CLIHarness()
            try Self.configure(cli, sandbox: sandbox.baseURL)
            _ = try cli.run(["mapping", "import", "--store", "main", try file(cli, fixture: "csv/mappings-sjis.csv")])

            // When the check job runs
            let first = try await runBlocking { try cli.run("rakuten-sync-mappings", ["--store", "main"]) }

            // Then the broken mapping is listed as エラー with the reason, the rest 連携済み
            #expect(first.status == 0, "\(first.standardError)")
            let errors = try cli.run(["mapping", "list", "--store", "main", "--status", "error"]).standardOutput
            #expect(errors.contains("mug/Blue") && errors.contains("マグ青①") && errors.contains("エラー"))
            #expect(try cli.run(["mapping", "list", "--status", "ok"]).standardOutput.contains("連携済み 3"))

            // When the merchant fixes it and the job runs again
            #expect(
                try cli.run(["mapping", "remove", "--store", "main", "--manage-number", "mug", "--variant", "Blue"])
                    .status == 0
            )
            let added = try cli.run(
                [
                    "mapping", "add", "--store", "main", "--manage-number", "mug", "--variant", "Blue",
                    "--smaregi-code", "4900000000028",
                ]
            )
            #expect(added.status == 0)
            let second = try await runBlocking { try cli.run("rakuten-sync-mappings", ["--store", "main"]) }

            // Then every mapping is 連携済み
            #expect(second.status == 0)
            #expect(try cli.run(["mapping", "list"]).standardOutput.contains("連携済み 4 / エラー 0 / 未確認 0"))
        }
    }
}
