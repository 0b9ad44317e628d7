import Testing

@testable import SyncCore

struct MappingVerdictTests {
    static let catalogue = SmaregiCatalogue([
        (id: 1001, code: "4900000000011"), (id: 1002, code: "DUP"), (id: 1003, code: "DUP"),
    ])

    @Test(arguments: [
        // (Rakuten side, smaregi id, smaregi code, expected status, expected code, resolved id)
        (RakutenPresence.found, 1001 as Int?, nil as String?, ProductMappingStatus.ok, "", 1001 as Int?),
        (.found, nil, "4900000000011", .ok, "", 1001),
        (.found, 1001, "4900000000011", .ok, "", 1001),
        (.skuMissing, 1001, nil, .error, "RAKUTEN_SKU_NOT_FOUND", nil),
        (.itemMissing, 1001, nil, .error, "RAKUTEN_ITEM_NOT_FOUND", nil),
        (.optionMissing(available: ["S×白"]), 1001, nil, .error, "RAKUTEN_OPTION_NOT_FOUND", nil),
        (.found, 9999, nil, .error, "SMAREGI_PRODUCT_NOT_FOUND", nil),
        (.found, nil, "NOPE", .error, "SMAREGI_PRODUCT_NOT_FOUND", nil),
        (.found, nil, "DUP", .error, "SMAREGI_CODE_AMBIGUOUS", nil),
        (.found, 1001, "OTHER", .error, "SMAREGI_CODE_MISMATCH", nil),
        (.skuMissing, 9999, nil, .error, "RAKUTEN_SKU_NOT_FOUND", nil),
    ])
    func checksBothSides(
        rakuten: RakutenPresence,
        id: Int?,
        code: String?,
        status: ProductMappingStatus,
        reasonCode: String,
        resolved: Int?
    ) {
        let mapping = ProductMapping(
            storeCode: "main",
            key: .sku("mug", "red"),
            smaregiProductID: id,
            smaregiProductCode: code
        )

        let verdict = MappingVerdict.check(mapping, rakuten: rakuten, smaregi: Self.catalogue)

        #expect(verdict.status == status)
        #expect(verdict.reasonCode == reasonCode)
        #expect(verdict.resolvedProductID == resolved)
    }

    @Test func bothSidesMissingAreBothInTheReason() {
        let mapping = ProductMapping(storeCode: "main", key: .sku("none", "x"), smaregiProductID: 9999)

        let verdict = MappingVerdict.check(mapping, rakuten: .skuMissing, smaregi: Self.catalogue)

        #expect(verdict.problems.map(\.code.rawValue) == ["RAKUTEN_SKU_NOT_FOUND", "SMAREGI_PRODUCT_NOT_FOUND"])
        #expect(verdict.reason.contains("none/x") && verdict.reason.contains("9999"))
    }

    @Test func errorRowNamesTheSKUAndTheSmaregiSide() {
        let mapping = ProductMapping(storeCode: "main", key: .sku("mug", "red"), smaregiProductCode: "X1")
        let verdict = MappingVerdict.check(mapping, rakuten: .found, smaregi: Self.catalogue)

        let row = MappingReportRows.errorRow(mapping, verdict: verdict)

        #expect(row.severity == .error)
        #expect(row.code == "SMAREGI_PRODUCT_NOT_FOUND")
        #expect(row.rakutenSKU == "mug/red")
        #expect(row.smaregiID == "X1")
        #expect(row.messageJa.contains("商品コード X1"))
        #expect(!row.action.isEmpty)
        #expect(MappingReportRows.alertRecordKey(mapping, code: row.code) == row.alertKey)
    }
}
