import Foundation

/// The raw values of one mapping, from a CSV row or from `mapping add`, and the rules that validate them.
package struct MappingFields: Sendable, Equatable {
    package var manageNumber: String
    package var variantId: String
    package var horizontal: String
    package var vertical: String
    package var smaregiCode: String
    package var smaregiID: String
    package var safetyStock: String

    /// Why a set of values is not a mapping, in Japanese and English.
    package struct Reason: Error, Sendable, Equatable {
        package var ja: String
        package var en: String
    }

    /// Values; empty strings mean "not given".
    package init(
        manageNumber: String,
        variantId: String = "",
        horizontal: String = "",
        vertical: String = "",
        smaregiCode: String = "",
        smaregiID: String = "",
        safetyStock: String = ""
    ) {
        self.manageNumber = manageNumber
        self.variantId = variantId
        self.horizontal = horizontal
        self.vertical = vertical
        self.smaregiCode = smaregiCode
        self.smaregiID = smaregiID
        self.safetyStock = safetyStock
    }

    /// The mapping these values describe, or the first reason they do not describe one.
    ///
    /// Rules: 商品管理番号 is required, `[a-zA-Z0-9_-]` and at most 32 bytes (rakuten-rms.md §4.1; stored lower-cased);
    /// exactly one of SKU管理番号 (same character rules, case kept) or 横軸 is given; 縦軸 needs 横軸; at least one
    /// of スマレジ商品ID (digits, at most 15) or スマレジ商品コード; 安全在庫 is a whole number ≥ 0 when given.
    /// Full-width digits count as digits in スマレジ商品ID and 安全在庫; a value Excel turned into exponent form
    /// (`4.9E+12`) is refused in every code column, and a スマレジ商品コード a spreadsheet would run as a formula
    /// is refused (`MappingFields+Cells`).
    package func validated(line: Int) -> Result<MappingImportRow, Reason> {
        if manageNumber.isEmpty {
            return .failure(Reason(ja: "商品管理番号が空です", en: "商品管理番号 (manage number) is empty"))
        }
        let exponentChecks = [
            (manageNumber, "商品管理番号", "manage number"), (variantId, "SKU管理番号", "variant id"),
        ]
        for (value, name, english) in exponentChecks {
            if let problem = Self.excelExponentProblem(value, name: name, english: english) {
                return .failure(problem)
            }
        }
        if let problem = Self.identifierProblem(manageNumber, name: "商品管理番号", english: "manage number") {
            return .failure(problem)
        }
        let key: ProductMappingKey
        switch (variantId.isEmpty, horizontal.isEmpty) {
        case (false, false):
            return .failure(
                Reason(
                    ja: "SKU管理番号と横軸の両方が入力されています。どちらか一方にしてください",
                    en: "both SKU管理番号 (variant id) and 横軸 (horizontal option) are given; give one of them"
                )
            )
        case (true, true):
            return .failure(
                Reason(
                    ja: "SKU管理番号または横軸を入力してください",
                    en: "SKU管理番号 (variant id) or 横軸 (horizontal option) is required"
                )
            )
        case (false, true):
            if !vertical.isEmpty {
                return .failure(
                    Reason(ja: "縦軸はSKU管理番号と併用できません", en: "縦軸 (vertical option) cannot be used with a variant id")
                )
            }
            if let problem = Self.identifierProblem(variantId, name: "SKU管理番号", english: "variant id") {
                return .failure(problem)
            }
            key = .sku(manageNumber, variantId)
        case (true, false):
            key = .legacy(manageNumber, horizontal: horizontal, vertical: vertical)
        }
        if smaregiID.isEmpty, smaregiCode.isEmpty {
            return .failure(
                Reason(
                    ja: "スマレジ商品IDまたはスマレジ商品コードを入力してください",
                    en: "スマレジ商品ID (Smaregi product id) or スマレジ商品コード (product code) is required"
                )
            )
        }
        let productID: Int?
        let productCode: String?
        let safety: Int?
        switch Self.productIDValue(smaregiID) {
        case .success(let value): productID = value
        case .failure(let reason): return .failure(reason)
        }
        switch Self.productCodeValue(smaregiCode) {
        case .success(let value): productCode = value
        case .failure(let reason): return .failure(reason)
        }
        switch Self.safetyStockValue(safetyStock) {
        case .success(let value): safety = value
        case .failure(let reason): return .failure(reason)
        }
        return .success(
            MappingImportRow(
                line: line,
                key: key,
                smaregiProductID: productID,
                smaregiProductCode: productCode,
                safetyStock: safety
            )
        )
    }

    /// RMS identifiers: `[a-zA-Z0-9_-]`, at most 32 bytes (rakuten-rms.md §4.1).
    private static func identifierProblem(_ value: String, name: String, english: String) -> Reason? {
        if value.utf8.count > MappingImportParser.maximumIdentifierBytes {
            return Reason(
                ja: "\(name)「\(value)」が32バイトを超えています",
                en: "\(english) '\(value)' is longer than 32 bytes"
            )
        }
        let allowed = value.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                    || scalar == "_" || scalar == "-")
        }
        if !allowed {
            return Reason(
                ja: "\(name)「\(value)」に使えない文字があります (半角英数字・_・- のみ)",
                en: "\(english) '\(value)' may only hold a-z, A-Z, 0-9, _ and -"
            )
        }
        return nil
    }
}
