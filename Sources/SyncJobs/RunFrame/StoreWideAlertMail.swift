import Foundation
import SyncCore
import SyncStore

/// The text of the one mail a store-wide problem gets (issue #11 §2): which store, what stopped, why, what to do.
/// A Japanese block first, then the same in English.
package struct StoreWideAlertMail: Sendable, Equatable {
    /// The subject line.
    package let subject: String
    /// The plain-text body.
    package let body: String

    /// Composes the mail for `problem`, first seen at `since`, which stops `jobs` of `store`.
    package init(
        problem: StoreWideProblem,
        store: StoreRecord,
        jobs: [JobName],
        since: Date,
        at date: Date,
        runID: Int64,
        job: JobName
    ) {
        let stopped = jobs.map(\.japaneseName).joined(separator: "・")
        subject = "【rakuten-sync】店舗 \(store.code) (\(store.name)): \(problem.titleJa) — \(stopped)が停止中"
        let sinceText = "\(JSTCalendar.displayString(since)) JST"
        var ja = [
            "rakuten-sync アラート (店舗全体の問題)",
            "",
            "店舗: \(store.name) (店舗コード \(store.code))",
            "問題: \(problem.titleJa)",
            "停止中の処理: \(jobs.map(\.japaneseName).joined(separator: "、"))",
            "発生: \(sinceText) から (\(job.japaneseName) run \(runID) で検知)",
        ]
        var en = [
            "rakuten-sync alert (a problem of the whole store)",
            "",
            "Store: \(store.name) (store code \(store.code))",
            "Problem: \(problem.titleEn)",
            "Stopped jobs: \(jobs.map(\.rawValue).joined(separator: ", "))",
            "Since: \(sinceText) (seen by \(job.rawValue) run \(runID))",
        ]
        let expiry = store.licenseExpiry.map { "\(JSTCalendar.displayString($0)) JST" }
        switch (problem.kind, problem.service) {
        case (.authentication, .rakuten):
            if let expiry, let expiryDate = store.licenseExpiry {
                let expired = expiryDate <= date
                ja.append("登録されているライセンスキーの有効期限: \(expiry)" + (expired ? " (期限切れ)" : ""))
                en.append("License key expiry on record: \(expiry)" + (expired ? " (expired)" : ""))
            }
            ja.append("理由: 楽天RMSがライセンスキーを受け付けませんでした。期限切れ (90日ごと)、RMSで再発行済み、誤り、またはAPIの利用設定が無効です。")
            en.append(
                "Reason: Rakuten RMS refused the license key: it has expired (every 90 days), was renewed in RMS, is wrong, or the API is not enabled."
            )
            if let answer = problem.serviceAnswer {
                ja.append("楽天の応答 (原文): \(answer)")
                en.append("Rakuten's answer: \(answer)")
            }
            ja.append(
                "対処: RMS (店舗様向け情報・サービス > 各種申請・設定変更 > システム開発企業からのAPIアクセス許可設定) で新しいライセンスキーを確認し、"
                    + "`rakuten-sync store set \(store.code) --renew-license-key` で登録してください。"
            )
            en.append(
                "Fix: look up the current license key in RMS and enter it with `rakuten-sync store set \(store.code) --renew-license-key`."
            )
        case (.authentication, .smaregi):
            ja.append("理由: スマレジがクライアントIDまたはシークレットを受け付けませんでした。")
            en.append("Reason: Smaregi refused the client id or secret. Smaregi's answer: \(problem.detail)")
            ja.append("対処: `rakuten-sync smaregi set --store \(store.code)` で契約ID・クライアントID・シークレットを確認してください。")
            en.append(
                "Fix: check the contract id, client id and secret with `rakuten-sync smaregi set --store \(store.code)`."
            )
        case (.unavailable, _):
            let name = problem.service == .rakuten ? "楽天RMS" : "スマレジ"
            ja.append("理由: \(name)に接続できないか、エラーが続いています。各処理は毎回自動的に再試行しています。")
            en.append(
                "Reason: the service cannot be reached or keeps failing; every job retries on each run. Last error: \(problem.detail)"
            )
            ja.append("対処: \(name)の障害情報を確認してください。復旧すると処理は自動的に再開します。")
            en.append("Fix: check the service's status page; the jobs resume by themselves once it is back.")
        }
        ja.append("")
        ja.append("この問題が解消すると「解消しました」のメールをお送りします。同じ問題はそれまで再送しません。")
        en.append("")
        en.append("A mail saying it is over (解消しました) follows when it is; until then this problem is not mailed again.")
        body = (ja + ["", "----- English -----", ""] + en).joined(separator: "\n") + "\n"
    }
}
