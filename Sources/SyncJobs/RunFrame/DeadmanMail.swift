import Foundation
import SyncCore

/// The text of a dead-man alert (a switched-on job without a success for too long) and of its recovery.
package struct DeadmanMail: Sendable, Equatable {
    /// The subject line.
    package let subject: String
    /// The plain-text body.
    package let body: String

    /// The alert: `job` of the store has not succeeded for `minutes` minutes (or never, `lastSuccess` nil).
    package init(
        alertFor job: JobName,
        storeName: String,
        storeCode: String,
        lastSuccess: Date?,
        minutes: Int,
        now: Date
    ) {
        let since = lastSuccess.map { "\(JSTCalendar.displayString($0)) JST" } ?? "なし / never"
        subject = "【rakuten-sync】\(storeName) (\(storeCode)) \(job.japaneseName): \(minutes)分以上成功していません"
        body =
            [
                "rakuten-sync 停止の疑い / dead-man alert",
                "",
                "店舗 / store:  \(storeName) (\(storeCode))",
                "処理 / job:    \(job.japaneseName) (\(job.rawValue))",
                "最終成功 / last success:  \(since)",
                "日時 / time:   \(JSTCalendar.displayString(now)) JST",
                "",
                "\(job.japaneseName)はスイッチONですが、\(minutes)分以上成功していません。",
                "The \(job.rawValue) job is switched on but has not succeeded for \(minutes) minutes or more.",
                "",
                "対処 / fix:",
                "  1. `rakuten-sync status` で最終エラーを確認する (check the last error)",
                "  2. `crontab -l` に \(job.executableName) の行があり、cron が動いているか確認する (is cron running it?)",
                "  3. data/cron.log の最後の行を確認する (read the end of data/cron.log)",
                "",
                "このお知らせは1回だけ送ります。再び成功したら「解消しました」をお送りします",
                "(mailed once; a recovery mail follows when the job succeeds again).",
            ].joined(separator: "\n") + "\n"
    }

    /// The recovery: `job` succeeded again at `succeededAt`.
    package init(recoveryFor job: JobName, storeName: String, storeCode: String, succeededAt: Date) {
        subject = "【rakuten-sync】\(storeName) (\(storeCode)) \(job.japaneseName): 解消しました (再び成功しました)"
        body =
            [
                "rakuten-sync 解消 / recovered",
                "",
                "店舗 / store:  \(storeName) (\(storeCode))",
                "処理 / job:    \(job.japaneseName) (\(job.rawValue))",
                "成功 / succeeded:  \(JSTCalendar.displayString(succeededAt)) JST",
                "",
                "\(job.japaneseName)は再び成功しました。対応は不要です。",
                "The \(job.rawValue) job succeeded again; no action needed.",
            ].joined(separator: "\n") + "\n"
    }
}
