import Foundation
import HTTPTypes
import TestSupport
import Testing

/// `smaregi stores` and the 受注店舗 checks of `store test` against the sandbox's contract (issue #13 §4): 1 本店
/// (通常店舗), 2 倉庫, 3 楽天市場店 (受注店舗 allocating from 2), plus the stores each test adds.
struct SmaregiStoresCLITests {
    static let contract = "/_sandbox/smaregi/contracts/sb_sandbox01"

    /// Adds 4 ヤフー店, a 受注店舗 allocating stock from 1 本店, and 5 休止店, a paused 受注店舗.
    static func addOrderStores(_ sandbox: SandboxServer) async throws {
        let reply = try await sandbox.control(
            .post,
            contract + "/stores",
            json: #"""
                [{"storeId":"4","storeCode":"EC02","storeName":"ヤフー店","division":"order","stockStoreId":"1"},
                 {"storeId":"5","storeCode":"EC03","storeName":"休止店","division":"order","stockStoreId":"2",
                  "pauseFlag":true}]
                """#
        )
        #expect(reply.status == 200, "\(reply.text)")
    }

    @Test(.timeLimit(.minutes(1)))
    func storesAreListedWithTheirKindAndTheStoreEach受注店舗AllocatesFrom() async throws {
        try await withSandboxServer { sandbox in
            let cli = try CLIHarness()
            try await runBlocking { try cli.initialiseAgainstSandbox(sandbox.baseURL) }
            try await Self.addOrderStores(sandbox)
            let result = try await runBlocking { try cli.run(["smaregi", "stores", "--store", "main"]) }
            #expect(result.status == 0, "\(result.standardError)")
            let output = result.standardOutput
            #expect(CLIHarness.tableRow(output, key: "1")?.prefix(5) == ["1", "S001", "本店", "通常店舗", "-"], "\(output)")
            #expect(CLIHarness.tableRow(output, key: "2")?.prefix(4) == ["2", "W001", "倉庫", "倉庫"])
            #expect(CLIHarness.tableRow(output, key: "2")?.last == "在庫店舗 / stock store")
            #expect(
                CLIHarness.tableRow(output, key: "3") == ["3", "EC01", "楽天市場店", "受注店舗", "2 倉庫", "受注店舗 / order store"]
            )
            #expect(CLIHarness.tableRow(output, key: "4")?.prefix(5) == ["4", "EC02", "ヤフー店", "受注店舗", "1 本店"])
            #expect(CLIHarness.tableRow(output, key: "5")?[3] == "受注店舗 (休止中 / paused)")
            #expect(output.contains("5 店舗 / store(s)"))
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func withoutTheAllocationFieldTheListSaysItIsNotReported() async throws {
        try await withSandboxServer { sandbox in
            // Given the documented 受注店舗 shape, which has no stockStoreId ([A-SMR-40])
            let cli = try CLIHarness()
            try await runBlocking { try cli.initialiseAgainstSandbox(sandbox.baseURL) }
            let settings = try await sandbox.control(
                .put,
                Self.contract + "/settings",
                json: #"{"orderStoresShowStockStore":false}"#
            )
            #expect(settings.status == 200)
            let listed = try await runBlocking { try cli.run(["smaregi", "stores", "--store", "main"]) }
            #expect(CLIHarness.tableRow(listed.standardOutput, key: "3")?[4] == "APIに表示なし / not reported")
            // Then store test passes and says the allocation was not checked
            let tested = try await runBlocking { try cli.run(["store", "test", "--store", "main"]) }
            #expect(tested.status == 0, "\(tested.standardOutput)")
            #expect(tested.standardOutput.contains("allocation store not reported, not checked"))
            #expect(!tested.standardOutput.contains("WARNING"))
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func storeTestRefusesAnOrderStoreThatIsNotA受注店舗() async throws {
        try await withSandboxServer { sandbox in
            let cli = try CLIHarness()
            try await runBlocking { try cli.initialiseAgainstSandbox(sandbox.baseURL) }
            try await Self.addOrderStores(sandbox)
            // The right set-up passes, naming the 受注店舗
            let good = try await runBlocking { try cli.run(["store", "test", "main"]) }
            #expect(good.status == 0, "\(good.standardOutput)")
            #expect(good.standardOutput.contains("受注店舗 3 楽天市場店 OK"))
            #expect(!good.standardOutput.contains("WARNING"))
            // A 通常店舗, a 倉庫, an unknown id and a paused 受注店舗 are each an エラー on the Smaregi side
            for (id, message) in [
                ("1", "受注店舗ID 1 は通常店舗「本店」で、受注店舗ではありません"),
                ("2", "受注店舗ID 2 は倉庫「倉庫」で、受注店舗ではありません"),
                ("99", "受注店舗ID 99 がスマレジにありません"),
                ("5", "休止中"),
            ] {
                #expect(try cli.run(["store", "set", "main", "--smaregi-order-store", id]).status == 0)
                let bad = try await runBlocking { try cli.run(["store", "test", "main"]) }
                #expect(bad.status == 1, "\(id): \(bad.standardOutput)")
                #expect(bad.standardOutput.contains("スマレジ:  エラー ERROR"), "\(id): \(bad.standardOutput)")
                #expect(bad.standardOutput.contains(message), "\(id): \(bad.standardOutput)")
            }
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func storeTestWarnsWhenThe受注店舗AllocatesFromAnotherStoreThanTheStockStore() async throws {
        try await withSandboxServer { sandbox in
            let cli = try CLIHarness()
            try await runBlocking { try cli.initialiseAgainstSandbox(sandbox.baseURL) }
            try await Self.addOrderStores(sandbox)
            // Given 受注店舗 4, which allocates from 1, with stock store 2
            #expect(try cli.run(["store", "set", "main", "--smaregi-order-store", "4"]).status == 0)
            let result = try await runBlocking { try cli.run(["store", "test", "main"]) }
            // Then the side is 正常 but a warning names both stores
            #expect(result.status == 0, "\(result.standardOutput)")
            #expect(result.standardOutput.contains("スマレジ:  正常 OK"))
            #expect(result.standardOutput.contains("!! 警告 WARNING"), "\(result.standardOutput)")
            #expect(result.standardOutput.contains("受注店舗 4 の在庫引当元は店舗 1 ですが、楽天に反映する在庫店舗は 2 です"))
            #expect(result.standardOutput.contains("order store 4 allocates stock from store 1"))
        }
    }
}
