import SyncCore

/// The report row of a job that could not do its work: `message_ja` in Japanese, `message_en` in English
/// (issue #11 §2), with the failure's code and the action that fixes it.
package enum FailureRow {
    /// The row for `error`, which stopped `job`.
    package static func make(_ error: SyncJobsError, job: JobName) -> ReportRow {
        let code: ReportCode
        let messageJa: String
        let messageEn: String
        switch error {
        case let .authentication(store, service, detail):
            code = .authenticationFailed
            if service == "Rakuten RMS" {
                let answer = StoreWideProblem(error)?.serviceAnswer.map { " 楽天の応答: \($0)" } ?? ""
                messageJa =
                    "店舗 \(store): 楽天RMSがライセンスキーを受け付けませんでした。期限切れ(90日ごと)、RMSで再発行済み、誤り、"
                    + "またはAPIの利用設定が無効です。RMSで新しいキーを確認し `rakuten-sync store set \(store) --renew-license-key` "
                    + "で登録してください。\(job.japaneseName)は停止しています。\(answer)"
            } else {
                messageJa = "店舗 \(store): \(japanese(service))が認証情報を受け付けませんでした。\(job.japaneseName)は停止しています。"
            }
            messageEn =
                "Store \(store): \(service) refused the credentials, so the \(job.rawValue) job stopped: \(detail)"
        case let .remoteUnavailable(store, service, detail):
            code = .remoteUnavailable
            messageJa = "店舗 \(store): \(japanese(service))に接続できないため\(job.japaneseName)を実行できませんでした。次回の実行で再試行します。"
            messageEn =
                "Store \(store): \(service) is unavailable, so the \(job.rawValue) job could not do its work; it is retried next run: \(detail)"
        case let .configuration(store, problem):
            code = .configurationError
            messageJa = "店舗 \(store) の設定に問題があるため\(job.japaneseName)を実行できませんでした: \(problem)"
            messageEn =
                "Store \(store) is not set up correctly, so the \(job.rawValue) job could not do its work: \(problem)"
        case .unknownStore, .invalidInput, .refused:
            code = .configurationError
            messageJa = "\(job.japaneseName)を実行できませんでした: \(error)"
            messageEn = "The \(job.rawValue) job could not do its work: \(error)"
        case .fileSystem, .database:
            code = .jobFailed
            messageJa = "データディレクトリまたはデータベースのエラーのため\(job.japaneseName)を実行できませんでした。"
            messageEn = "The \(job.rawValue) job could not do its work: \(error)"
        }
        return ReportRow(code, messageJa: messageJa, messageEn: messageEn)
    }

    private static func japanese(_ service: String) -> String {
        switch service {
        case "Rakuten RMS": "楽天RMS"
        case "Smaregi": "スマレジ"
        default: service
        }
    }
}
