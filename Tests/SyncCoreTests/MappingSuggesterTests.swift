import Testing

@testable import SyncCore

struct MappingSuggesterTests {
    @Test(arguments: [
        ("4901234567894", MappingSuggestBasis.jan, "04901234567894"),
        ("04901234567894", .jan, "04901234567894"),
        (" ４９０１２３４５６７８９４\u{3000}", .jan, "04901234567894"),
        ("4901-2345-6789-4", .jan, "04901234567894"),
        ("012345678905", .jan, "00012345678905"),
        ("12345678905", .jan, "00012345678905"),
        ("49123456", .jan, "00000049123456"),
        ("ABC-1", .jan, "ABC-1"),
        ("", .jan, ""),
        ("Ｒｅｄ－１", .skuCode, "Red-1"),
        ("0123", .skuCode, "0123"),
        ("Red", .skuCode, "Red"),
        ("  mug-red ", .merchantSKU, "mug-red"),
    ])
    func normalisesWhatAMerchantExpects(raw: String, basis: MappingSuggestBasis, expected: String) {
        #expect(MappingSuggester.comparisonKey(raw, basis: basis) == expected)
    }

    /// The catalogue every classification row reads: both sides, with one existing SKU mapping and one resolved
    /// legacy mapping.
    /// 4900000000028 in full-width digits, as a merchant may have typed it into RMS.
    static let fullWidthJAN = "４９" + String(repeating: "０", count: 9) + "２８"
    static let skus = [
        SuggestRakutenSKU(manageNumber: "mug", variantId: "red", articleNumber: "4900000000011"),
        SuggestRakutenSKU(manageNumber: "mug", variantId: "blue", articleNumber: fullWidthJAN),
        SuggestRakutenSKU(manageNumber: "cup", variantId: "a", articleNumber: "4900000000035"),
        SuggestRakutenSKU(manageNumber: "pot", variantId: "x", articleNumber: "4900000000042"),
        SuggestRakutenSKU(manageNumber: "pot", variantId: "y", articleNumber: "4900000000042"),
        SuggestRakutenSKU(manageNumber: "tea", variantId: "tea"),
        SuggestRakutenSKU(manageNumber: "tea", variantId: "green", articleNumber: "4900000000059"),
        SuggestRakutenSKU(manageNumber: "bag", variantId: "s", articleNumber: "4900000000066"),
        SuggestRakutenSKU(manageNumber: "bag", variantId: "m", articleNumber: "4900000000073"),
        SuggestRakutenSKU(manageNumber: "shirt", variantId: "s-white", articleNumber: "4900000000097"),
    ]
    static let products = [
        SuggestSmaregiProduct(id: 1001, code: "4900000000011"),
        SuggestSmaregiProduct(id: 1002, code: "04900000000028"),
        SuggestSmaregiProduct(id: 1003, code: "4900000000035"),
        SuggestSmaregiProduct(id: 1004, code: " 4900000000035"),
        SuggestSmaregiProduct(id: 1005, code: "4900000000042"),
        SuggestSmaregiProduct(id: 1006, code: "4900000000073"),
        SuggestSmaregiProduct(id: 1007, code: "4900000000080"),
        SuggestSmaregiProduct(id: 1008, code: "BAG-S"),
        SuggestSmaregiProduct(id: 1009, code: "4900000000097"),
    ]
    static let existing = [
        ProductMapping(storeCode: "main", key: .sku("bag", "s"), smaregiProductID: 1008),
        ProductMapping(
            storeCode: "main",
            key: .legacy("shirt", horizontal: "S", vertical: "白"),
            smaregiProductCode: "4900000000073",
            resolvedVariantId: "s-white"
        ),
    ]

    @Test(arguments: [
        ("mug/red", MappingSuggestion.Status.matched, 1001 as Int?),
        ("mug/blue", .matched, 1002),
        ("cup/a", .ambiguous, nil),
        ("pot/x", .ambiguous, nil),
        ("pot/y", .ambiguous, nil),
        ("tea/tea", .rakutenOnly, nil),
        ("tea/green", .rakutenOnly, nil),
        ("bag/s", .alreadyMapped, nil),
        ("bag/m", .ambiguous, nil),
        ("shirt/s-white", .alreadyMapped, nil),
    ])
    func classifiesEveryRakutenSKU(sku: String, status: MappingSuggestion.Status, product: Int?) throws {
        let lines = MappingSuggester.suggest(
            skus: Self.skus,
            products: Self.products,
            by: .jan,
            existing: Self.existing
        )
        let line = try #require(lines.first { $0.sku?.key.displayText == sku })
        #expect(line.status == status, "\(line.noteEn)")
        #expect(line.product?.id == product)
        #expect(line.noteJa.contains(sku) && line.noteEn.contains(sku))
    }

    @Test func listsTheCandidatesOfAnAmbiguousSKU() throws {
        let lines = MappingSuggester.suggest(
            skus: Self.skus,
            products: Self.products,
            by: .jan,
            existing: Self.existing
        )

        let cup = try #require(lines.first { $0.sku?.key.displayText == "cup/a" })
        let pot = try #require(lines.first { $0.sku?.key.displayText == "pot/x" })
        let bag = try #require(lines.first { $0.sku?.key.displayText == "bag/m" })

        #expect(cup.candidates.map(\.id) == [1003, 1004])
        #expect(pot.candidates.map(\.id) == [1005] && pot.otherSKUs == [.sku("pot", "y")])
        // 1006 is already the product of the legacy shirt mapping (by code): a second SKU would share its stock.
        #expect(bag.otherSKUs == [.sku("shirt", "s-white")])
    }

    @Test func listsOnlyTheSmaregiProductsNoSKUAndNoMappingUses() {
        let lines = MappingSuggester.suggest(
            skus: Self.skus,
            products: Self.products,
            by: .jan,
            existing: Self.existing
        )

        // 1007 fits nothing; 1008 backs bag/s and 1009 is only left unmatched because shirt/s-white is mapped.
        #expect(lines.filter { $0.status == .smaregiOnly }.compactMap(\.product?.id) == [1007, 1009])
        #expect(lines.count == Self.skus.count + 2)
    }

    @Test(arguments: [
        (MappingSuggestBasis.jan, 2001), (.skuCode, 2002), (.merchantSKU, 2003),
    ])
    func matchesByTheChosenField(basis: MappingSuggestBasis, product: Int) throws {
        let sku = SuggestRakutenSKU(
            manageNumber: "MUG",
            variantId: "red",
            articleNumber: "4900000000011",
            merchantDefinedSkuId: "ＭＵＧ-RED-01"
        )
        let products = [
            SuggestSmaregiProduct(id: 2001, code: "4900000000011"), SuggestSmaregiProduct(id: 2002, code: "red"),
            SuggestSmaregiProduct(id: 2003, code: "MUG-RED-01"),
        ]

        let lines = MappingSuggester.suggest(skus: [sku], products: products, by: basis, existing: [])

        let line = try #require(lines.first { $0.sku != nil })
        #expect(line.status == .matched)
        #expect(line.product?.id == product)
        #expect(line.sku?.key == .sku("mug", "red"))
    }
}
