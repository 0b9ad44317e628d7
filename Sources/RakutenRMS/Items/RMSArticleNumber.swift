import Foundation

/// `articleNumber` of a variant: the JAN code, or the reason there is none.
package struct RMSArticleNumber: Codable, Sendable, Equatable {
    /// JAN/EAN code.
    package var value: String?
    /// 例外理由 (sent as string or number).
    package var exemptionReason: String?

    enum CodingKeys: String, CodingKey {
        case value, exemptionReason
    }

    /// Decodes leniently.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        value = container.lenientText(forKey: .value)
        exemptionReason = container.lenientText(forKey: .exemptionReason)
    }
}
