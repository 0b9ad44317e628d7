import Foundation

/// One `BasketidModelList[]` entry: the shipping rows of one 送付先 (`basketId` from getOrder). Note the wire
/// casing `BasketidModelList` with a lower-case `id` (rakuten-rms.md §3.5). At most 20 rows per basket.
package struct RMSBasketidModel: Encodable, Sendable, Equatable {
    /// The most shipping rows one basket may hold.
    package static let maximumShippingRows = 20

    /// 送付先ID.
    package var basketId: Int64
    /// 発送モデルリスト.
    package var shippingModelList: [RMSShippingUpdateModel]

    enum CodingKeys: String, CodingKey {
        case basketId
        case shippingModelList = "ShippingModelList"
    }

    /// The rows of one basket.
    package init(basketId: Int64, shippingModelList: [RMSShippingUpdateModel]) {
        self.basketId = basketId
        self.shippingModelList = shippingModelList
    }
}
