import ArgumentParser
import Foundation
import SyncCore
import SyncJobs
import SyncStore

/// `rakuten-sync runs`: run history.
struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "実行履歴 / Run history.",
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "実行履歴一覧 / List recent runs, newest first.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "orders, stock, shipping or mappings.") var job: String?
        @Option(help: "店舗コード / store code.") var store: String?
        @Option(help: "How many runs to show.") var limit = 20

        func validate() throws {
            if let job, JobName(rawValue: job) == nil {
                throw ValidationError("--job must be orders, stock, shipping or mappings")
            }
            guard (1...10_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 10000") }
        }

        func run() throws {
            let context = try options.openAdmin()
            let runs = try SyncJobsError.database("list runs") {
                try RunRepository(database: context.database).list(job: job, store: store, limit: limit)
            }
            guard !runs.isEmpty else {
                print("実行履歴はありません / no runs recorded")
                return
            }
            let rows = runs.map { run in
                [
                    String(run.id), run.job, run.storeCode, run.status.rawValue,
                    JSTCalendar.displayString(run.startedAt),
                    "\(run.counts.processed)/\(run.counts.succeeded)/\(run.counts.failed)/\(run.counts.warnings)",
                    "\(run.counts.rateLimited)/\(run.counts.retries)",
                    run.reportPath ?? "",
                ]
            }
            print(
                TextTable.render(
                    header: [
                        "run", "job", "store", "status", "開始 (JST)", "件数 p/ok/err/warn", "429/再試行 retries", "report",
                    ],
                    rows: rows
                )
            )
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "実行の詳細 / Show one run.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The run id (see `rakuten-sync runs`).") var runID: Int64

        func run() throws {
            let context = try options.openAdmin()
            guard
                let run = try SyncJobsError.database(
                    "read run",
                    { try RunRepository(database: context.database).find(id: runID) }
                )
            else {
                throw SyncJobsError.refused(reason: "実行ID \(runID) は見つかりません (no run with id \(runID))")
            }
            let lines: [[String]] = [
                ["run", String(run.id)],
                ["job", "\(JobName(rawValue: run.job)?.japaneseName ?? run.job) (\(run.job))"],
                ["store", run.storeCode],
                ["status", run.status.rawValue],
                ["pid", String(run.pid)],
                ["開始 / started", JSTCalendar.displayString(run.startedAt) + " JST"],
                ["終了 / finished", run.finishedAt.map { JSTCalendar.displayString($0) + " JST" } ?? "-"],
                ["処理 / processed", String(run.counts.processed)],
                ["成功 / succeeded", String(run.counts.succeeded)],
                ["エラー / failed", String(run.counts.failed)],
                ["警告 / warnings", String(run.counts.warnings)],
                ["HTTP 429", String(run.counts.rateLimited)],
                ["再試行 / retries", String(run.counts.retries)],
                ["レポート / report", run.reportPath ?? "なし / none (no problems)"],
                ["メッセージ / message", run.message ?? ""],
            ]
            print(TextTable.render(header: nil, rows: lines))
        }
    }
}
