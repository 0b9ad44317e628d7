/// One valid row of a mapping CSV: the mapping it asks for and the line it came from.
package struct MappingImportRow: Sendable, Equatable {
    /// The physical line (1-based) the row starts on.
    package var line: Int
    /// The Rakuten SKU.
    package var key: ProductMappingKey
    /// スマレジ商品ID, when given.
    package var smaregiProductID: Int?
    /// スマレジ商品コード, when given.
    package var smaregiProductCode: String?
    /// 安全在庫, when given.
    package var safetyStock: Int?

    /// A row.
    package init(
        line: Int,
        key: ProductMappingKey,
        smaregiProductID: Int?,
        smaregiProductCode: String?,
        safetyStock: Int? = nil
    ) {
        self.line = line
        self.key = key
        self.smaregiProductID = smaregiProductID
        self.smaregiProductCode = smaregiProductCode
        self.safetyStock = safetyStock
    }
}

/// One rejected row of a mapping CSV, with the reason in Japanese and English.
package struct MappingImportProblem: Error, Sendable, Equatable {
    /// The physical line (1-based) the row starts on.
    package var line: Int
    /// The row's fields as read (for the report CSV).
    package var fields: [String]
    /// 理由.
    package var reasonJa: String
    /// Reason.
    package var reasonEn: String

    /// A problem.
    package init(line: Int, fields: [String], reasonJa: String, reasonEn: String) {
        self.line = line
        self.fields = fields
        self.reasonJa = reasonJa
        self.reasonEn = reasonEn
    }

    /// `12行目: 理由 (line 12: reason)`.
    package var message: String { "\(line)行目: \(reasonJa) (line \(line): \(reasonEn))" }
}
