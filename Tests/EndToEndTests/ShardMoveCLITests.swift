import Foundation
import SyncStore
import TestSupport
import Testing

/// Issue #14 §3: moving to another shard count (`shard plan`, `store export`, `store import`) keeps every store's
/// state reachable: no order imported twice, no store run by two hosts, none left out.
struct ShardMoveCLITests {
    @Test(.timeLimit(.minutes(5)))
    func movingFromTwoToThreeShardsKeepsEveryStoresStateAndRunsItOnce() async throws {
        try await withSandboxServer { sandbox in
            // Given one host with every store, an order per store imported
            let hosts = [try CLIHarness(), try CLIHarness(), try CLIHarness()]
            let scenario = try await ShardScenario.make(sandbox, host: hosts[0])
            for host in hosts.dropFirst() {
                try await scenario.cli(host, ["init"])
                try await scenario.cli(host, ["settings", "set", "max-stores", "50"])
            }
            var placed: [String: [String]] = [:]
            for (store, number) in try await scenario.placeOrderEverywhere() {
                placed[store, default: []].append(number)
            }
            #expect(try await scenario.job(hosts[0], "rakuten-sync-orders", []).status == 0)

            // When the stores are spread over two hosts, then three, as `shard plan` says, an order placed on every
            // store before each run
            for count in [2, 3] {
                var moved = 0
                for index in 0..<(count - 1) {
                    let plan = try await scenario.cli(hosts[index], ["shard", "plan", "--shards", "\(count)"])
                    for move in ShardScenario.moves(plan) {
                        let file = hosts[index].root.appendingPathComponent("\(move.store)-\(count).json").path
                        try await scenario.cli(hosts[index], ["store", "export", move.store, "--to", file])
                        try await scenario.cli(hosts[move.target], ["store", "import", file])
                        moved += 1
                    }
                }
                #expect(moved > 0, "going to \(count) shards moved no store: the test would prove nothing")
                for index in 0..<count {
                    try await scenario.cli(hosts[index], ["shard", "set", "\(index)/\(count)"])
                }
                for (store, number) in try await scenario.placeOrderEverywhere() {
                    placed[store, default: []].append(number)
                }
                var ran: [String] = []
                for index in 0..<count {
                    let result = try await scenario.job(hosts[index], "rakuten-sync-orders", [])
                    #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
                    ran += ShardScenario.storesRun(result)
                }
                // Then every store ran on exactly one host
                #expect(ran.sorted() == ShardScenario.stores.map(\.code).sorted(), "\(count) shards: \(ran)")
            }

            // And no order was imported twice, none was left out
            let counts = try await scenario.smaregiOrderCounts()
            let expected = placed.values.flatMap { $0 }
            #expect(expected.count == 3 * ShardScenario.stores.count)
            for number in expected { #expect(counts[number] == 1, "\(number): \(counts[number] ?? 0) 受注") }
            #expect(counts.count == expected.count)

            // And each store's ledger, moved with it, holds all three of its orders on exactly one host
            for store in ShardScenario.stores {
                let ledgers = try hosts.map { try ShardScenario.loadedOrders($0, store.code) }.filter { !$0.isEmpty }
                #expect(ledgers.count == 1, "\(store.code): on \(ledgers.count) hosts")
                #expect(Set(ledgers.first ?? []) == Set(placed[store.code] ?? []), "\(store.code)")
            }
        }
    }
}
