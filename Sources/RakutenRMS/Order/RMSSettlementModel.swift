import Foundation

/// 支払方法モデル `SettlementModel` (rakuten-rms.md §3.3). Card numbers arrive masked.
package struct RMSSettlementModel: Codable, Sendable, Equatable {
    /// 支払方法コード (1 クレジットカード, 2 代金引換, …).
    package var settlementMethodCode: Int?
    /// 支払方法名, e.g. 「クレジットカード」.
    package var settlementMethod: String?
    /// 楽天市場の共通決済手段フラグ: 0 選択制 / 1 楽天市場の共通決済.
    package var rpaySettlementFlag: Int?
    /// クレジットカード種類.
    package var cardName: String?
    /// クレジットカード番号 (masked, `XXXX-XXXX-XXXX-0134`).
    package var cardNumber: String?
    /// クレジットカード名義人.
    package var cardOwner: String?
    /// クレジットカード有効期限 (`yyyy-MM`).
    package var cardYm: String?
    /// クレジットカード支払い方法 (0–4).
    package var cardPayType: Int?
    /// クレジットカード支払い回数 (103…124).
    package var cardInstallmentDesc: String?

    enum CodingKeys: String, CodingKey {
        case settlementMethodCode, settlementMethod, rpaySettlementFlag, cardName, cardNumber, cardOwner, cardYm
        case cardPayType, cardInstallmentDesc
    }
}
