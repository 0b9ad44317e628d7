import Foundation
import SyncCore
import Testing

/// How order lines find their Smaregi products: SKUs, several SKUs of one item, and pre-migration lines by their
/// 横軸/縦軸 choices (rakuten-rms.md §4.4, issue #5 scenario 8).
struct OrderTransformMappingTests {
    typealias F = OrderTransformFixtures

    @Test func legacyLineResolvesByItsAxes() throws {
        // Given a pre-migration line: empty variantId, itemNumber 商品番号+子番号, choices in selectedChoice
        let line = F.line(
            1,
            manageNumber: "sh01",
            variantId: "",
            price: 2200,
            itemNumber: "sh01sw",
            selectedChoice: "サイズ:S カラー:白"
        )
        let order = F.order(packages: [F.package(1, lines: [line])])
        let expected = ProductLookup.legacy(
            manageNumber: "sh01",
            itemNumber: "sh01sw",
            horizontal: .init(name: "サイズ", value: "S"),
            vertical: .init(name: "カラー", value: "白")
        )
        let resolvers = F.resolvers(products: [expected: .mapped(productID: 77, productCode: "SH-S-W")])

        // When
        let result = OrderTransform(rounding: .round, resolvers: resolvers).transform(order)

        // Then the axes find the product
        #expect(OrderTransform.lookup(for: line) == expected)
        let draft = try #require(result.draft)
        #expect(draft.destinations.flatMap(\.lines).map(\.productID) == [77])
        #expect(draft.destinations.flatMap(\.lines).map(\.productCode) == ["SH-S-W"])
    }

    @Test func unmappedLegacyLineNamesItsAxes() throws {
        let line = F.line(
            1,
            manageNumber: "sh01",
            variantId: "",
            price: 2200,
            itemNumber: "sh01mb",
            selectedChoice: "サイズ:M カラー:黒"
        )
        let result = OrderTransform(rounding: .round, resolvers: F.resolvers()).transform(
            F.order(packages: [F.package(1, lines: [line])])
        )
        let row = try #require(result.rows.first)
        #expect(row.code == "UNMAPPED_SKU")
        #expect(row.rakutenSKU == "sh01 (sh01mb サイズ:M カラー:黒)")
    }

    @Test(arguments: [
        ("サイズ:S カラー:白", [["サイズ", "S"], ["カラー", "白"]]),
        ("サイズ:S", [["サイズ", "S"]]),
        ("サイズ：L\u{3000}カラー：ダーク グレー", [["サイズ", "L"], ["カラー", "ダーク グレー"]]),
        ("サイズ:M\nカラー:(090)ブラック\nのし:不要", [["サイズ", "M"], ["カラー", "(090)ブラック"], ["のし", "不要"]]),
        ("", []),
        ("メッセージなし", []),
    ])
    func selectedChoiceIsReadAsPairs(text: String, pairs: [[String]]) {
        let parsed = RakutenSelectedChoice(parsing: text)
        #expect(parsed.pairs.map { [$0.name, $0.value] } == pairs)
    }

    /// The axes of a legacy line are the first line's pairs; 項目選択肢 on later lines are not axes.
    @Test(arguments: [
        ("サイズ:S カラー:白", "S", "白" as String?),
        ("サイズ:S カラー:白\nのし:不要", "S", "白"),
        ("サイズ:S\nのし:不要", "S", nil),
        ("\nサイズ:L", "L", nil),
    ])
    func legacyAxesComeFromTheFirstLine(text: String, horizontal: String, vertical: String?) {
        let parsed = RakutenSelectedChoice(parsing: text)
        #expect(parsed.horizontal?.value == horizontal)
        #expect(parsed.vertical?.value == vertical)
    }

    @Test func multiSKULinesMapToTheirOwnProducts() throws {
        // Given two SKUs of one item in one order
        let order = F.order(packages: [
            F.package(
                1,
                postage: 500,
                lines: [
                    F.line(1, manageNumber: "tshirt", variantId: "s-white", price: 2980),
                    F.line(2, manageNumber: "tshirt", variantId: "m-black", price: 2980, units: 2),
                ]
            )
        ])
        let resolvers = F.resolvers(products: [
            .sku(manageNumber: "tshirt", variantId: "s-white"): .mapped(productID: 11, productCode: "TS-S-W"),
            .sku(manageNumber: "tshirt", variantId: "m-black"): .mapped(productID: 12, productCode: "TS-M-B"),
        ])

        // When
        let draft = try #require(OrderTransform(rounding: .round, resolvers: resolvers).transform(order).draft)

        // Then
        let lines = draft.destinations.flatMap(\.lines)
        #expect(lines.map(\.productID) == [11, 12])
        #expect(lines.map(\.quantity) == [1, 2])
        #expect(draft.total == 2980 * 3 + 500)
    }
}

/// The transform over real mapping tables (issue #4 types), as the orders job wires it.
struct OrderTransformMappingTableTests {
    typealias F = OrderTransformFixtures

    static func mapping(_ key: ProductMappingKey, id: Int, status: ProductMappingStatus) -> ProductMapping {
        ProductMapping(
            storeCode: "main",
            key: key,
            smaregiProductID: id,
            smaregiProductCode: "P\(id)",
            resolvedProductID: id,
            status: status,
            reason: status == .error ? "スマレジ商品が見つかりません" : ""
        )
    }

    @Test(arguments: [
        (ProductMappingStatus.ok, [String]()), (.error, ["MAPPING_IN_ERROR"]), (.unchecked, ["MAPPING_IN_ERROR"]),
    ])
    func onlyCheckedMappingsImport(status: ProductMappingStatus, codes: [String]) {
        // Given an SKU line and a legacy line, both mapped with `status`, and card/points mapped
        let order = F.order(
            packages: [
                F.package(
                    1,
                    postage: 500,
                    lines: [
                        F.line(1, price: 1650),
                        F.line(
                            2,
                            manageNumber: "Shirt",
                            variantId: "",
                            price: 3300,
                            itemNumber: "sh01sw",
                            selectedChoice: "サイズ:S カラー:白"
                        ),
                    ]
                )
            ],
            usedPoint: 100
        )
        let index = ProductMappingIndex([
            Self.mapping(.sku("mug", "mug"), id: 1001, status: .ok),
            Self.mapping(.legacy("shirt", horizontal: "S", vertical: "白"), id: 1002, status: status),
        ])
        let payments = [
            PaymentMapping(storeCode: "main", rakutenKey: "1", smaregiPaymentMethodID: 2),
            PaymentMapping(storeCode: "main", rakutenKey: "POINT", smaregiPaymentMethodID: 5),
        ]

        // When
        let result = OrderTransform(rounding: .round, resolvers: OrderResolvers(products: index, payments: payments))
            .transform(order)

        // Then
        #expect(result.codes == codes)
        if codes.isEmpty {
            #expect(result.draft?.destinations.flatMap(\.lines).map(\.productID) == [1001, 1002])
            #expect(result.draft?.tenders.map(\.paymentMethodID) == [2, 5])
        } else {
            #expect(result.outcome == .held)
            #expect(result.rows.first?.rakutenSKU == "Shirt (sh01sw サイズ:S カラー:白)")
        }
    }
}
