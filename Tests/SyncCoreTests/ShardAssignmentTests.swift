import SyncCore
import Testing

/// Issue #14 §3: a store's shard is a stable function of its Smaregi contract (or its code without one).
struct ShardAssignmentTests {
    /// 60 stores: 48 spread over 12 contracts (4 each), 12 without a contract.
    static let stores: [(code: String, contract: String)] =
        (0..<48).map { ("shop-\($0)", "contract-\($0 % 12)") } + (0..<12).map { ("solo-\($0)", "") }

    @Test(arguments: [1, 2, 3, 4, 7, 16])
    func nShardsCoverEveryStoreExactlyOnce(count: Int) throws {
        var seen: [String: Int] = [:]
        for index in 0..<count {
            let spec = try ShardSpec(index: index, count: count)
            for store in Self.stores
            where ShardAssignment.belongs(contractID: store.contract, storeCode: store.code, to: spec) {
                seen[store.code, default: 0] += 1
            }
        }
        #expect(seen.count == Self.stores.count)
        #expect(seen.values.allSatisfy { $0 == 1 })
    }

    @Test(arguments: [2, 3, 5, 16])
    func everyStoreOfOneContractLandsOnOneShard(count: Int) {
        var shardsByContract: [String: Set<Int>] = [:]
        for store in Self.stores where !store.contract.isEmpty {
            let shard = ShardAssignment.shard(contractID: store.contract, storeCode: store.code, count: count)
            shardsByContract[store.contract, default: []].insert(shard)
        }
        #expect(shardsByContract.count == 12)
        #expect(shardsByContract.values.allSatisfy { $0.count == 1 }, "\(shardsByContract)")
    }

    @Test(arguments: [2, 3, 4])
    func storesSpreadOverEveryShard(count: Int) {
        let used = Set(
            Self.stores.map { ShardAssignment.shard(contractID: $0.contract, storeCode: $0.code, count: count) }
        )
        #expect(used == Set(0..<count))
    }

    @Test func theHashIsStableAcrossProcessesAndReleases() {
        // FNV-1a 64 test vectors, and shards pinned once: a change of rule moves stores between hosts
        #expect(ShardAssignment.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(ShardAssignment.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(ShardAssignment.fnv1a("foobar") == 0x8594_4171_f739_67e8)
        #expect(ShardAssignment.key(contractID: " sb_sandbox01 ", storeCode: "main") == "contract:sb_sandbox01")
        #expect(ShardAssignment.key(contractID: "", storeCode: "main") == "store:main")
        let pinned = (1...5).map { ShardAssignment.shard(contractID: "sb_sandbox01", storeCode: "x", count: $0) }
        #expect(pinned == Self.pinnedSandboxShards, "\(pinned)")
        let wide = [7, 10, 100, 1000].map { ShardAssignment.shard(contractID: "c-42", storeCode: "x", count: $0) }
        #expect(wide == Self.pinnedWideShards, "\(wide)")
    }

    /// The shard of contract `sb_sandbox01` for 1 … 5 shards, as computed when the rule shipped.
    static let pinnedSandboxShards = [0, 1, 1, 1, 4]
    /// The shard of contract `c-42` for 7, 10, 100 and 1,000 shards.
    static let pinnedWideShards = [2, 7, 37, 589]

    @Test(arguments: [1, 2, 3, 6])
    func growingByOneShardMovesStoresOnlyToTheNewShard(count: Int) {
        for store in Self.stores {
            let before = ShardAssignment.shard(contractID: store.contract, storeCode: store.code, count: count)
            let after = ShardAssignment.shard(contractID: store.contract, storeCode: store.code, count: count + 1)
            #expect(after == before || after == count, "\(store.code): \(before) -> \(after)")
        }
    }

    @Test(arguments: [("0/1", 0, 1), ("0/2", 0, 2), ("1/2", 1, 2), (" 2 / 3 ", 2, 3), ("9999/10000", 9999, 10000)])
    func parsesKOverN(text: String, index: Int, count: Int) throws {
        let spec = try ShardSpec(parsing: text)
        #expect(spec.index == index && spec.count == count)
        #expect(spec.description == "\(index)/\(count)")
    }

    @Test(arguments: [
        ("0/0", "between 1 and"), ("3/2", "K = 3 must be between 0 and 1"), ("2/2", "K = 2 must be between 0 and 1"),
        ("a/b", "not K/N"), ("1", "not K/N"), ("-1/2", "K = -1"), ("1/2/3", "not K/N"), ("", "not K/N"),
        ("0/10001", "between 1 and 10000"),
    ])
    func refusesWhatIsNotAShard(text: String, message: String) {
        #expect {
            try ShardSpec(parsing: text)
        } throws: { error in
            let description = String(describing: error)
            return description.contains(message) && description.contains("0-based")
                && description.contains("シャード")
        }
    }
}
