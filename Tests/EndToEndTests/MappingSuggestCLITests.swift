import Foundation
import HTTPTypes
import TestSupport
import Testing

/// `mapping suggest` (issue #13 §3) through the real executable against the sandbox: the review CSV, its re-import,
/// and `--apply`.
struct MappingSuggestCLITests {
    /// Seeds both sides: JAN matches (one with Smaregi's leading zero), an ambiguous JAN, a SKU without JAN, a
    /// Smaregi-only product, and pot/x, which gets a mapping by hand before the suggestion.
    static func seed(_ sandbox: SandboxServer) async throws {
        let items = try await sandbox.control(
            .post,
            "/_sandbox/rakuten/shops/sandbox-shop/items",
            json: """
                {"items":[{"manageNumber":"mug","title":"マグカップ","variants":[
                  {"variantId":"red","price":2200,"inventory":5,"articleNumber":"4900000000011","merchantDefinedSkuId":"ｍｕｇ-red",
                   "selectorValues":[{"key":"カラー","value":"赤"}]},
                  {"variantId":"blue","price":2200,"inventory":5,"articleNumber":"4900000000028","selectorValues":[{"key":"カラー","value":"青"}]},
                  {"variantId":"green","price":2200,"inventory":5,"articleNumber":"4900000000035","selectorValues":[{"key":"カラー","value":"緑"}]}]},
                 {"manageNumber":"tea","title":"煎茶","price":1000,"inventory":10},
                 {"manageNumber":"pot","title":"ポット","variants":[{"variantId":"x","price":3000,"inventory":2,"articleNumber":"4900000000042"}]}]}
                """
        )
        #expect(items.status == 201, "\(items.text)")
        let products = try await sandbox.control(
            .post,
            "/_sandbox/smaregi/contracts/sb_sandbox01/products",
            json: """
                [{"productId":"1001","productCode":"4900000000011","productName":"マグ赤","price":1100},
                 {"productId":"1002","productCode":"04900000000028","productName":"マグ青","price":1100},
                 {"productId":"1003","productCode":"4900000000035","productName":"マグ緑A","price":1100},
                 {"productId":"1004","productCode":"4900000000035","productName":"マグ緑B","price":1100},
                 {"productId":"1005","productCode":"4900000000099","productName":"スマレジだけ","price":500},
                 {"productId":"1006","productCode":"POT-X","productName":"ポット","price":3000},
                 {"productId":"1007","productCode":"mug-red","productName":"マグ赤(連携用)","price":1100}]
                """
        )
        #expect(products.status < 300, "\(products.text)")
    }

    /// A harness pointed at `sandbox`, with pot/x mapped by hand.
    static func harness(_ sandbox: SandboxServer) throws -> CLIHarness {
        let cli = try CLIHarness()
        try cli.initialiseAgainstSandbox(sandbox.baseURL)
        let added = try cli.run([
            "mapping", "add", "--store", "main", "--manage-number", "pot", "--variant", "x", "--smaregi-id", "1006",
        ])
        #expect(added.status == 0, "\(added.standardError)")
        return cli
    }

    /// The review file's lines after the header, as `照合結果,商品管理番号,SKU管理番号,…` prefixes.
    static func lines(_ path: String) throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
    }

    @Test(.timeLimit(.minutes(2)))
    func theReviewFileListsEveryCaseAndReimportsItsMatches() async throws {
        try await withSandboxServer { sandbox in
            // Given both sides, one mapping made by hand, and a deleted item search still lists (manageNumber only)
            try await Self.seed(sandbox)
            let deleted = try await sandbox.control(
                .post,
                "/_sandbox/rakuten/settings",
                json: #"{"itemSearchDeletedItems":["gone"]}"#
            )
            #expect(deleted.status == 200, "\(deleted.text)")
            let cli = try Self.harness(sandbox)
            let out = cli.root.appendingPathComponent("review.csv").path

            // When the merchant asks for suggestions by JAN
            let suggested = try await runBlocking {
                try cli.run(["mapping", "suggest", "--store", "main", "--out", out])
            }

            // Then each case has its line: matches (one through Smaregi's leading zero), the ambiguous JAN with
            // both candidates, the SKU without JAN, the Smaregi-only products, the SKU already mapped
            #expect(suggested.status == 0, "\(suggested.standardError)")
            #expect(suggested.standardOutput.contains("一致 2 / 候補複数 1 / 楽天のみ 1 / スマレジのみ 2 / 連携済み 1"))
            #expect(suggested.standardOutput.contains("review CSV written: \(out)"))
            #expect(suggested.standardError.contains("楽天 商品 4/4 件"))
            #expect(suggested.standardOutput.contains("楽天 商品 4 件 (SKU 5 件), スマレジ商品 7 件"))
            let lines = try Self.lines(out)
            #expect(lines.count == 7)
            #expect(lines[0].hasPrefix("一致,mug,blue,,,1002,04900000000028,04900000000028,,マグカップ,カラー:青,マグ青,"))
            #expect(lines[1].hasPrefix("一致,mug,red,,,1001,4900000000011,04900000000011,,マグカップ,カラー:赤,マグ赤,"))
            #expect(lines[2].hasPrefix("候補複数,mug,green,,,,,04900000000035,ID 1003 コード 4900000000035 マグ緑A / ID 1004"))
            #expect(lines[3].hasPrefix("楽天のみ,tea,tea,,,,,,,煎茶,"))
            #expect(lines[4].hasPrefix("スマレジのみ,,,,,1005,4900000000099,04900000000099,,,,スマレジだけ,"))
            #expect(lines[5].hasPrefix("スマレジのみ,,,,,1007,mug-red,"))
            #expect(lines[6].hasPrefix("連携済み,pot,x,,,1006,,"))

            // When the file is imported as it is
            let imported = try cli.run(["mapping", "import", "--store", "main", out])

            // Then the two matches are added, the hand-made mapping is unchanged, the undecided lines are named
            #expect(imported.status == 1, "\(imported.standardOutput)")
            #expect(imported.standardOutput.contains("inserted 2, updated 0, unchanged 1; rejected rows 4"))
            let listed = try cli.run(["mapping", "list", "--store", "main"]).standardOutput
            #expect(listed.contains("mug/red") && listed.contains("ID 1001 (コード 4900000000011)"))
            #expect(listed.contains("mug/blue") && listed.contains("ID 1002 (コード 04900000000028)"))
            #expect(!listed.contains("mug/green") && !listed.contains("tea/tea"))
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func applyImportsOnlyTheMatchesAndASecondRunSkipsThem() async throws {
        try await withSandboxServer { sandbox in
            // Given both sides and one mapping made by hand
            try await Self.seed(sandbox)
            let cli = try Self.harness(sandbox)

            // When the merchant applies the suggestions by システム連携用SKU番号, then by JAN, with the default file
            let bySKU = try await runBlocking {
                try cli.run(["mapping", "suggest", "--store", "main", "--by", "merchant-sku", "--apply"])
            }
            let byJAN = try await runBlocking { try cli.run(["mapping", "suggest", "--store", "main", "--apply"]) }

            // Then the full-width ｍｕｇ-red matched 1007 alone; JAN then adds only mug/blue (mug/red is taken)
            #expect(bySKU.status == 0, "\(bySKU.standardOutput)\(bySKU.standardError)")
            #expect(bySKU.standardOutput.contains("一致 1 / 候補複数 0 / 楽天のみ 3 / スマレジのみ 5 / 連携済み 1"))
            #expect(bySKU.standardOutput.contains("applied: inserted 1, updated 0, unchanged 0; rejected rows 0"))
            #expect(byJAN.status == 0, "\(byJAN.standardOutput)\(byJAN.standardError)")
            #expect(byJAN.standardOutput.contains("一致 1 / 候補複数 1 / 楽天のみ 1 / スマレジのみ 2 / 連携済み 2"))
            #expect(byJAN.standardOutput.contains("applied: inserted 1, updated 0, unchanged 0; rejected rows 0"))
            let written = try #require(
                byJAN.standardOutput.split(separator: "\n").first { $0.contains("review CSV written: ") }
            )
            let path = String(written.split(separator: " ").last ?? "")
            let name = URL(fileURLWithPath: path).lastPathComponent
            #expect(path.hasPrefix("/") && name.hasPrefix("mapping-suggest_main_") && name.hasSuffix(".csv"))
            #expect(FileManager.default.fileExists(atPath: cli.root.appendingPathComponent(name).path))

            // And the database holds the hand-made mapping and the two applied ones, all 未確認 until the check
            let listed = try cli.run(["mapping", "list", "--store", "main", "--status", "unchecked"]).standardOutput
            #expect(listed.contains("mug/red") && listed.contains("ID 1007 (コード mug-red)"))
            #expect(listed.contains("mug/blue") && listed.contains("ID 1002 (コード 04900000000028)"))
            #expect(listed.contains("pot/x") && listed.contains("未確認 3"))
        }
    }

    @Test func aStoreWithoutSmaregiOrABadBasisIsRefusedBeforeAnyCall() throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore()

        let noSmaregi = try cli.run(["mapping", "suggest", "--store", "main"])
        let badBasis = try cli.run(["mapping", "suggest", "--store", "main", "--by", "name"])
        let unknown = try cli.run(["mapping", "suggest", "--store", "nosuch"])

        #expect(noSmaregi.status == 1 && noSmaregi.standardError.contains("smaregi set --store main"))
        #expect(badBasis.status == 64)
        #expect(unknown.status == 1 && unknown.standardError.contains("nosuch"))
        let written = try FileManager.default.contentsOfDirectory(atPath: cli.root.path)
        #expect(!written.contains { $0.hasPrefix("mapping-suggest_") })
    }
}
