/// Report rows about the date search itself (issue #12 §1): a second that holds more orders than one search
/// returns, and a host clock that disagrees with Rakuten's.
package enum OrderSearchReportRows {
    /// One second of 注文日 still reached the 15,000-result cap: orders past the 15,000th were not read.
    package static let saturatedCode = "ORDER_SEARCH_SATURATED"
    /// The host clock is more than a minute off Rakuten's (the `Date` of its answers).
    package static let clockSkewCode = "HOST_CLOCK_SKEW"
    /// How far the host clock may be off before the run warns, in seconds.
    package static let clockSkewTolerance = 60.0

    /// A one-second window (`second`, `yyyy-MM-dd'T'HH:mm:ss+0900`) whose search returned the cap.
    package static func saturated(second: String, job: String) -> ReportRow {
        ReportRow(
            severity: .error,
            code: saturatedCode,
            messageJa:
                "注文日 \(second) の1秒間の注文が15,000件以上あり、受注検索(searchOrder)で15,001件目以降を取得できません (\(job))",
            messageEn:
                "More than 15,000 orders carry the order date \(second): searchOrder returns only the first 15,000 of that second, the rest were not read (\(job)).",
            action:
                "RMSの受注管理でこの1秒間の注文を確認し、未取込の注文を `rakuten-sync-orders --order 注文番号` で取り込んでください。 / Look the orders of that second up in RMS and import the missing ones with `rakuten-sync-orders --order NUMBER`."
        )
    }

    /// The host clock is `offsetSeconds` behind (positive) or ahead of (negative) Rakuten's.
    package static func clockSkew(offsetSeconds: Int, job: String) -> ReportRow {
        let direction = offsetSeconds > 0 ? "遅れて" : "進んで"
        let english = offsetSeconds > 0 ? "behind" : "ahead of"
        let seconds = abs(offsetSeconds)
        return ReportRow(
            severity: .warning,
            code: clockSkewCode,
            messageJa:
                "サーバーの時計が楽天の時刻より\(seconds)秒\(direction)います。検索期間は楽天の時刻で計算しました (\(job))",
            messageEn:
                "The host clock is \(seconds) s \(english) Rakuten's time (the Date of its answers); the search windows were based on Rakuten's time (\(job)).",
            action:
                "サーバーの時刻同期(NTP)を確認してください。 / Check the host's time synchronisation (NTP)."
        )
    }
}
