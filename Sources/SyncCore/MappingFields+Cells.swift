import Foundation

/// The cell-level rules of a mapping value (issue #13 §2): what a spreadsheet does to a cell before the file
/// reaches us, and what a cell must not be.
extension MappingFields {
    /// `value` with full-width digits (`０`–`９`, U+FF10–U+FF19) read as ASCII digits, for cells where a number is
    /// expected (スマレジ商品ID, 安全在庫). Other characters are kept, so `①` or `2個` stay invalid numbers.
    package static func halfWidthDigits(_ value: String) -> String {
        String(
            String.UnicodeScalarView(
                value.unicodeScalars.map { scalar in
                    guard (0xFF10...0xFF19).contains(scalar.value) else { return scalar }
                    return Unicode.Scalar(scalar.value - 0xFF10 + 0x30) ?? scalar
                }
            )
        )
    }

    /// Whether `value` is the exponent form Excel shows a long number in (`4.9E+12`, `4.90E+12`, `1E-05`):
    /// digits, optional decimals, `E`, a sign and digits. The original code is lost, so such a cell is refused.
    package static func isExcelExponent(_ value: String) -> Bool {
        var scalars = Substring(value).unicodeScalars[...]
        func digits() -> Int {
            var count = 0
            while let first = scalars.first, ("0"..."9").contains(first) {
                scalars.removeFirst()
                count += 1
            }
            return count
        }
        guard digits() > 0 else { return false }
        if scalars.first == "." {
            scalars.removeFirst()
            guard digits() > 0 else { return false }
        }
        guard let e = scalars.first, e == "E" || e == "e" else { return false }
        scalars.removeFirst()
        guard let sign = scalars.first, sign == "+" || sign == "-" else { return false }
        scalars.removeFirst()
        return digits() > 0 && scalars.isEmpty
    }

    /// The reason an Excel-mangled cell is refused, naming the column.
    static func excelExponentProblem(_ value: String, name: String, english: String) -> Reason? {
        guard isExcelExponent(value) else { return nil }
        return Reason(
            ja: "\(name)「\(value)」はExcelが指数表記に変えた値で、元のコードが失われています。"
                + "セルの書式を「文字列」にして元の値を入力し直してください",
            en: "\(english) '\(value)' is a number Excel turned into exponent form, so the original code is lost; "
                + "format the column as Text and enter the value again"
        )
    }

    /// Whether a spreadsheet would run `value` as a formula instead of showing it, as a product code: one starting
    /// with `=` or `@`, or with `+` / `-` followed by anything but letters, digits, `-`, `_` and `.`. Smaregi's
    /// 商品コード allows "alphanumerics and some symbols" without listing them (docs/api-assumptions-smaregi.md),
    /// so a plain code such as `-123` or `+A1` is kept; `=SUM(…)`, `@x`, `+cmd|…` and `-2+3` are refused.
    package static func isFormulaLike(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first else { return false }
        if first == "=" || first == "@" { return true }
        guard first == "+" || first == "-" else { return false }
        return !value.unicodeScalars.dropFirst().allSatisfy { scalar in
            scalar.isASCII
                && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    || scalar == "-" || scalar == "_" || scalar == ".")
        }
    }

    /// A cell as `mapping export` and the reject report wrote it, with their formula guard removed: a leading `'`
    /// before `=`, `+`, `-`, `@`, a tab or a CR (`ReportCSV.inert`) is dropped, so an export re-imports unchanged.
    package static func withoutFormulaGuard(_ cell: String) -> String {
        guard cell.hasPrefix("'"), ReportCSV.inert(String(cell.dropFirst())) != String(cell.dropFirst()) else {
            return cell
        }
        return String(cell.dropFirst())
    }

    /// スマレジ商品ID: empty is none; else digits (full-width ones read as digits), at most 15, not 0.
    package static func productIDValue(_ raw: String) -> Result<Int?, Reason> {
        let value = halfWidthDigits(raw)
        if value.isEmpty { return .success(nil) }
        if let problem = excelExponentProblem(value, name: "スマレジ商品ID", english: "Smaregi product id") {
            return .failure(problem)
        }
        guard value.count <= 15, value.allSatisfy(\.isASCII), let id = Int(value), id > 0 else {
            return .failure(
                Reason(
                    ja: "スマレジ商品ID「\(raw)」は15桁以内の数字ではありません",
                    en: "Smaregi product id '\(raw)' is not a number of at most 15 digits"
                )
            )
        }
        return .success(id)
    }

    /// スマレジ商品コード: empty is none; an Excel exponent or a formula-like value is refused; else kept exactly.
    package static func productCodeValue(_ code: String) -> Result<String?, Reason> {
        if code.isEmpty { return .success(nil) }
        if let problem = excelExponentProblem(code, name: "スマレジ商品コード", english: "Smaregi product code") {
            return .failure(problem)
        }
        if isFormulaLike(code) {
            return .failure(
                Reason(
                    ja: "スマレジ商品コード「\(code)」は表計算ソフトで数式として実行される値です "
                        + "(=・@ で始まる、または +・- の後に英数字と - _ . 以外がある)",
                    en: "Smaregi product code '\(code)' would run as a spreadsheet formula "
                        + "(it starts with = or @, or with + or - followed by more than letters, digits, -, _ and .)"
                )
            )
        }
        return .success(code)
    }

    /// 安全在庫: empty is none (the store's safety stock applies); else a whole number ≥ 0 (full-width digits read
    /// as digits).
    package static func safetyStockValue(_ raw: String) -> Result<Int?, Reason> {
        let value = halfWidthDigits(raw)
        if value.isEmpty { return .success(nil) }
        guard value.allSatisfy(\.isASCII), let number = Int(value), number >= 0 else {
            return .failure(
                Reason(
                    ja: "安全在庫「\(raw)」は0以上の整数ではありません",
                    en: "safety stock '\(raw)' is not a whole number of 0 or more"
                )
            )
        }
        return .success(number)
    }
}
