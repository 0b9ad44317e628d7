import Foundation

/// searchOrder `dateType`: which date `startDatetime`/`endDatetime` filter on (rakuten-rms.md §3.2).
package enum RMSSearchDateType: Int, Codable, Sendable, Equatable, CaseIterable {
    /// 1 注文日.
    case orderDate = 1
    /// 2 注文確認日.
    case orderConfirmationDate = 2
    /// 3 注文確定日.
    case orderFixDate = 3
    /// 4 発送日.
    case shippingDate = 4
    /// 5 発送完了報告日.
    case shippingReportDate = 5
    /// 6 決済確定日.
    case settlementFixDate = 6
}
