import Foundation

/// A consumption-tax rate in whole percent: 10 (standard), 8 (reduced, 軽減税率) or 0 (非課税) (domain.md §4.1).
///
/// RMS sends rates as decimals (`0.1`, `0.08`, rakuten-rms.md §6) and Smaregi 受注管理 as integer percents
/// (docs/api-assumptions-smaregi.md), so the domain keeps the integer percent and converts at the edges.
package struct TaxRate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The rate in percent, e.g. 10.
    package let percent: Int

    enum CodingKeys: String, CodingKey {
        case percent
    }

    /// A rate of `percent` percent.
    package init(percent: Int) {
        self.percent = percent
    }

    /// The rate of a decimal fraction such as `0.1` or `0.08`; `nil` when it is not a whole percent in 0…100.
    package init?(fraction: Decimal) {
        let scaled = fraction * 100
        var rounded = Decimal()
        var copy = scaled
        NSDecimalRound(&rounded, &copy, 0, .plain)
        guard rounded == scaled, rounded >= 0, rounded <= 100 else { return nil }
        self.percent = NSDecimalNumber(decimal: rounded).intValue
    }

    /// 標準税率 10 %.
    package static let standard = TaxRate(percent: 10)
    /// 軽減税率 8 %.
    package static let reduced = TaxRate(percent: 8)

    /// Ordered by percent.
    package static func < (lhs: TaxRate, rhs: TaxRate) -> Bool { lhs.percent < rhs.percent }

    /// `10%`.
    package var description: String { "\(percent)%" }
}
