import Foundation

/// 取引登録 `POST /transactions` (smaregi.md §4.5): a flat, all-string body, validated like the real API, that
/// lowers stock (history division `02` 売上).
extension SmaregiContract {
    /// The transaction head divisions the API accepts for registration.
    static let transactionHeadDivisions: Set<String> = ["1", "2", "3", "4", "5", "6", "7", "13", "14"]

    /// Registers a 取引 from the decoded JSON object.
    mutating func createTransaction(_ body: [String: Any], rejectDuplicates: Bool, at now: Date) throws
        -> SmaregiTransactionRecord
    {
        if body["transactionHead"] != nil || body["transactionDetails"] != nil {
            throw SmaregiProblem.badRequest("transactionHead,transactionDetails はサポートされていません")
        }
        var fields = try Self.stringFields(body, context: "")
        func required(_ name: String) throws -> String {
            guard let value = fields[name], !value.isEmpty else { throw SmaregiProblem.badRequest("\(name) は必須です") }
            return value
        }
        func integer(_ name: String, default value: Int = 0) throws -> Int {
            guard let text = fields[name], !text.isEmpty else { return value }
            guard let number = Int(text), abs(number) <= 999_999_999 else {
                throw SmaregiProblem.badRequest("\(name) の値が不正です: \(text)")
            }
            return number
        }
        let division = try required("transactionHeadDivision")
        guard Self.transactionHeadDivisions.contains(division) else {
            throw SmaregiProblem.badRequest("transactionHeadDivision の値が不正です: \(division)")
        }
        let store = try posStore(Int(try required("storeId")))
        guard !store.pauseFlag else { throw SmaregiProblem.badRequest("休止中の店舗には登録できません") }
        let terminalId = try required("terminalId")
        guard terminalId.range(of: #"^[1-9][0-9]{0,8}$"#, options: .regularExpression) != nil else {
            throw SmaregiProblem.badRequest("terminalId の値が不正です: \(terminalId)")
        }
        let terminalTranId = try required("terminalTranId")
        guard terminalTranId.count <= 10 else { throw SmaregiProblem.badRequest("terminalTranId は10文字以内です") }
        let dateText = try required("terminalTranDateTime")
        guard let terminalTranDateTime = SmaregiJST.parse(dateText) else {
            throw SmaregiProblem.badRequest("terminalTranDateTime の日時の形式が不正です: \(dateText)")
        }
        let sumDivision = fields["sumDivision"] ?? "0"
        guard ["0", "1", "2"].contains(sumDivision) else { throw SmaregiProblem.badRequest("sumDivision の値が不正です") }
        if sumDivision == "2", fields["sumDate"] == nil { throw SmaregiProblem.badRequest("sumDate は必須です") }
        if sumDivision == "0", fields["sumDate"] != nil { throw SmaregiProblem.badRequest("sumDate は指定できません") }
        if let sumDate = fields["sumDate"], SmaregiJST.parseDay(sumDate) == nil {
            throw SmaregiProblem.badRequest("sumDate の形式が不正です: \(sumDate)")
        }
        if rejectDuplicates,
            transactions.values.contains(where: {
                $0.storeId == store.storeId && $0.terminalId == terminalId && $0.terminalTranId == terminalTranId
                    && $0.terminalTranDateTime == terminalTranDateTime
            })
        {
            throw SmaregiProblem.badRequest("同じ端末取引ID[\(terminalTranId)]の取引が既に登録されています")
        }

        let details = try makeTransactionDetails(body["details"])
        let lineSum = details.reduce(0) { $0 + $1.amount }
        let subtotal = try integer("subtotal")
        guard fields["subtotal"] != nil else { throw SmaregiProblem.badRequest("subtotal は必須です") }
        guard subtotal == lineSum else {
            throw SmaregiProblem.badRequest("小計[\(subtotal)]が明細の合計[\(lineSum)]と一致しません")
        }
        let total = try integer("total")
        guard fields["total"] != nil else { throw SmaregiProblem.badRequest("total は必須です") }
        let expected =
            subtotal - (try integer("subtotalDiscountPrice")) - (try integer("pointDiscount"))
            - (try integer("couponDiscount")) + (try integer("roundingPrice")) + (try integer("taxExclude"))
            + (try integer("commission")) + (try integer("carriage"))
        guard total == expected else {
            throw SmaregiProblem.badRequest("合計金額[\(total)]が計算値[\(expected)]と一致しません")
        }
        let tenders = try makeDepositOthers(body["depositOthers"])

        for detail in details where detail.productId.map({ products[$0]?.stockControlDivision == "0" }) ?? false {
            guard let productId = detail.productId else { continue }
            try moveStock(
                storeId: store.storeId,
                productId: productId,
                delta: detail.returned ? detail.quantity : -detail.quantity,
                division: "02",
                memo: "取引 \(terminalTranId)",
                at: now
            )
        }
        let id = (transactions.keys.max() ?? 0) + 1
        fields["transactionHeadId"] = String(id)
        fields["transactionDateTime"] = SmaregiJST.format(now)
        fields["terminalTranDateTime"] = SmaregiJST.format(terminalTranDateTime)
        fields["sumDivision"] = sumDivision
        fields["cancelDivision"] = fields["cancelDivision"] ?? "0"
        fields["amount"] = String(details.reduce(0) { $0 + $1.quantity })
        fields["updDateTime"] = SmaregiJST.format(now)
        let order = [
            "transactionHeadId", "transactionDateTime", "transactionHeadDivision", "cancelDivision", "subtotal",
            "subtotalDiscountPrice", "pointDiscount", "couponDiscount", "total", "taxInclude", "taxExclude",
            "roundingDivision", "roundingPrice", "deposit", "depositCash", "depositCredit", "change", "amount",
            "storeId", "terminalId", "customerId", "customerCode", "terminalTranId", "terminalTranDateTime",
            "sumDivision", "sumDate", "memo", "receiptMemo", "carriage", "commission", "sellDivision", "taxRate",
            "taxRounding", "transactionUuid", "updDateTime",
        ]
        let header: SmaregiJSONWriter.Row = order.map { ($0, fields[$0]) }
        let record = SmaregiTransactionRecord(
            transactionHeadId: id,
            storeId: store.storeId,
            terminalId: terminalId,
            terminalTranId: terminalTranId,
            terminalTranDateTime: terminalTranDateTime,
            transactionDateTime: now,
            sumDate: fields["sumDate"],
            updDateTime: now,
            header: header,
            details: details.map { [("transactionHeadId", String(id))] + $0.row },
            depositOthers: tenders.enumerated().map { index, row in
                [("transactionHeadId", String(id)), ("no", String(index + 1))] + row
            }
        )
        transactions[id] = record
        return record
    }

    /// Every scalar of a POS body must be a JSON string or `null` (smaregi.md §2, §9.1).
    static func stringFields(_ object: [String: Any], context: String) throws -> [String: String] {
        var fields: [String: String] = [:]
        for (key, value) in object {
            switch value {
            case let text as String: fields[key] = text
            case is NSNull: continue
            case is [Any], is [String: Any]: continue
            default: throw SmaregiProblem.badRequest("\(context)\(key) は文字列で指定してください")
            }
        }
        return fields
    }

    private struct TransactionDetail {
        var productId: Int?
        var quantity: Int
        var amount: Int
        var returned: Bool
        var row: SmaregiJSONWriter.Row
    }

    private func makeTransactionDetails(_ value: Any?) throws -> [TransactionDetail] {
        guard let value, !(value is NSNull) else { return [] }
        guard let items = value as? [[String: Any]] else { throw SmaregiProblem.badRequest("details の形式が不正です") }
        var seen = Set<String>()
        return try items.map { item in
            let fields = try Self.stringFields(item, context: "details.")
            guard let id = fields["transactionDetailId"], let number = Int(id), (1...999).contains(number),
                seen.insert(id).inserted
            else { throw SmaregiProblem.badRequest("details.transactionDetailId は1〜999で一意に指定してください") }
            let division = fields["transactionDetailDivision"] ?? "1"
            guard ["1", "2", "3"].contains(division) else {
                throw SmaregiProblem.badRequest("details.transactionDetailDivision の値が不正です")
            }
            guard let salesText = fields["salesPrice"], let salesPrice = Int(salesText) else {
                throw SmaregiProblem.badRequest("details.salesPrice は必須です")
            }
            guard let quantityText = fields["quantity"], let quantity = Int(quantityText), quantity > 0 else {
                throw SmaregiProblem.badRequest("details.quantity は必須です")
            }
            let discount = Int(fields["unitDiscountPrice"] ?? "0") ?? 0
            var productId: Int?
            if let text = fields["productId"] {
                guard let id = Int(text), products[id] != nil else {
                    throw SmaregiProblem.badRequest("商品ID[\(text)]のリソースが見つかりません")
                }
                productId = id
            } else if division != "3" {
                throw SmaregiProblem.badRequest("details.productId は必須です")
            }
            let returned = division == "2"
            let amount = (salesPrice - discount) * quantity * (returned ? -1 : 1)
            let keys = [
                "transactionDetailId", "transactionDetailDivision", "productId", "productCode", "productName",
                "taxDivision", "price", "salesPrice", "unitDiscountPrice", "quantity", "reduceTaxId",
            ]
            var row: SmaregiJSONWriter.Row = keys.map { ($0, fields[$0]) }
            row[1].value = division
            return TransactionDetail(
                productId: productId,
                quantity: quantity,
                amount: amount,
                returned: returned,
                row: row
            )
        }
    }

    private func makeDepositOthers(_ value: Any?) throws -> [SmaregiJSONWriter.Row] {
        guard let value, !(value is NSNull) else { return [] }
        guard let items = value as? [[String: Any]] else { throw SmaregiProblem.badRequest("depositOthers の形式が不正です") }
        return try items.map { item in
            let fields = try Self.stringFields(item, context: "depositOthers.")
            guard let id = fields["paymentMethodId"].flatMap({ Int($0) }), let method = paymentMethods[id] else {
                throw SmaregiProblem.badRequest("支払方法ID[\(fields["paymentMethodId"] ?? "")]のリソースが見つかりません")
            }
            return [
                ("paymentMethodId", String(id)), ("paymentMethodName", method.paymentMethodName),
                ("depositOthers", fields["depositOthers"] ?? "0"),
            ]
        }
    }
}
