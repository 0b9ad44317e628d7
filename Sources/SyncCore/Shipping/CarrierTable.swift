import Foundation

/// Smaregi carrier names (free text typed by the warehouse) → Rakuten `deliveryCompany` codes (rakuten-rms.md §3.6).
///
/// The merchant's own names (`rakuten-sync carrier set`) win over the built-in table; both are compared after
/// `CarrierTable.normalize` (NFKC width folding, case folding, no spaces, middle dots, 株式会社/(株)). A name found
/// in neither is sent as 1000 その他 with an `UNKNOWN_CARRIER` warning (issue #7).
package struct CarrierTable: Sendable, Equatable {
    /// Rakuten's code for その他.
    package static let otherCode = "1000"

    /// Every code of rakuten-rms.md §3.6 with Rakuten's name.
    package static let rakutenNames: [String: String] = [
        "1000": "その他", "1001": "ヤマト運輸", "1002": "佐川急便", "1003": "日本郵便", "1004": "西濃運輸",
        "1005": "セイノースーパーエクスプレス", "1006": "福山通運", "1007": "名鉄運輸", "1008": "トナミ運輸",
        "1009": "第一貨物", "1010": "新潟運輸", "1011": "中越運送", "1012": "岡山県貨物運送", "1013": "久留米運送",
        "1014": "山陽自動車運送", "1015": "NXトランスポート", "1016": "エコ配", "1017": "EMS", "1018": "DHL",
        "1019": "FedEx", "1020": "UPS", "1021": "日本通運", "1022": "TNT", "1023": "OCS", "1024": "USPS",
        "1025": "SFエクスプレス", "1026": "Aramex", "1027": "SGHグローバル・ジャパン", "1028": "Rakuten EXPRESS",
        "1029": "日本郵便 楽天倉庫出荷", "1030": "ヤマト運輸 クロネコゆうパケット", "1031": "名鉄NX運輸",
    ]

    /// Common spellings warehouses type, beyond Rakuten's own names, by code.
    static let spellings: [String: [String]] = [
        "1001": ["ヤマト", "クロネコヤマト", "クロネコ", "ヤマト宅急便", "宅急便", "宅急便コンパクト", "ネコポス", "Yamato"],
        "1002": ["佐川", "飛脚宅配便", "Sagawa"],
        "1003": [
            "郵便", "郵便局", "ゆうパック", "ゆうパケット", "ゆうメール", "クリックポスト", "レターパック", "レターパックプラス",
            "レターパックライト", "スマートレター", "Japan Post", "JP",
        ],
        "1004": ["西濃", "カンガルー便"],
        "1005": ["西部運輸"],
        "1006": ["福山"],
        "1015": ["日本トラック", "日通トランスポート"],
        "1021": ["日通", "NX日本通運"],
        "1028": ["楽天エクスプレス"],
        "1030": ["クロネコゆうパケット"],
    ]

    private let builtIn: [String: String]
    private let merchant: [String: String]

    /// The built-in table plus the merchant's names (Smaregi name → code).
    package init(merchant: [String: String] = [:]) {
        var builtIn: [String: String] = [:]
        for (code, name) in Self.rakutenNames { builtIn[Self.normalize(name)] = code }
        for (code, names) in Self.spellings {
            for name in names { builtIn[Self.normalize(name)] = code }
        }
        self.builtIn = builtIn
        var own: [String: String] = [:]
        for (name, code) in merchant { own[Self.normalize(name)] = code }
        self.merchant = own
    }

    /// The code for a Smaregi carrier name, or nil when neither table knows it.
    package func code(for smaregiName: String) -> String? {
        let key = Self.normalize(smaregiName)
        guard !key.isEmpty else { return nil }
        return merchant[key] ?? builtIn[key]
    }

    /// Whether `code` is one of rakuten-rms.md §3.6.
    package static func isKnownCode(_ code: String) -> Bool {
        rakutenNames[code] != nil
    }

    /// The comparison form of a carrier name.
    package static func normalize(_ name: String) -> String {
        var text = name.precomposedStringWithCompatibilityMapping.lowercased()
        for noise in ["株式会社", "(株)", "㈱", "有限会社"] {
            text = text.replacingOccurrences(of: noise, with: "")
        }
        return String(text.unicodeScalars.filter { !" \t\u{3000}・･-_".unicodeScalars.contains($0) }.map(Character.init))
    }
}
