import Foundation
import SyncCore
import Testing

struct TaxCalculatorTests {
    /// domain.md §4.3: three lines at ¥105 税抜, 10 %. Per rate (required) vs per line (not allowed).
    @Test(arguments: [
        (TaxRounding.floor, 31, 30),
        (TaxRounding.ceil, 32, 33),
        (TaxRounding.round, 32, 33),
    ])
    func invoiceRuleRoundsOncePerRate(rounding: TaxRounding, perRate: Int, perLine: Int) throws {
        // Given three 税抜 lines of ¥105 at 10 %
        let calculator = TaxCalculator(rounding: rounding)
        let lines: [(rate: TaxRate, amount: Int)] = Array(repeating: (TaxRate.standard, 105), count: 3)

        // When the tax is computed per rate, and (wrongly) per line
        let taxes = calculator.perRate(exclusive: lines)
        let lineByLine = lines.reduce(0) { $0 + calculator.taxOn(exclusiveAmount: $1.amount, rate: $1.rate) }

        // Then only the per-rate figure follows the invoice rule
        let tax = try #require(taxes.first)
        #expect(taxes.count == 1)
        #expect(tax == RateTax(rate: .standard, taxableAmount: 315, tax: perRate))
        #expect(lineByLine == perLine)
    }

    /// `reqPrice × r / (1 + r)`: the official samples (2150 → 195, 8235 → 749, rakuten-rms.md §6) and an 8 % amount.
    @Test(arguments: [
        (2150, 10, TaxRounding.round, 195), (2150, 10, .floor, 195), (2150, 10, .ceil, 196),
        (8235, 10, .round, 749), (8235, 10, .floor, 748), (8235, 10, .ceil, 749),
        (1080, 8, .floor, 80), (2705, 8, .round, 200), (2705, 8, .ceil, 201),
        (4221, 10, .floor, 383), (4221, 10, .round, 384), (0, 10, .ceil, 0), (1000, 0, .ceil, 0),
        (-2150, 10, .floor, -195),
    ])
    func taxContainedInInclusiveAmount(amount: Int, percent: Int, rounding: TaxRounding, tax: Int) {
        let calculator = TaxCalculator(rounding: rounding)
        #expect(calculator.taxContained(in: amount, rate: TaxRate(percent: percent)) == tax)
    }

    /// `priceTaxIncl` of a 税別 price follows the shop's rounding (rakuten-rms.md §6).
    @Test(arguments: [
        (1500, 10, TaxRounding.round, 1650), (105, 10, .floor, 115), (105, 10, .ceil, 116), (105, 10, .round, 116),
        (123, 8, .floor, 132), (123, 8, .ceil, 133), (123, 8, .round, 133), (500, 8, .floor, 540),
    ])
    func priceIncludingTaxRoundsWithTheStoreMode(price: Int, percent: Int, rounding: TaxRounding, incl: Int) {
        let calculator = TaxCalculator(rounding: rounding)
        #expect(calculator.priceIncludingTax(price, rate: TaxRate(percent: percent)) == incl)
    }

    @Test func mixedRatesAreSummedPerRateHighestFirst() {
        // Given 10 % and 8 % amounts interleaved, one of them negative (a coupon)
        let calculator = TaxCalculator(rounding: .floor)
        let amounts: [(rate: TaxRate, amount: Int)] = [
            (.standard, 1100), (.reduced, 1080), (.standard, 550), (.reduced, -108),
        ]

        // When
        let taxes = calculator.perRate(inclusive: amounts)

        // Then one figure per rate: 1650 × 10/110 = 150, 972 × 8/108 = 72
        #expect(
            taxes == [
                RateTax(rate: .standard, taxableAmount: 1650, tax: 150),
                RateTax(rate: .reduced, taxableAmount: 972, tax: 72),
            ]
        )
    }

    @Test(arguments: [
        ("0.1", 10 as Int?), ("0.08", 8), ("0", 0), ("0.0", 0), ("0.10", 10), ("0.105", nil), ("-0.1", nil),
        ("1.5", nil),
    ])
    func ratesComeFromRMSFractions(text: String, percent: Int?) throws {
        let fraction = try #require(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
        #expect(TaxRate(fraction: fraction)?.percent == percent)
    }

    @Test(arguments: [
        (7, 2, TaxRounding.floor, 3), (7, 2, .ceil, 4), (7, 2, .round, 4), (5, 3, .round, 2), (4, 3, .round, 1),
        (-7, 2, .floor, -3), (-7, 2, .ceil, -4), (6, 3, .ceil, 2),
    ])
    func divisionRoundsByMagnitude(numerator: Int, denominator: Int, rounding: TaxRounding, result: Int) {
        #expect(rounding.divide(numerator, by: denominator) == result)
    }
}
