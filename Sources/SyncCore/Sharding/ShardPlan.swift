import Foundation

/// Which stores of one host move when the shard count changes (`rakuten-sync shard plan`, docs/scaling.md).
///
/// A host keeps its index K when the count goes from N to M (its volume is shard K's); when K is not below M the
/// host goes away and every store it holds moves.
package struct ShardPlan: Sendable, Equatable {
    /// One store of the host.
    package struct Move: Sendable, Equatable {
        /// 店舗コード.
        package var storeCode: String
        /// What the store is sharded by (`contract:…` or `store:…`).
        package var key: String
        /// The store's shard under the new count.
        package var target: Int
        /// Whether the store leaves this host.
        package var moves: Bool
    }

    /// The host's shard now (`0/1` when none is set).
    package let current: ShardSpec
    /// The new shard count.
    package let newCount: Int
    /// Every store of the host, sorted by code.
    package let stores: [Move]

    /// The plan for a host whose stores are `stores` (code, 契約ID) when the count becomes `newCount`.
    package init(stores: [(code: String, contractID: String)], current: ShardSpec?, newCount: Int) throws(SyncCoreError)
    {
        let single = try ShardSpec(index: 0, count: 1)
        let current = current ?? single
        _ = try ShardSpec(index: 0, count: newCount)
        self.current = current
        self.newCount = newCount
        self.stores = stores.sorted { $0.code < $1.code }.map { store in
            let target = ShardAssignment.shard(contractID: store.contractID, storeCode: store.code, count: newCount)
            return Move(
                storeCode: store.code,
                key: ShardAssignment.key(contractID: store.contractID, storeCode: store.code),
                target: target,
                moves: target != current.index
            )
        }
    }

    /// The host's shard after the change, nil when the host goes away (its index is not below the new count).
    package var hostAfter: ShardSpec? { try? ShardSpec(index: current.index, count: newCount) }
}
