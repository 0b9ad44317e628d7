import Foundation

/// searchOrder request body, `POST /es/2.0/order/searchOrder/` (rakuten-rms.md §3.2).
///
/// `startDatetime`/`endDatetime` are encoded as `yyyy-MM-dd'T'HH:mm:ss+0900` (JST, no colon; anything else is
/// `…_SEARCH_ORDER_ERROR_011`). The window may span at most 63 days and must start within the last 730 days; use
/// `dateWindows(from:to:)` to slice a longer range. Optional filters are left out of the JSON when `nil`.
package struct RMSSearchOrderRequest: Encodable, Sendable, Equatable {
    /// The longest window RMS accepts between `startDatetime` and `endDatetime`.
    package static let maximumWindowDays = 63

    /// 期間検索種別 (required).
    package var dateType: RMSSearchDateType
    /// 期間検索開始日時 (required).
    package var startDatetime: Date
    /// 期間検索終了日時 (required).
    package var endDatetime: Date
    /// ステータスリスト (100 … 900); `nil` = every status.
    package var orderProgressList: [Int]?
    /// サブステータスIDリスト.
    package var subStatusIdList: [Int]?
    /// 販売種別リスト: 1 通常, 4 定期, 5 頒布会, 6 予約.
    package var orderTypeList: [Int]?
    /// 支払方法名 code.
    package var settlementMethod: Int?
    /// 配送方法.
    package var deliveryName: String?
    /// 発送日未指定有無フラグ.
    package var shippingDateBlankFlag: Int?
    /// お荷物伝票番号未指定有無フラグ.
    package var shippingNumberBlankFlag: Int?
    /// 検索キーワード種別 (0–9).
    package var searchKeywordType: Int?
    /// 検索キーワード.
    package var searchKeyword: String?
    /// 注文メールアドレス種別.
    package var mailSendType: Int?
    /// 注文者メールアドレス (exact).
    package var ordererMailAddress: String?
    /// 電話番号種別: 1 注文者, 2 送付先.
    package var phoneNumberType: Int?
    /// 電話番号 (exact).
    package var phoneNumber: String?
    /// 申込番号 (exact).
    package var reserveNumber: String?
    /// 購入サイトリスト (0–4).
    package var purchaseSiteType: Int?
    /// あす楽希望フラグ.
    package var asurakuFlag: Int?
    /// クーポン利用有無フラグ.
    package var couponUseFlag: Int?
    /// 医薬品受注フラグ.
    package var drugFlag: Int?
    /// 海外かご注文フラグ (obsolete).
    package var overseasFlag: Int?
    /// 当日出荷フラグ.
    package var oneDayOperationFlag: Int?
    /// ページングリクエストモデル.
    package var paginationRequestModel: RMSPaginationRequestModel?

    enum CodingKeys: String, CodingKey {
        case dateType, startDatetime, endDatetime, orderProgressList, subStatusIdList, orderTypeList
        case settlementMethod, deliveryName, shippingDateBlankFlag, shippingNumberBlankFlag, searchKeywordType
        case searchKeyword, mailSendType, ordererMailAddress, phoneNumberType, phoneNumber, reserveNumber
        case purchaseSiteType, asurakuFlag, couponUseFlag, drugFlag, overseasFlag, oneDayOperationFlag
        case paginationRequestModel = "PaginationRequestModel"
    }

    /// A search over one date window; set the optional filters afterwards.
    package init(
        dateType: RMSSearchDateType,
        startDatetime: Date,
        endDatetime: Date,
        orderProgressList: [Int]? = nil,
        paginationRequestModel: RMSPaginationRequestModel? = RMSPaginationRequestModel()
    ) {
        self.dateType = dateType
        self.startDatetime = startDatetime
        self.endDatetime = endDatetime
        self.orderProgressList = orderProgressList
        self.paginationRequestModel = paginationRequestModel
    }

    /// Encodes the wire JSON; dates use the order API's `+0900` form.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(dateType, forKey: .dateType)
        try container.encode(RMSDateFormat.orderDateTime.string(from: startDatetime), forKey: .startDatetime)
        try container.encode(RMSDateFormat.orderDateTime.string(from: endDatetime), forKey: .endDatetime)
        try container.encodeIfPresent(orderProgressList, forKey: .orderProgressList)
        try container.encodeIfPresent(subStatusIdList, forKey: .subStatusIdList)
        try container.encodeIfPresent(orderTypeList, forKey: .orderTypeList)
        try container.encodeIfPresent(settlementMethod, forKey: .settlementMethod)
        try container.encodeIfPresent(deliveryName, forKey: .deliveryName)
        try container.encodeIfPresent(shippingDateBlankFlag, forKey: .shippingDateBlankFlag)
        try container.encodeIfPresent(shippingNumberBlankFlag, forKey: .shippingNumberBlankFlag)
        try container.encodeIfPresent(searchKeywordType, forKey: .searchKeywordType)
        try container.encodeIfPresent(searchKeyword, forKey: .searchKeyword)
        try container.encodeIfPresent(mailSendType, forKey: .mailSendType)
        try container.encodeIfPresent(ordererMailAddress, forKey: .ordererMailAddress)
        try container.encodeIfPresent(phoneNumberType, forKey: .phoneNumberType)
        try container.encodeIfPresent(phoneNumber, forKey: .phoneNumber)
        try container.encodeIfPresent(reserveNumber, forKey: .reserveNumber)
        try container.encodeIfPresent(purchaseSiteType, forKey: .purchaseSiteType)
        try container.encodeIfPresent(asurakuFlag, forKey: .asurakuFlag)
        try container.encodeIfPresent(couponUseFlag, forKey: .couponUseFlag)
        try container.encodeIfPresent(drugFlag, forKey: .drugFlag)
        try container.encodeIfPresent(overseasFlag, forKey: .overseasFlag)
        try container.encodeIfPresent(oneDayOperationFlag, forKey: .oneDayOperationFlag)
        try container.encodeIfPresent(paginationRequestModel, forKey: .paginationRequestModel)
    }

    /// Slices `start...end` into consecutive windows of at most 63 days (rakuten-rms.md §8 pitfall 2); each window
    /// starts one second after the previous one ends, since RMS datetimes have whole seconds.
    package static func dateWindows(from start: Date, to end: Date) -> [ClosedRange<Date>] {
        guard start <= end else { return [] }
        let span = TimeInterval(maximumWindowDays * 24 * 3600)
        var windows: [ClosedRange<Date>] = []
        var windowStart = start
        while windowStart <= end {
            let windowEnd = min(windowStart.addingTimeInterval(span), end)
            windows.append(windowStart...windowEnd)
            windowStart = windowEnd.addingTimeInterval(1)
        }
        return windows
    }
}
