import Foundation
import HTTPTypes
import TestSupport
import Testing

/// `mapping set`, partial re-imports and import hygiene through the real executables (issue #13 §2).
struct MappingEditCLITests {
    /// Writes `bytes` into the harness folder and returns its path.
    private func write(_ cli: CLIHarness, _ name: String, _ bytes: Data) throws -> String {
        let target = cli.root.appendingPathComponent(name)
        try bytes.write(to: target)
        return target.path
    }

    private func write(_ cli: CLIHarness, _ name: String, _ text: String) throws -> String {
        try write(cli, name, Data(text.utf8))
    }

    /// The export's line for `sku` (`manage_number,variant_id`), from `store` to `safety_stock`.
    private func exported(_ cli: CLIHarness, _ sku: String) throws -> String? {
        let export = try cli.run(["mapping", "export", "--store", "main", "-"])
        return export.standardOutput.components(separatedBy: "\r\n").first { $0.hasPrefix("main,\(sku),") }
    }

    private func counts(_ cli: CLIHarness) throws -> String {
        try cli.run(["mapping", "list", "--store", "main"]).standardOutput
    }

    @Test(.timeLimit(.minutes(2)))
    func safetyOnlyEditsKeep連携済みAndANewProductUnchecks() async throws {
        try await withSandboxServer { sandbox in
            // Given two SKUs on both sides, imported with per-SKU safety stock and checked 連携済み
            let items = try await sandbox.control(
                .post,
                "/_sandbox/rakuten/shops/sandbox-shop/items",
                json: """
                    {"items":[{"manageNumber":"tea","price":1000,"inventory":10},
                     {"manageNumber":"mug","variants":[{"variantId":"red","price":2200,"inventory":5}]}]}
                    """
            )
            #expect(items.status == 201)
            let products = try await sandbox.control(
                .post,
                "/_sandbox/smaregi/contracts/sb_sandbox01/products",
                json: """
                    [{"productId":"1001","productCode":"4900000000011","productName":"マグ赤","price":1100},
                     {"productId":"1003","productCode":"TEA","productName":"煎茶","price":1000},
                     {"productId":"1005","productCode":"4900000000028","productName":"マグ青","price":1100}]
                    """
            )
            #expect(products.status < 300, "\(products.text)")
            let cli = try CLIHarness()
            try MappingCLITests.configure(cli, sandbox: sandbox.baseURL)
            let full = try write(
                cli,
                "full.csv",
                "manage_number,variant_id,smaregi_code,safety_stock\nmug,red,4900000000011,2\ntea,tea,TEA,1\n"
            )
            #expect(try cli.run(["mapping", "import", "--store", "main", full]).status == 0)
            let checked = try await runBlocking { try cli.run("rakuten-sync-mappings", ["--store", "main"]) }
            #expect(checked.status == 0, "\(checked.standardError)")
            #expect(try counts(cli).contains("連携済み 2 / エラー 0 / 未確認 0"))

            // When a file without the 安全在庫 column is imported
            let noSafety = try write(cli, "codes.csv", "manage_number,variant_id,smaregi_code\nmug,red,4900000000011\n")
            let partial = try cli.run(["mapping", "import", "--store", "main", noSafety])

            // Then nothing changes: the safety stock stays
            #expect(partial.standardOutput.contains("inserted 0, updated 0, unchanged 1"), "\(partial.standardOutput)")
            #expect(try exported(cli, "mug,red")?.hasPrefix("main,mug,red,,,,4900000000011,2,") == true)

            // When only safety stock changes (one raised, one cleared by an empty cell in the present column)
            let safety = try write(
                cli,
                "safety.csv",
                "manage_number,variant_id,smaregi_code,safety_stock\nmug,red,4900000000011,5\ntea,tea,TEA,\n"
            )
            let safetyOnly = try cli.run(["mapping", "import", "--store", "main", safety])

            // Then both are updated and stay 連携済み
            #expect(safetyOnly.standardOutput.contains("updated 2"), "\(safetyOnly.standardOutput)")
            #expect(safetyOnly.standardOutput.contains("0 point at another Smaregi product"))
            #expect(try counts(cli).contains("連携済み 2 / エラー 0 / 未確認 0"))
            #expect(try exported(cli, "mug,red")?.hasPrefix("main,mug,red,,,,4900000000011,5,") == true)
            #expect(try exported(cli, "tea,tea")?.hasPrefix("main,tea,tea,,,,TEA,,") == true)

            // When `mapping set` changes the safety stock (full-width digits) and then clears it
            let sku = ["--store", "main", "--manage-number", "MUG", "--variant", "red"]
            let raised = try cli.run(["mapping", "set"] + sku + ["--safety-stock", "３"])
            #expect(raised.status == 0, "\(raised.standardError)")
            #expect(raised.standardOutput.contains("status kept"))
            #expect(try exported(cli, "mug,red")?.hasPrefix("main,mug,red,,,,4900000000011,3,") == true)
            #expect(try cli.run(["mapping", "set"] + sku + ["--clear-safety-stock"]).status == 0)
            #expect(try exported(cli, "mug,red")?.hasPrefix("main,mug,red,,,,4900000000011,,") == true)

            // Then the mapping is still 連携済み
            #expect(try counts(cli).contains("連携済み 2 / エラー 0 / 未確認 0"))

            // When it is pointed at another Smaregi product
            let moved = try cli.run(["mapping", "set"] + sku + ["--smaregi-code", "4900000000028"])

            // Then it is 未確認 until the next check, which finds it
            #expect(moved.status == 0, "\(moved.standardError)")
            #expect(moved.standardOutput.contains("unchecked until the next check"))
            #expect(try counts(cli).contains("連携済み 1 / エラー 0 / 未確認 1"))
            #expect(try await runBlocking { try cli.run("rakuten-sync-mappings", ["--store", "main"]) }.status == 0)
            #expect(try counts(cli).contains("連携済み 2 / エラー 0 / 未確認 0"))

            // And a SKU without a mapping, or contradictory options, are refused
            let unknown = try cli.run([
                "mapping", "set", "--store", "main", "--manage-number", "cup", "--variant", "c1", "--safety-stock", "1",
            ])
            #expect(unknown.status == 1)
            #expect(unknown.standardError.contains("cup/c1"))
            let both = try cli.run(["mapping", "set"] + sku + ["--safety-stock", "1", "--clear-safety-stock"])
            #expect(both.status == 64)
            #expect(try cli.run(["mapping", "set"] + sku).status == 64)
            #expect(try cli.run(["mapping", "set"] + sku + ["--safety-stock=-1"]).status == 64)
        }
    }

    @Test func aMissingFileIsABadCommandLine() throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        let missing = cli.root.appendingPathComponent("nope.csv").path

        let result = try cli.run(["mapping", "import", "--store", "main", missing])

        #expect(result.status == 64)
        #expect(result.standardError.contains("nope.csv") && result.standardError.contains("no such file"))
    }

    @Test(arguments: [
        ("csv/mappings-eucjp.csv", "EUC-JP"),
        ("csv/mappings-cp932-utf8-line3.csv", "3行目"),
    ])
    func otherEncodingsAndMixedFilesAreRefused(path: String, expected: String) throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        let file = try write(cli, URL(fileURLWithPath: path).lastPathComponent, try fixture(path))

        let result = try cli.run(["mapping", "import", "--store", "main", file])

        #expect(result.status == 64)
        #expect(result.standardError.contains(expected), "\(result.standardError)")
        #expect(try cli.run(["mapping", "list"]).standardOutput.contains("商品連携はありません"))
    }

    @Test func excelMangledCodesAreRefusedNamingLineAndColumn() throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        let file = try write(cli, "excel.csv", "manage_number,variant_id,smaregi_code\nmug,red,4.9E+12\ntea,tea,TEA\n")

        let result = try cli.run(["mapping", "import", "--store", "main", file])

        #expect(result.status == 1)
        #expect(result.standardOutput.contains("2行目: スマレジ商品コード「4.9E+12」はExcelが指数表記に変えた値"))
        #expect(result.standardOutput.contains("inserted 1"))
    }

    @Test func exportNeutralisesFormulaCellsAndStillReimportsUnchanged() throws {
        // Given mappings whose cells a spreadsheet would run: a code starting with -, a choice name starting with =
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        let first = try cli.run([
            "mapping", "add", "--store", "main", "--manage-number", "mug", "--variant", "red", "--smaregi-code=-123",
        ])
        #expect(first.status == 0, "\(first.standardError)")
        let second = try cli.run([
            "mapping", "add", "--store", "main", "--manage-number", "shirt", "--horizontal", "=1+1", "--smaregi-id",
            "1002",
        ])
        #expect(second.status == 0, "\(second.standardError)")
        let formula = try cli.run([
            "mapping", "add", "--store", "main", "--manage-number", "cup", "--variant", "c1", "--smaregi-code", "=1+1",
        ])
        #expect(formula.status == 64)

        // When they are exported and the export imported again
        let path = cli.root.appendingPathComponent("export.csv").path
        #expect(try cli.run(["mapping", "export", "--store", "main", path]).status == 0)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let again = try cli.run(["mapping", "import", "--store", "main", path])

        // Then no exported cell starts a formula, and the import changes nothing
        #expect(text.contains(",'-123,") && text.contains(",'=1+1,"))
        #expect(!text.contains(",-123,") && !text.contains(",=1+1,"))
        #expect(again.status == 0, "\(again.standardOutput)")
        #expect(again.standardOutput.contains("inserted 0, updated 0, unchanged 2; rejected rows 0"))
    }
}
