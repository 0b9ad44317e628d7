import Foundation

/// The shipping rules shared by updateOrderShipping and its async variant (rakuten-rms.md §3.5–§3.7).
enum RakutenShipping {
    /// Delivery company codes and names (§3.6).
    static let deliveryCompanies: [String: String] = [
        "1000": "その他", "1001": "ヤマト運輸", "1002": "佐川急便", "1003": "日本郵便", "1004": "西濃運輸",
        "1005": "セイノースーパーエクスプレス", "1006": "福山通運", "1007": "名鉄運輸", "1008": "トナミ運輸",
        "1009": "第一貨物", "1010": "新潟運輸", "1011": "中越運送", "1012": "岡山県貨物運送", "1013": "久留米運送",
        "1014": "山陽自動車運送", "1015": "NXトランスポート", "1016": "エコ配", "1017": "EMS", "1018": "DHL",
        "1019": "FedEx", "1020": "UPS", "1021": "日本通運", "1022": "TNT", "1023": "OCS", "1024": "USPS",
        "1025": "SFエクスプレス", "1026": "Aramex", "1027": "SGHグローバル・ジャパン", "1028": "Rakuten EXPRESS",
        "1029": "日本郵便 楽天倉庫出荷", "1030": "ヤマト運輸 クロネコゆうパケット", "1031": "名鉄NX運輸",
    ]
    static let syncPrefix = "ORDER_EXT_API_UPDATE_ORDERSHIPPING"
    static let asyncPrefix = "ORDER_EXT_API_UPDATE_ORDERSHIPPING_ASYNC"
    static let maxRowsPerBasket = 20

    /// Format errors of one order's request (`dataNumber` counts rows from `firstDataNumber`), and the row count.
    static func formatErrors(_ order: SandboxJSON, prefix: String, firstDataNumber: Int, withOrderNumber: Bool)
        -> (errors: [SandboxJSON], rows: Int)
    {
        var errors: [SandboxJSON] = []
        let orderNumber = order["orderNumber"]?.stringValue
        // Row errors echo the row's shippingDetailId (null for a row being added), like the success rows (§3.5).
        func fail(_ number: String, _ text: String, _ dataNumber: Int?, row: SandboxJSON? = nil) {
            errors.append(
                RakutenOrderMessages.message(
                    "ERROR",
                    "\(prefix)_ERROR_\(number)",
                    text,
                    orderNumber: withOrderNumber ? orderNumber : nil,
                    dataNumber: dataNumber,
                    shippingDetailId: row?["shippingDetailId"]?.intValue,
                    includeShippingKeys: row != nil
                )
            )
        }
        if orderNumber?.isEmpty ?? true { fail("009", "orderNumberの項目を指定して下さい。", nil) }
        guard let baskets = order["BasketidModelList"]?.arrayValue, !baskets.isEmpty else {
            fail("009", "BasketidModelListの項目を指定して下さい。", nil)
            return (errors, 0)
        }
        var dataNumber = firstDataNumber
        for basket in baskets {
            if basket["basketId"]?.intValue == nil { fail("009", "basketIdの項目を指定して下さい。", nil) }
            let rows = basket["ShippingModelList"]?.arrayValue ?? []
            if rows.isEmpty { fail("009", "ShippingModelListの項目を指定して下さい。", nil) }
            if rows.count > maxRowsPerBasket { fail("012", "ShippingModelListは20件以内で指定して下さい。", nil) }
            for row in rows {
                if let company = row["deliveryCompany"], !company.isNull,
                    company.stringValue.map({ deliveryCompanies[$0] == nil }) ?? true
                {
                    fail("011", "deliveryCompanyの書式が不正です。", dataNumber, row: row)
                }
                if let date = row["shippingDate"], !date.isNull, date != .string(""),
                    date.stringValue.flatMap(RakutenDates.parseDay) == nil
                {
                    fail("011", "shippingDateの書式が不正です。", dataNumber, row: row)
                }
                if let number = row["shippingNumber"], !number.isNull,
                    number.stringValue.map({ $0.count > 120 }) ?? true
                {
                    fail("011", "shippingNumberの書式が不正です。", dataNumber, row: row)
                }
                if let id = row["shippingDetailId"], !id.isNull, id.intValue == nil {
                    fail("011", "shippingDetailIdの書式が不正です。", dataNumber, row: row)
                }
                dataNumber += 1
            }
        }
        return (errors, dataNumber - firstDataNumber)
    }

    /// Applies one order's shipping rows; all-or-nothing. Returns per-row messages and success.
    static func apply(_ order: SandboxJSON, to shop: inout RakutenShopState, now: Date, issue: () -> Int)
        -> (messages: [SandboxJSON], ok: Bool)
    {
        let orderNumber = order["orderNumber"]?.stringValue ?? ""
        func failure(_ number: String, _ text: String, dataNumber: Int? = nil) -> (messages: [SandboxJSON], ok: Bool) {
            (
                [RakutenOrderMessages.message("ERROR", "\(syncPrefix)_ERROR_\(number)", text, dataNumber: dataNumber)],
                false
            )
        }
        guard var record = shop.orders[orderNumber] else {
            return failure("101", "指定された注文番号が存在しません。")
        }
        if [800, 900].contains(record.progress) {
            return failure("102", "指定された注文番号は既にキャンセルされているため、発送完了報告が出来る状態ではありませんでした。")
        }
        guard case .array(var packages) = record.model["PackageModelList"] else {
            return failure("101", "指定された注文番号が存在しません。")
        }
        var messages: [SandboxJSON] = []
        var dataNumber = 1
        for basket in order["BasketidModelList"]?.arrayValue ?? [] {
            let basketId = basket["basketId"]?.intValue
            guard let index = packages.firstIndex(where: { $0["basketId"]?.intValue == basketId }) else {
                return failure("103", "指定された送付先IDが存在しません。", dataNumber: dataNumber)
            }
            var rows = packages[index]["ShippingModelList"]?.arrayValue ?? []
            for row in basket["ShippingModelList"]?.arrayValue ?? [] {
                let delete = row["shippingDeleteFlag"]?.intValue == 1
                if let id = row["shippingDetailId"]?.intValue {
                    guard let rowIndex = rows.firstIndex(where: { $0["shippingDetailId"]?.intValue == id }) else {
                        return failure("104", "指定された発送明細IDが存在しません。", dataNumber: dataNumber)
                    }
                    if delete { rows.remove(at: rowIndex) } else { rows[rowIndex] = merged(rows[rowIndex], with: row) }
                    messages.append(
                        RakutenOrderMessages.message(
                            "INFO",
                            "\(syncPrefix)_INFO_102",
                            "発送情報の更新設定が完了しました。",
                            dataNumber: dataNumber,
                            shippingDetailId: id
                        )
                    )
                } else {
                    let id = issue()
                    let base: SandboxJSON = .fields([
                        "shippingDetailId": .int(id), "shippingNumber": .null, "deliveryCompany": .null,
                        "deliveryCompanyName": .null, "shippingDate": .null,
                    ])
                    rows.append(merged(base, with: row))
                    messages.append(
                        RakutenOrderMessages.message(
                            "INFO",
                            "\(syncPrefix)_INFO_101",
                            "発送情報の追加設定が完了しました。",
                            dataNumber: dataNumber,
                            shippingDetailId: id
                        )
                    )
                }
                dataNumber += 1
            }
            guard rows.count <= maxRowsPerBasket else {
                return failure("012", "発送情報は1つの送付先につき20件まで登録できます。")
            }
            packages[index]["ShippingModelList"] = .array(rows)
        }
        record.model["PackageModelList"] = .array(packages)
        if record.progress < 500 {
            record.model["orderProgress"] = .int(500)
            record.model["shippingCmplRptDatetime"] = .string(RakutenDates.orderDatetime(now))
        }
        shop.orders[orderNumber] = record
        return (messages, true)
    }

    /// Absent members keep their value, empty strings clear it (§3.5).
    private static func merged(_ stored: SandboxJSON, with row: SandboxJSON) -> SandboxJSON {
        var result = stored
        for key in ["shippingNumber", "deliveryCompany", "shippingDate"] {
            guard let value = row[key] else { continue }
            result[key] = value == .string("") ? .null : value
        }
        result["deliveryCompanyName"] =
            result["deliveryCompany"]?.stringValue.flatMap { deliveryCompanies[$0] }.map { .string($0) } ?? .null
        return result
    }
}
