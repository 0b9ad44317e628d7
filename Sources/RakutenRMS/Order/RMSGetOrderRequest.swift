import Foundation

/// getOrder request body, `POST /es/2.0/order/getOrder/` (rakuten-rms.md §3.3): at most 100 order numbers, and a
/// required `version` (10 = ソーシャルギフト対応, the newest; without it RMS answers `…_GET_ORDER_ERROR_009`).
package struct RMSGetOrderRequest: Encodable, Sendable, Equatable {
    /// The most order numbers one call accepts.
    package static let maximumOrderNumbers = 100
    /// The response version this client is written for.
    package static let defaultVersion = 10

    /// 注文番号リスト (≤ 100).
    package var orderNumberList: [String]
    /// 取得バージョン.
    package var version: Int

    enum CodingKeys: String, CodingKey {
        case orderNumberList, version
    }

    /// A request for `orderNumberList`, version 10 unless told otherwise.
    package init(orderNumberList: [String], version: Int = Self.defaultVersion) {
        self.orderNumberList = orderNumberList
        self.version = version
    }
}
