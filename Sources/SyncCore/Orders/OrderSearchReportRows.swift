/// Report rows about the date search itself (issue #12 §1): a second that holds more orders than one search
/// returns, and a host clock that disagrees with Rakuten's.
package enum OrderSearchReportRows {
    /// How far the host clock may be off before the run warns, in seconds.
    package static let clockSkewTolerance = 60.0

    /// A one-second window (`second`, `yyyy-MM-dd'T'HH:mm:ss+0900`) whose search returned the cap.
    package static func saturated(second: String, job: String) -> ReportRow {
        ReportRow(
            .orderSearchSaturated,
            messageJa:
                "注文日 \(second) の1秒間の注文が15,000件以上あり、受注検索(searchOrder)で15,001件目以降を取得できません (\(job))",
            messageEn:
                "More than 15,000 orders carry the order date \(second): searchOrder returns only the first 15,000 of that second, the rest were not read (\(job))."
        )
    }

    /// The host clock is `offsetSeconds` behind (positive) or ahead of (negative) Rakuten's.
    package static func clockSkew(offsetSeconds: Int, job: String) -> ReportRow {
        let direction = offsetSeconds > 0 ? "遅れて" : "進んで"
        let english = offsetSeconds > 0 ? "behind" : "ahead of"
        let seconds = abs(offsetSeconds)
        return ReportRow(
            .hostClockSkew,
            messageJa:
                "サーバーの時計が楽天の時刻より\(seconds)秒\(direction)います。検索期間は楽天の時刻で計算しました (\(job))",
            messageEn:
                "The host clock is \(seconds) s \(english) Rakuten's time (the Date of its answers); the search windows were based on Rakuten's time (\(job))."
        )
    }
}
