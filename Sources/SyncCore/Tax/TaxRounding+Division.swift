extension TaxRounding {
    /// `numerator / denominator` rounded to whole yen with this mode; a negative numerator is rounded by its
    /// magnitude, so a refund rounds like the charge it undoes. A denominator below 1 (no real rate gives one)
    /// yields 0 rather than trapping.
    package func divide(_ numerator: Int, by denominator: Int) -> Int {
        guard denominator > 0 else { return 0 }
        let sign = numerator < 0 ? -1 : 1
        let magnitude = numerator.magnitude
        let divisor = UInt(denominator)
        let result: UInt
        switch self {
        case .floor: result = magnitude / divisor
        case .ceil: result = (magnitude + divisor - 1) / divisor
        case .round: result = (2 * magnitude + divisor) / (2 * divisor)
        }
        return sign * Int(result)
    }
}
