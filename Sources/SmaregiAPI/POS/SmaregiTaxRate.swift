import Foundation

/// A consumption-tax rate and its rounding, valid from `applyStartDate`.
package struct SmaregiTaxRate: Sendable, Equatable {
    /// 税丸め: `0` 四捨五入, `1` 切り捨て, `2` 切り上げ (smaregi.md §6).
    package enum Rounding: String, Sendable, Equatable {
        case round = "0"
        case down = "1"
        case up = "2"
    }

    /// `YYYY-MM-DD`.
    package var applyStartDate: String
    /// Percent, e.g. 10.
    package var rate: Decimal
    package var rounding: Rounding?

    /// Converts the wire row.
    init(_ dto: SmaregiTaxRateDTO, endpoint: String) throws {
        applyStartDate = dto.applyStartDate ?? ""
        rate = try SmaregiWireValue.decimal(dto.taxRate, field: "taxRate", endpoint: endpoint)
        rounding = dto.taxRounding.flatMap(Rounding.init(rawValue:))
    }
}
