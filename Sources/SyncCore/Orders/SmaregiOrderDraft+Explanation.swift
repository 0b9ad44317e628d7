extension SmaregiOrderDraft {
    /// The 受注 as text, one fact per line, for `rakuten-sync orders explain` and support: destinations with
    /// their lines, charges, the shop coupon, tenders, per-rate tax and the total (Japanese labels, yen amounts).
    package var explanation: [String] {
        var lines = ["受注 \(orderCode)  注文日時 \(JSTCalendar.displayString(orderDate))"]
        for (index, destination) in destinations.enumerated() {
            let person = destination.recipient.map(Self.name) ?? "-"
            let address = [destination.recipient?.prefecture, destination.recipient?.city]
                .compactMap { $0 }.joined()
            lines.append("お届け先\(index + 1) (送付先ID \(destination.basketId)): \(person) \(address)")
            for line in destination.lines {
                let code = line.productCode.map { " (\($0))" } ?? ""
                lines.append(
                    "  商品ID \(line.productID)\(code) \(line.productName ?? "")  ¥\(line.unitPrice) × \(line.quantity)"
                        + "  税率\(line.taxRate.percent)%"
                )
            }
        }
        lines.append("小計 ¥\(subtotal)")
        lines.append("送料 ¥\(carriage)  手数料 ¥\(commission)  ラッピング ¥\(giftWrapPrice)  クーポン値引き −¥\(couponDiscount)")
        for tender in tenders {
            lines.append("支払 \(tender.source.displayText) → 支払方法ID \(tender.paymentMethodID)  ¥\(tender.amount)")
        }
        let source = taxSource == .rakuten ? "楽天の税情報" : "計算"
        for tax in taxes {
            lines.append("消費税 \(tax.rate.percent)%  対象 ¥\(tax.taxableAmount)  税額 ¥\(tax.tax) (\(source))")
        }
        lines.append("合計 ¥\(total)")
        return lines
    }

    /// 姓 名.
    static func name(_ person: OrderPerson) -> String {
        [person.familyName, person.firstName].compactMap { $0 }.joined(separator: " ")
    }
}
