import Foundation

/// 受注 life cycle: 受注登録 (with 受注在庫引当), shipping, 受注分割 and cancellation.
extension SmaregiContract {
    /// The upper bound of every integer amount of a 受注 (smaregi.md §5: 0..999999999).
    static let amountBound = 999_999_999

    /// 受注登録: validates the body, stores the order and allocates stock at the 受注店舗's stock store
    /// (history division `18` 受注在庫引当).
    mutating func createOrder(_ body: SmaregiOrderCreateBody, at now: Date) throws -> SmaregiOrderRecord {
        guard let orderCode = body.orderCode else { throw SmaregiProblem.badRequest("orderCode は必須です") }
        guard (1...50).contains(orderCode.count),
            orderCode.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) })
        else {
            throw SmaregiProblem.badRequest("orderCode は半角英数記号50文字以内で指定してください: \(orderCode)")
        }
        guard !rejectDuplicateOrderCodes || !orders.values.contains(where: { $0.orderCode == orderCode }) else {
            throw SmaregiProblem.badRequest("受注番号[\(orderCode)]は既に登録されています")
        }
        guard let dateText = body.orderDateTime else { throw SmaregiProblem.badRequest("orderDateTime は必須です") }
        guard let orderDateTime = SmaregiJST.parse(dateText) else {
            throw SmaregiProblem.badRequest("orderDateTime の日時の形式が不正です: \(dateText)")
        }
        guard let storeText = body.storeId else { throw SmaregiProblem.badRequest("storeId は必須です") }
        guard let storeId = Int(storeText), let store = stores[storeId], store.kind == .order else {
            throw SmaregiProblem.badRequest("指定された店舗IDのリソースが見つかりません")
        }
        guard !store.pauseFlag else { throw SmaregiProblem.badRequest("休止中の店舗には登録できません") }

        var order = SmaregiOrderRecord(
            orderHeadId: nextOrderHeadId,
            orderCode: orderCode,
            storeId: storeId,
            stockStoreId: store.stockStoreId,
            orderDateTime: orderDateTime,
            memo: body.memo,
            customer: body.customer,
            insDateTime: now,
            updDateTime: now
        )
        let amounts: [(String, Int?, WritableKeyPath<SmaregiOrderRecord, Int>)] = [
            ("carriage", body.carriage, \.carriage), ("commission", body.commission, \.commission),
            ("giftWrapPrice", body.giftWrapPrice, \.giftWrapPrice),
            ("totalPointDiscount", body.totalPointDiscount, \.totalPointDiscount),
            ("totalCouponDiscount", body.totalCouponDiscount, \.totalCouponDiscount),
            ("subtotalCouponDiscount", body.subtotalCouponDiscount, \.subtotalCouponDiscount),
            ("totalPromotionDiscount", body.totalPromotionDiscount, \.totalPromotionDiscount),
            ("taxExclude", body.taxExclude, \.taxExclude),
        ]
        for (name, value, path) in amounts {
            let amount = value ?? 0
            guard (0...Self.amountBound).contains(amount) else {
                throw SmaregiProblem.badRequest("\(name) は0以上\(Self.amountBound)以下で指定してください")
            }
            order[keyPath: path] = amount
        }
        order.destinations = try makeDestinations(body.destinations)
        order.subtotal = order.linesSubtotal
        if let subtotal = body.subtotal, subtotal != order.subtotal {
            throw SmaregiProblem.badRequest("小計[\(subtotal)]が明細の合計[\(order.subtotal)]と一致しません")
        }
        guard let total = body.total else { throw SmaregiProblem.badRequest("total は必須です") }
        guard total == order.expectedTotal else {
            throw SmaregiProblem.badRequest("合計金額[\(total)]が計算値[\(order.expectedTotal)]と一致しません")
        }
        order.total = total
        order.payments = try makePayments(body.payments ?? [], total: total)
        order.taxes = try checkTaxes(body.taxes ?? [])

        if let stockStoreId = order.stockStoreId {
            for destination in order.destinations {
                for detail in destination.details where products[detail.productId]?.stockControlDivision == "0" {
                    try moveStock(
                        storeId: stockStoreId,
                        productId: detail.productId,
                        delta: -detail.quantity,
                        division: "18",
                        memo: "受注 \(orderCode)",
                        at: now
                    )
                }
            }
        }
        orders[order.orderHeadId] = order
        nextOrderHeadId += 1
        return order
    }

    private func makeDestinations(_ bodies: [SmaregiOrderDestinationBody]?) throws -> [SmaregiOrderRecord.Destination] {
        guard let bodies, !bodies.isEmpty else { throw SmaregiProblem.badRequest("destinations は1件以上必要です") }
        return try bodies.enumerated().map { index, body in
            guard let lines = body.details, !lines.isEmpty else {
                throw SmaregiProblem.badRequest("destinations.\(index).details は1件以上必要です")
            }
            if let date = body.deliveryDate, SmaregiJST.parseDay(date) == nil {
                throw SmaregiProblem.badRequest("deliveryDate の形式が不正です: \(date)")
            }
            let details = try lines.enumerated().map { lineIndex, line in
                guard let productId = Int(line.productId), let product = products[productId] else {
                    throw SmaregiProblem.badRequest("商品ID[\(line.productId)]のリソースが見つかりません")
                }
                guard (1...999_999).contains(line.quantity) else {
                    throw SmaregiProblem.badRequest("quantity は1以上999999以下で指定してください")
                }
                guard (0...Self.amountBound).contains(line.price) else {
                    throw SmaregiProblem.badRequest("price は0以上\(Self.amountBound)以下で指定してください")
                }
                guard [0, 8, 10].contains(line.taxRate) else {
                    throw SmaregiProblem.badRequest("taxRate は0, 8, 10のいずれかを指定してください: \(line.taxRate)")
                }
                return SmaregiOrderRecord.Detail(
                    detailNo: lineIndex + 1,
                    productId: productId,
                    productCode: line.productCode ?? product.productCode,
                    productName: line.productName ?? product.productName,
                    price: line.price,
                    quantity: line.quantity,
                    taxRate: line.taxRate
                )
            }
            return SmaregiOrderRecord.Destination(
                destinationNo: index + 1,
                recipient: body.recipient,
                deliveryDate: body.deliveryDate,
                deliveryTimeZone: body.deliveryTimeZone,
                deliveryMethod: body.deliveryMethod,
                details: details
            )
        }
    }

    private func makePayments(_ bodies: [SmaregiOrderPaymentBody], total: Int) throws -> [SmaregiOrderRecord.Payment] {
        let payments = try bodies.map { body in
            guard let id = Int(body.paymentMethodId), let method = paymentMethods[id] else {
                throw SmaregiProblem.badRequest("支払方法ID[\(body.paymentMethodId)]のリソースが見つかりません")
            }
            guard (0...Self.amountBound).contains(body.amount) else {
                throw SmaregiProblem.badRequest("payments.amount は0以上\(Self.amountBound)以下で指定してください")
            }
            return SmaregiOrderRecord.Payment(
                paymentMethodId: id,
                paymentMethodName: method.paymentMethodName,
                amount: body.amount
            )
        }
        let paid = payments.reduce(0) { $0 + $1.amount }
        if !payments.isEmpty, paid != total {
            throw SmaregiProblem.badRequest("支払金額の合計[\(paid)]が合計金額[\(total)]と一致しません")
        }
        return payments
    }

    private func checkTaxes(_ taxes: [SmaregiOrderTax]) throws -> [SmaregiOrderTax] {
        for tax in taxes {
            guard [0, 8, 10].contains(tax.taxRate) else {
                throw SmaregiProblem.badRequest("taxes.taxRate は0, 8, 10のいずれかを指定してください: \(tax.taxRate)")
            }
            guard (0...Self.amountBound).contains(tax.taxableAmount), (0...max(0, tax.taxableAmount)).contains(tax.tax)
            else {
                throw SmaregiProblem.badRequest("taxes の金額が不正です (税率\(tax.taxRate)%)")
            }
        }
        guard Set(taxes.map(\.taxRate)).count == taxes.count else {
            throw SmaregiProblem.badRequest("taxes に同じ税率が複数あります")
        }
        return taxes
    }

    /// An order by ID, or 404.
    func order(_ id: Int) throws -> SmaregiOrderRecord {
        guard let order = orders[id] else { throw SmaregiProblem.notFound() }
        return order
    }
}
