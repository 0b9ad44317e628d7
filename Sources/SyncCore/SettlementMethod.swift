import Foundation

/// A Rakuten way of paying that needs a Smaregi payment method (支払方法連携): a settlement method of the order
/// API, or one of the two tenders that reduce what the buyer pays (楽天ポイント, Rakuten-funded coupons).
///
/// Codes and names are rakuten-rms.md §3.2 (`settlementMethod` of searchOrder) plus 8, which getOrder lists
/// (rakuten-rms.md §3.3 `SettlementModel.settlementMethodCode`) without a name; 3 (後払い) was removed from getOrder
/// in v6.7 but older orders still carry it. Points (`PointModel.usedPoint`) and Rakuten-funded coupons
/// (`couponOtherPrice`, domain.md) are paid to the merchant by Rakuten, so they are tenders like any other and
/// need a Smaregi payment method of their own.
package struct SettlementMethod: Sendable, Equatable, Hashable {
    /// The key stored in `payment_mappings.rakuten_key`: the code as text, `POINT` or `COUPON`.
    package var key: String
    /// The name merchants see.
    package var name: String

    /// A method.
    package init(key: String, name: String) {
        self.key = key
        self.name = name
    }

    /// The key of 楽天ポイント.
    package static let pointKey = "POINT"
    /// The key of Rakuten-funded coupons.
    package static let couponKey = "COUPON"

    /// Every method, in the order `payment list` shows them.
    package static let all: [SettlementMethod] = [
        SettlementMethod(key: "1", name: "クレジットカード"),
        SettlementMethod(key: "2", name: "代金引換"),
        SettlementMethod(key: "3", name: "後払い"),
        SettlementMethod(key: "4", name: "ショッピングクレジット／ローン"),
        SettlementMethod(key: "5", name: "オートローン"),
        SettlementMethod(key: "6", name: "リース"),
        SettlementMethod(key: "7", name: "請求書払い"),
        SettlementMethod(key: "8", name: "ポイント"),
        SettlementMethod(key: "9", name: "銀行振込"),
        SettlementMethod(key: "12", name: "Apple Pay"),
        SettlementMethod(key: "13", name: "セブンイレブン（前払）"),
        SettlementMethod(key: "14", name: "ローソン、郵便局ATM等（前払）"),
        SettlementMethod(key: "16", name: "Alipay"),
        SettlementMethod(key: "17", name: "PayPal"),
        SettlementMethod(key: "21", name: "後払い決済（楽天市場の共通決済）"),
        SettlementMethod(key: "27", name: "Alipay（支付宝）"),
        SettlementMethod(key: pointKey, name: "楽天ポイント"),
        SettlementMethod(key: couponKey, name: "楽天クーポン（楽天負担）"),
    ]

    /// The method a merchant means by `text`: a code (`1`), a key (`POINT`, `coupon`), or a name (exact after
    /// NFKC and case folding, so `クレジットカード`, `paypal` and `楽天ポイント` all work). Aliases: `point`,
    /// `ポイント利用`, `coupon`, `楽天クーポン`.
    package static func find(_ text: String) -> SettlementMethod? {
        let folded = fold(text)
        if let method = all.first(where: { fold($0.key) == folded || fold($0.name) == folded }) {
            return method
        }
        switch folded {
        case "point", "points", "ポイント利用", "rakutenpoint": return all.first { $0.key == pointKey }
        case "coupon", "coupons", "楽天クーポン", "rakutencoupon": return all.first { $0.key == couponKey }
        default: return nil
        }
    }

    private static func fold(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).precomposedStringWithCompatibilityMapping.lowercased()
            .filter { $0 != " " }
    }
}
