import Foundation
import SyncCore
import SyncStore

/// The text of a recovery mail (解消しました): which mailed problems of a store are over (issue #11 §2). A Japanese
/// block first, then the same in English.
package struct RecoveryMail: Sendable, Equatable {
    /// The subject line.
    package let subject: String
    /// The plain-text body.
    package let body: String

    /// Composes the mail for `problems`, found over by run `runID` of `job`.
    package init(problems: [AlertProblem], job: JobName, store: StoreRecord, runID: Int64, at date: Date) {
        let first = problems.first.map(Self.titleJa) ?? ""
        let more = problems.count > 1 ? " ほか\(problems.count - 1)件" : ""
        subject = "【rakuten-sync】店舗 \(store.code) (\(store.name)): 解消しました — \(first)\(more)"
        let time = "\(JSTCalendar.displayString(date)) JST"
        var ja = [
            "rakuten-sync 解消のお知らせ",
            "",
            "店舗: \(store.name) (店舗コード \(store.code))",
            "確認: \(time) (\(job.japaneseName) run \(runID))",
            "お知らせした次の問題は解消しました (\(problems.count)件):",
            "",
        ]
        var en = [
            "rakuten-sync: problems over",
            "",
            "Store: \(store.name) (store code \(store.code))",
            "Checked: \(time) (\(job.rawValue) run \(runID))",
            "These problems we mailed about are over (\(problems.count)):",
            "",
        ]
        for problem in problems {
            let since = "\(JSTCalendar.displayString(problem.firstSeenAt)) JST"
            ja.append("[解消] \(Self.titleJa(problem))")
            ja.append("  \(problem.messageJa) (\(since) から)")
            en.append("[over] \(Self.titleEn(problem))")
            en.append("  \(problem.messageEn) (since \(since))")
            if problem.key.problemClass.hasPrefix("STORE_") {
                ja.append("  停止していた処理は再開しました。")
                en.append("  The stopped jobs work again.")
            }
        }
        body = (ja + ["", "----- English -----", ""] + en).joined(separator: "\n") + "\n"
    }

    private static func titleJa(_ problem: AlertProblem) -> String {
        if problem.key.problemClass.hasPrefix("STORE_") { return problem.messageJa }
        return [problem.key.problemClass, problem.key.subject].filter { !$0.isEmpty }.joined(separator: " ")
    }

    private static func titleEn(_ problem: AlertProblem) -> String {
        if problem.key.problemClass.hasPrefix("STORE_") { return problem.messageEn }
        let subject = problem.key.subject.replacingOccurrences(of: "注文番号", with: "order")
            .replacingOccurrences(of: "スマレジ", with: "Smaregi")
        return [problem.key.problemClass, subject].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
