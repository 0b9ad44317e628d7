import Foundation
import Hummingbird

/// searchOrder (rakuten-rms.md §3.2): required dateType/startDatetime/endDatetime in `+0900`, 63-day window,
/// 730-day look-back, ≤1000 per page, 15,000-result cap, zero hits as 200 with null pagination.
extension RakutenSandbox {
    static let searchPrefix = "ORDER_EXT_API_SEARCH_ORDER"

    func searchOrder(_ pass: GatewayPass) -> Response {
        let body = pass.body ?? .fields([:])
        var errors: [SandboxJSON] = []
        func fail(_ number: String, _ text: String) {
            errors.append(RakutenOrderMessages.error("\(Self.searchPrefix)_ERROR_\(number)", text))
        }

        var dateType: Int?
        switch body["dateType"] {
        case nil, .null?: fail("009", "dateTypeの項目を指定して下さい。")
        case let value?:
            if let type = value.intValue, (1...6).contains(type) {
                dateType = type
            } else {
                fail("011", "dateTypeの書式が不正です。")
            }
        }
        func datetime(_ name: String) -> Date? {
            switch body[name] {
            case nil, .null?:
                fail("009", "\(name)の項目を指定して下さい。")
            case .string("")?:
                fail("010", "\(name)の値を指定して下さい。")
            case let value?:
                if let date = value.stringValue.flatMap(RakutenDates.parseOrderDatetime) { return date }
                fail("011", "\(name)の書式が不正です。")
            }
            return nil
        }
        let start = datetime("startDatetime")
        let end = datetime("endDatetime")
        if let start, let end {
            if end < start {
                fail("013", "endDatetimeはstartDatetime以降を指定して下さい。")
            } else if end.timeIntervalSince(start) > 63 * 86_400 {
                fail("013", "startDatetimeとendDatetimeの期間は63日以内で指定して下さい。")
            }
            if start < pass.now.addingTimeInterval(-730 * 86_400) {
                fail("014", "startDatetimeは過去730日以内を指定して下さい。")
            }
        }
        var pageSize = 30
        var page = 1
        var ascending = false
        if let pagination = body["PaginationRequestModel"], !pagination.isNull {
            switch pagination["requestRecordsAmount"] {
            case nil, .null?: fail("009", "requestRecordsAmountの項目を指定して下さい。")
            case let value?:
                if let amount = value.intValue, (1...1000).contains(amount) {
                    pageSize = amount
                } else {
                    fail("012", "requestRecordsAmountは1以上1000以下で指定して下さい。")
                }
            }
            switch pagination["requestPage"] {
            case nil, .null?: fail("009", "requestPageの項目を指定して下さい。")
            case let value?:
                if let number = value.intValue, number >= 1 {
                    page = number
                } else {
                    fail("012", "requestPageの値が不正です。")
                }
            }
            for sort in pagination["SortModelList"]?.arrayValue ?? [] {
                guard sort["sortColumn"]?.intValue == 1, let direction = sort["sortDirection"]?.intValue,
                    [1, 2].contains(direction)
                else {
                    fail("012", "SortModelListの値が不正です。")
                    continue
                }
                ascending = direction == 1
            }
        }
        let progressFilter = body["orderProgressList"]?.arrayValue?.compactMap(\.intValue)
        if let progressFilter, progressFilter.contains(where: { !(1...9).contains($0 / 100) || $0 % 100 != 0 }) {
            fail("012", "orderProgressListの値が不正です。")
        }
        let typeFilter = body["orderTypeList"]?.arrayValue?.compactMap(\.intValue)
        let settlementFilter = body["settlementMethod"]?.intValue

        guard errors.isEmpty, let dateType, let start, let end else {
            return Self.orderResponse(
                .fields([
                    "orderNumberList": .null, "MessageModelList": .array(errors), "PaginationResponseModel": .null,
                ]),
                status: .badRequest
            )
        }
        let matches: [(String, Date)] =
            withShop(pass.shopCode) { shop in
                shop.orderNumbers.compactMap { number -> (String, Date)? in
                    guard let record = shop.orders[number], let orderDate = record.orderDate,
                        let date = Self.searchDate(record, dateType: dateType), date >= start, date <= end
                    else { return nil }
                    if let progressFilter, !progressFilter.isEmpty, !progressFilter.contains(record.progress) {
                        return nil
                    }
                    if let typeFilter, !typeFilter.isEmpty,
                        !typeFilter.contains(record.model["orderType"]?.intValue ?? 1)
                    {
                        return nil
                    }
                    if let settlementFilter,
                        record.model["SettlementModel"]?["settlementMethodCode"]?.intValue != settlementFilter
                    {
                        return nil
                    }
                    return (number, orderDate)
                }
            } ?? []
        let sorted = matches.sorted { ascending ? ($0.1, $0.0) < ($1.1, $1.0) : ($0.1, $0.0) > ($1.1, $1.0) }
        let capped = Array(sorted.prefix(15_000)).map(\.0)
        guard !capped.isEmpty else {
            return Self.orderResponse(
                .fields([
                    "orderNumberList": .array([]),
                    "MessageModelList": .array([
                        RakutenOrderMessages.info("\(Self.searchPrefix)_INFO_102", "注文検索に成功しました。(検索結果０件)")
                    ]),
                    "PaginationResponseModel": .fields([
                        "totalRecordsAmount": .null, "totalPages": .null, "requestPage": .null,
                    ]),
                ])
            )
        }
        let pageItems = capped.dropFirst((page - 1) * pageSize).prefix(pageSize)
        return Self.orderResponse(
            .fields([
                "orderNumberList": .array(pageItems.map { .string($0) }),
                "MessageModelList": .array([RakutenOrderMessages.info("\(Self.searchPrefix)_INFO_101", "注文検索に成功しました。")]
                ),
                "PaginationResponseModel": .fields([
                    "totalRecordsAmount": .int(capped.count),
                    "totalPages": .int((capped.count + pageSize - 1) / pageSize),
                    "requestPage": .int(page),
                ]),
            ])
        )
    }

    /// The date a dateType searches on (1 注文日, 2 注文確認日, 3 注文確定日, 4 発送日 = first shippingDate,
    /// 5 発送完了報告日, 6 決済確定日 = orderFixDatetime in the sandbox).
    static func searchDate(_ record: RakutenOrderRecord, dateType: Int) -> Date? {
        let model = record.model
        func datetime(_ key: String) -> Date? { model[key]?.stringValue.flatMap(RakutenDates.parseOrderDatetime) }
        switch dateType {
        case 1: return record.orderDate
        case 2: return datetime("shopOrderCfmDatetime")
        case 3, 6: return datetime("orderFixDatetime")
        case 4:
            let days = (model["PackageModelList"]?.arrayValue ?? []).flatMap {
                $0["ShippingModelList"]?.arrayValue ?? []
            }
            .compactMap { $0["shippingDate"]?.stringValue.flatMap(RakutenDates.parseDay) }
            return days.min()
        default: return datetime("shippingCmplRptDatetime")
        }
    }
}
