import Foundation

/// Which shard of how many a host serves: `K/N`, K 0-based like Kubernetes `JOB_COMPLETION_INDEX` (`0/2`, `1/2`).
package struct ShardSpec: Sendable, Hashable, CustomStringConvertible {
    /// The shard this host serves, 0 ..< `count`.
    package let index: Int
    /// How many shards the stores are spread over (1 or more).
    package let count: Int

    /// The most shards accepted; far more than hosts anyone runs, small enough to catch a typo.
    package static let maximumCount = 10_000

    /// A shard from its parts; throws when `index` is not in 0 ..< `count` or `count` is not in 1 ... 10,000.
    package init(index: Int, count: Int) throws(SyncCoreError) {
        let text = "\(index)/\(count)"
        guard count >= 1, count <= Self.maximumCount else {
            throw .invalidShard(
                text: text,
                problemJA: "シャード数 \(count) は 1〜\(Self.maximumCount) ではありません",
                problemEN: "the shard count N = \(count) must be between 1 and \(Self.maximumCount)"
            )
        }
        guard index >= 0, index < count else {
            throw .invalidShard(
                text: text,
                problemJA: "番号 \(index) は 0〜\(count - 1) ではありません",
                problemEN: "K = \(index) must be between 0 and \(count - 1), so \(count) shards are 0/\(count) … "
                    + "\(count - 1)/\(count)"
            )
        }
        self.index = index
        self.count = count
    }

    /// Parses `K/N` (spaces around the numbers are ignored).
    package init(parsing text: String) throws(SyncCoreError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2,
            let index = Int(parts[0].trimmingCharacters(in: .whitespaces)),
            let count = Int(parts[1].trimmingCharacters(in: .whitespaces))
        else {
            throw .invalidShard(
                text: text,
                problemJA: "K/N の形式ではありません",
                problemEN: "not K/N, two whole numbers such as 0/2"
            )
        }
        try self.init(index: index, count: count)
    }

    /// `K/N`.
    package var description: String { "\(index)/\(count)" }
}
