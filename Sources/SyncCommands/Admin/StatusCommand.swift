import ArgumentParser
import Foundation
import SyncCore
import SyncJobs
import SyncStore

/// `rakuten-sync status`: the one screen an operator reads first.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "稼働状況 / Per store: each job's switch, last run, last success, open errors, license expiry.",
        discussion:
            "A switched-on job without a success for longer than `settings set deadman-minutes N` (default 10; the mapping check at least 15) is flagged 停止?"
    )
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let context = try options.openAdmin()
        let board = try StatusBoard.read(database: context.database, directory: context.directory, now: context.clock())
        if let oldest = board.oldestOutboxMail, board.outboxBacklog > 0 {
            print(
                "!! 未送信メール / mail stuck in the outbox: \(board.outboxBacklog)通 (\(board.outboxBacklog) mail(s)), "
                    + "最古 / oldest \(JSTCalendar.ageDescription(from: oldest, to: board.now)) "
                    + "— `rakuten-sync smtp test` で送信設定を確認してください (check the SMTP settings)"
            )
        } else {
            print("未送信メール / outbox: 0")
        }
        guard !board.stores.isEmpty else {
            print("店舗が登録されていません / no store registered")
            return
        }
        let shards = try ShardDisplay(context: context)
        let records = try SyncJobsError.database("list stores") { try context.stores.list() }
        if let host = shards.host { print("シャード / this host's shard: \(host) (\(shards.source))") }
        for store in board.stores {
            print("■ \(store.name) (\(store.code))")
            if shards.host != nil, let record = records.first(where: { $0.code == store.code }) {
                print("  シャード / shard: \(shards.shard(of: record))  \(shards.misplacement(of: record) ?? "")")
            }
            if let expiry = store.licenseExpiry, let days = store.licenseDaysLeft {
                let flag =
                    days < 0 ? "  !! 期限切れ / EXPIRED" : store.licenseWarning ? "  !! まもなく期限 / expires soon" : ""
                print(
                    "  ライセンスキー有効期限 / license key: \(JSTCalendar.displayString(expiry)) JST (あと\(days)日 / \(days) days)\(flag)"
                )
            } else {
                print("  ライセンスキー有効期限 / license key: 未確認 / unknown (rakuten-sync store test \(store.code))")
            }
            let rows = store.jobs.map { line in
                [
                    line.job.japaneseName,
                    line.isEnabled ? "ON" : "OFF",
                    line.lastRun.map {
                        "\($0.status.rawValue) \(JSTCalendar.ageDescription(from: $0.startedAt, to: board.now))"
                    } ?? "-",
                    line.lastSuccess.map {
                        JSTCalendar.ageDescription(from: $0.finishedAt ?? $0.startedAt, to: board.now)
                    } ?? "-",
                    String(line.openErrors),
                    line.isStale
                        ? "!! 停止? STALE (\(StatusBoard.thresholdMinutes(for: line.job, deadman: board.staleAfterMinutes))分以上成功なし / no success)"
                        : "",
                ]
            }
            print(
                TextTable.render(
                    header: ["ジョブ", "スイッチ", "最終実行 / last run", "最終成功 / last success", "エラー", ""],
                    rows: rows
                )
            )
            for line in store.jobs {
                guard let failure = line.lastFailure else { continue }
                let age = JSTCalendar.ageDescription(from: failure.finishedAt ?? failure.startedAt, to: board.now)
                print(
                    "  最終エラー / last error \(line.job.japaneseName) (\(line.job.rawValue)): \(age): \(failure.message ?? "-")"
                )
            }
            print("")
        }
    }
}
