import Foundation
import Logging
import SyncCore
import SyncStore

/// Which shard a job runs here, and the filter that keeps the other shards' stores out (docs/scaling.md).
///
/// The shard is the first of: the `--shard K/N` option (carried by `DataDirectory.shard`), `RAKUTEN_SYNC_SHARD=K/N`,
/// `JOB_COMPLETION_INDEX=K` with `RAKUTEN_SYNC_SHARDS=N` (a Kubernetes Indexed Job), the `shard` setting of the
/// database. None of them: every store of the data directory runs.
package struct ShardSelection {
    /// The shard this host runs, nil when none is configured.
    package let spec: ShardSpec?
    /// Where the shard came from, for log lines: `--shard`, an environment variable or `setting`.
    package let source: String
    private let logger: Logger?

    /// Resolves the shard of a job run in `directory`.
    package init(
        directory: DataDirectory,
        database: SyncDatabase,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        logger: Logger? = nil
    ) throws(SyncJobsError) {
        let setting = try SyncJobsError.database("read shard setting") {
            try SettingsRepository(database: database).value(for: .shard)
        }
        (spec, source) = try Self.resolve(option: directory.shard, environment: environment, setting: setting)
        self.logger = logger
    }

    /// The precedence rule: option, then `RAKUTEN_SYNC_SHARD`, then `JOB_COMPLETION_INDEX` + `RAKUTEN_SYNC_SHARDS`,
    /// then the setting. A malformed value is an error (exit 64), never a silent "every store".
    package static func resolve(
        option: String?,
        environment: [String: String],
        setting: String?
    ) throws(SyncJobsError) -> (ShardSpec?, String) {
        if let option { return (try parse(option, field: "--shard"), "--shard") }
        if let text = environment["RAKUTEN_SYNC_SHARD"], !text.isEmpty {
            return (try parse(text, field: "RAKUTEN_SYNC_SHARD"), "RAKUTEN_SYNC_SHARD")
        }
        if let count = environment["RAKUTEN_SYNC_SHARDS"], !count.isEmpty {
            guard let index = environment["JOB_COMPLETION_INDEX"], !index.isEmpty else {
                throw .invalidInput(
                    field: "RAKUTEN_SYNC_SHARDS",
                    problem: "RAKUTEN_SYNC_SHARDS=\(count) には JOB_COMPLETION_INDEX が必要です (RAKUTEN_SYNC_SHARDS needs "
                        + "JOB_COMPLETION_INDEX, set by a Kubernetes Indexed Job; or give RAKUTEN_SYNC_SHARD=K/N)"
                )
            }
            let source = "JOB_COMPLETION_INDEX/RAKUTEN_SYNC_SHARDS"
            return (try parse("\(index)/\(count)", field: source), source)
        }
        if let setting, !setting.isEmpty { return (try parse(setting, field: "setting shard"), "setting") }
        return (nil, "none")
    }

    /// Parses `K/N` for `field`, mapping a refusal to `invalidInput` (exit 64).
    package static func parse(_ text: String, field: String) throws(SyncJobsError) -> ShardSpec {
        do {
            return try ShardSpec(parsing: text)
        } catch {
            throw .invalidInput(field: field, problem: error.description)
        }
    }

    /// The shard of `store` among `count` shards.
    package static func shard(of store: StoreRecord, count: Int) -> Int {
        ShardAssignment.shard(contractID: store.smaregiContractID, storeCode: store.code, count: count)
    }

    /// Whether a job run here runs `store`; a store of another shard is logged (it should move, docs/scaling.md).
    package func includes(_ store: StoreRecord) -> Bool {
        guard let spec else { return true }
        let shard = Self.shard(of: store, count: spec.count)
        guard shard == spec.index else {
            logger?.warning(
                Logger.Message(
                    stringLiteral: "店舗 \(store.code) はシャード \(shard)/\(spec.count) の店舗です。このホストは \(spec) のため実行しません "
                        + "(store \(store.code) is on shard \(shard)/\(spec.count), this host runs \(spec) (\(source)); "
                        + "not run here: move it with `rakuten-sync store export`, see docs/scaling.md)"
                )
            )
            return false
        }
        return true
    }
}
