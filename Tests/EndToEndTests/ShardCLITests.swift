import Foundation
import SyncStore
import TestSupport
import Testing

/// Issue #14 §3 through the real executables: `--shard K/N` (and its environment and setting) runs each store on
/// exactly one shard.
@Suite(.serialized)
struct ShardCLITests {
    @Test(.timeLimit(.minutes(3)))
    func shardsZeroAndOneOfTwoTogetherRunEachStoreExactlyOnce() async throws {
        try await withSandboxServer { sandbox in
            // Given eight stores over seven contracts in one data directory
            let host = try CLIHarness()
            let scenario = try await ShardScenario.make(sandbox, host: host)
            let all = ShardScenario.stores.map(\.code).sorted()

            // When the orders job runs as shard 0/2 (option) and 1/2 (Kubernetes Indexed Job environment)
            let first = try await scenario.job(host, "rakuten-sync-orders", ["--shard", "0/2"])
            let second = try await scenario.job(
                host,
                "rakuten-sync-orders",
                [],
                environment: ["JOB_COMPLETION_INDEX": "1", "RAKUTEN_SYNC_SHARDS": "2"]
            )

            // Then each store ran in exactly one of them, and both shards had stores
            #expect(first.status == 0 && second.status == 0, "\(first.standardError)\(second.standardError)")
            let zero = ShardScenario.storesRun(first)
            let one = ShardScenario.storesRun(second)
            #expect(!zero.isEmpty && !one.isEmpty, "\(zero) \(one)")
            #expect((zero + one).sorted() == all, "\(zero) + \(one)")
            #expect(Set(zero).isDisjoint(with: one))

            // And the stores of one contract ran together
            #expect(zero.contains("shop-a1") == zero.contains("shop-a2"))

            // And RAKUTEN_SYNC_SHARD and the `shard` setting select the same stores as --shard
            let byVariable = try await scenario.job(
                host,
                "rakuten-sync-orders",
                [],
                environment: ["RAKUTEN_SYNC_SHARD": "1/2"]
            )
            #expect(ShardScenario.storesRun(byVariable).sorted() == one.sorted())
            try await scenario.cli(host, ["shard", "set", "0/2"])
            let bySetting = try await scenario.job(host, "rakuten-sync-orders", [])
            #expect(ShardScenario.storesRun(bySetting).sorted() == zero.sorted())

            // And `store list` / `status` name each store's shard and flag the other shard's stores
            let list = try await scenario.cli(host, ["store", "list"])
            for code in one { #expect(list.standardOutput.contains(code)) }
            #expect(list.standardOutput.contains("1/2 !! 別シャード"), "\(list.standardOutput)")
            let status = try await scenario.cli(host, ["status"])
            #expect(status.standardOutput.contains("this host's shard: 0/2 (setting)"), "\(status.standardOutput)")
            #expect(status.standardOutput.contains("on another shard: 1/2"))
        }
    }

    @Test(arguments: [
        (["--shard", "3/2"], [String: String]()), (["--shard", "0/0"], [:]), (["--shard", "a/b"], [:]),
        ([], ["RAKUTEN_SYNC_SHARD": "2/2"]), ([], ["RAKUTEN_SYNC_SHARDS": "2"]),
        ([], ["JOB_COMPLETION_INDEX": "5", "RAKUTEN_SYNC_SHARDS": "3"]),
    ])
    func aShardThatIsNotOneIsABadCommandLine(arguments: [String], environment: [String: String]) throws {
        let host = try CLIHarness()
        try host.initialiseWithStore()
        let result = try host.run("rakuten-sync-orders", arguments, environment: environment)
        #expect(result.status == 64, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardError.contains("0-based") || result.standardError.contains("JOB_COMPLETION_INDEX"))
        #expect(result.standardOutput.isEmpty)
    }
}
