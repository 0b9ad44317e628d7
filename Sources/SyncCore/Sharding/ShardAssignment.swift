import Foundation

/// The rule that puts a store on a shard (issue #14 §3, docs/scaling.md).
///
/// The key is the store's Smaregi 契約ID, so every store of one contract lands on the same shard and the contract's
/// shared API budget lives on one host; a store without a contract is keyed by its 店舗コード. The key is hashed with
/// 64-bit FNV-1a (stable across processes, hosts and Swift versions, unlike `hashValue`, which is seeded per
/// process) and mapped to a shard with jump consistent hashing (Lamping and Veach, 2014), so going from N to N + 1
/// shards moves only about 1/(N + 1) of the contracts, all of them to the new shard.
package enum ShardAssignment {
    /// What a store is sharded by: `contract:<契約ID>`, or `store:<店舗コード>` when no contract is set.
    package static func key(contractID: String, storeCode: String) -> String {
        let contract = contractID.trimmingCharacters(in: .whitespaces)
        return contract.isEmpty ? "store:" + storeCode : "contract:" + contract
    }

    /// The shard (0 ..< `count`) of a store.
    package static func shard(contractID: String, storeCode: String, count: Int) -> Int {
        jumpHash(fnv1a(key(contractID: contractID, storeCode: storeCode)), buckets: count)
    }

    /// Whether the store belongs to `spec`'s shard.
    package static func belongs(contractID: String, storeCode: String, to spec: ShardSpec) -> Bool {
        shard(contractID: contractID, storeCode: storeCode, count: spec.count) == spec.index
    }

    /// 64-bit FNV-1a of the UTF-8 bytes.
    package static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// Jump consistent hash: a bucket in 0 ..< `buckets` (1 when `buckets` is below 1).
    package static func jumpHash(_ key: UInt64, buckets: Int) -> Int {
        var key = key
        var bucket: Int64 = -1
        var next: Int64 = 0
        while next < Int64(max(buckets, 1)) {
            bucket = next
            key = key &* 2_862_933_555_777_941_757 &+ 1
            next = Int64(Double(bucket + 1) * (Double(Int64(1) << 31) / Double((key >> 33) &+ 1)))
        }
        return Int(bucket)
    }
}
