import Foundation
import SyncCore
import SyncJobs
import SyncStore

/// The shard of this host (the `shard` setting or the environment) and of each store, for `store list` and `status`.
struct ShardDisplay {
    /// This host's shard, nil when none is configured.
    let host: ShardSpec?
    /// Where it came from (`setting`, an environment variable, `none`).
    let source: String

    init(context: AdminContext, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let setting = try SyncJobsError.database("read shard setting") { try context.settings.value(for: .shard) }
        (host, source) = try ShardSelection.resolve(option: nil, environment: environment, setting: setting)
    }

    /// `K/N` of the store under this host's shard count; `-` when no shard is configured.
    func shard(of store: StoreRecord) -> String {
        guard let host else { return "-" }
        return "\(ShardSelection.shard(of: store, count: host.count))/\(host.count)"
    }

    /// A warning when the store belongs to another shard than this host's (it is not run here), else nil.
    func misplacement(of store: StoreRecord) -> String? {
        guard let host, ShardSelection.shard(of: store, count: host.count) != host.index else { return nil }
        return "!! 別シャードの店舗 / on another shard: \(shard(of: store)), このホストは / this host runs \(host) — "
            + "実行されません、移動してください / not run here; move it (docs/scaling.md)"
    }
}
