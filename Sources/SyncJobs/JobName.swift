/// The four cron jobs, with the names merchants see on the set-up screens (design.md §1).
package enum JobName: String, Sendable, Equatable, Hashable, CaseIterable {
    /// 受注取得 (and 受注指定取得 with `--order`).
    case orders
    /// 在庫更新.
    case stock
    /// 発送済みステータス.
    case shipping
    /// 商品連携チェック.
    case mappings

    /// The Japanese feature name.
    package var japaneseName: String {
        switch self {
        case .orders: "受注取得"
        case .stock: "在庫更新"
        case .shipping: "発送済みステータス"
        case .mappings: "商品連携チェック"
        }
    }

    /// The executable cron starts for this job.
    package var executableName: String { "rakuten-sync-\(rawValue)" }

    /// How often cron starts the job, in minutes (design.md §1); `status` flags a job as stale after
    /// the configured threshold for per-minute jobs and three intervals for the others.
    package var scheduleMinutes: Int {
        switch self {
        case .orders, .stock, .shipping: 1
        case .mappings: 5
        }
    }
}
