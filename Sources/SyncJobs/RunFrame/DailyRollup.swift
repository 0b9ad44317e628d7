import Foundation
import Logging
import SyncCore
import SyncStore

/// The daily roll-up of a store's open problems (issue #11 §4): the first run of any job after `rollup-hour` (JST,
/// default 8) each JST day mails one list of what is still open, job by job, with counts and since when, instead
/// of the merchant piecing it together from report files. It lists what was already open at the roll-up hour (a
/// problem that first appeared later that day was mailed on its own and is in the next day's roll-up). Nothing
/// open: no mail.
package struct DailyRollup {
    /// `rollup-hour` when unset.
    package static let defaultHour = 8

    private let directory: DataDirectory
    private let database: SyncDatabase
    private let logger: Logger

    /// A roll-up over the data directory's database and outbox.
    package init(directory: DataDirectory, database: SyncDatabase, logger: Logger) {
        self.directory = directory
        self.database = database
        self.logger = logger
    }

    /// Writes today's roll-up of `store` to the outbox when it is due and not yet written; returns its path.
    @discardableResult
    package func writeIfDue(store: StoreRecord, now: Date) -> String? {
        guard !store.alertEmails.isEmpty else { return nil }
        do {
            let settings = SettingsRepository(database: database)
            let hour = try settings.integer(for: .rollupHour, default: Self.defaultHour)
            guard JSTCalendar.calendar.component(.hour, from: now) >= hour else { return nil }
            // Still open at the roll-up hour: a problem that first appeared after it was mailed on its own and waits
            // for tomorrow's roll-up.
            let calendar = JSTCalendar.calendar
            let cutoff = calendar.startOfDay(for: now).addingTimeInterval(TimeInterval(hour) * 3600)
            let problems = try OpenProblemRepository(database: database).list(store: store.code)
                .filter { $0.firstSeenAt < cutoff }
            guard !problems.isEmpty else { return nil }
            let day = JSTCalendar.dayString(now)
            guard try WatchMarkerRepository(database: database).advance(.rollupMailed(store: store.code), to: day)
            else { return nil }
            let subject = "【rakuten-sync】\(store.name) (\(store.code)) 未解決の問題 \(problems.count)種類 (\(day))"
            var lines = [
                "rakuten-sync 毎日のまとめ / daily roll-up of open problems",
                "",
                "店舗 / store:  \(store.name) (\(store.code))",
                "日時 / time:   \(JSTCalendar.displayString(now)) JST",
                "",
                "各ジョブの最新の実行でまだ出ている問題です / what each job's newest run still reports:",
                "",
            ]
            for problem in problems {
                let job = JobName(rawValue: problem.job)
                let label = problem.severity == "error" ? "エラー/ERROR" : "警告/WARNING"
                lines.append(
                    "[\(label)] \(job?.japaneseName ?? problem.job) (\(problem.job)) \(problem.code): \(problem.count)件"
                )
                lines.append("  \(problem.messageJa)")
                lines.append("  \(problem.messageEn)")
                lines.append("  \(JSTCalendar.displayString(problem.firstSeenAt)) JST から / open since")
                lines.append("")
            }
            lines.append("詳細はレポート (reports/) と `rakuten-sync status` を確認してください。")
            lines.append(
                "(mailed once a day after \(hour):00 JST; `rakuten-sync settings set rollup-hour N` changes it)"
            )
            let path: String
            do {
                path = try AlertMailer(directory: directory, database: database, logger: logger, clock: { now })
                    .writeOutbox(
                        subject: subject,
                        body: lines.joined(separator: "\n") + "\n",
                        to: store,
                        name: "rollup-\(store.code)",
                        messageID: "rollup.\(store.code)",
                        now: now
                    )
            } catch {
                try? settings.set(nil, for: .rollupMailed(store: store.code))  // not written: a later run retries
                throw error
            }
            logger.notice("daily roll-up of \(problems.count) open problem code(s) written to \(path)")
            return path
        } catch {
            logger.error("daily roll-up of store \(store.code) failed: \(error)")
            return nil
        }
    }
}
