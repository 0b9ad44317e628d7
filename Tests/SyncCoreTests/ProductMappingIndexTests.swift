import Testing

@testable import SyncCore

struct ProductMappingIndexTests {
    static let index = ProductMappingIndex([
        ProductMapping(
            storeCode: "main",
            key: .sku("mug", "Red"),
            smaregiProductCode: "M1",
            resolvedProductID: 1001,
            status: .ok
        ),
        ProductMapping(
            storeCode: "main",
            key: .sku("cup", "c1"),
            smaregiProductID: 1004,
            status: .error,
            reason: "楽天にSKU cup/c1 がありません",
            reasonCode: "RAKUTEN_SKU_NOT_FOUND"
        ),
        ProductMapping(storeCode: "main", key: .sku("new", "n1"), smaregiProductID: 1005, status: .unchecked),
        ProductMapping(
            storeCode: "main",
            key: .legacy("shirt", horizontal: "S", vertical: "白"),
            smaregiProductID: 1002,
            resolvedProductID: 1002,
            status: .ok
        ),
        ProductMapping(
            storeCode: "main",
            key: .sku("tea", "tea"),
            smaregiProductID: 1003,
            resolvedProductID: 1003,
            status: .ok
        ),
    ])

    @Test(arguments: [
        (
            ProductLookup.sku(manageNumber: "MUG", variantId: "Red"),
            ProductResolution.mapped(productID: 1001, productCode: "M1")
        ),
        (.sku(manageNumber: "mug", variantId: "red"), .unmapped),
        (
            .legacy(
                manageNumber: "shirt",
                itemNumber: "sh01sw",
                horizontal: .init(name: "サイズ", value: "S"),
                vertical: .init(name: "カラー", value: "白")
            ),
            .mapped(productID: 1002, productCode: nil)
        ),
        (
            .legacy(manageNumber: "TEA", itemNumber: "tea", horizontal: nil, vertical: nil),
            .mapped(productID: 1003, productCode: nil)
        ),
    ])
    func resolvesOrderLinesByTheMappingRules(lookup: ProductLookup, expected: ProductResolution) {
        #expect(Self.index.productResolution(for: lookup) == expected)
    }

    @Test func aMappingInErrorIsSkippedByTheOrderTransformWithItsReason() {
        let resolution = Self.index.productResolution(for: .sku(manageNumber: "cup", variantId: "c1"))

        guard case .inError(let reason) = resolution else {
            Issue.record("expected inError, got \(resolution)")
            return
        }
        #expect(reason.contains("楽天にSKU cup/c1 がありません"))
    }

    @Test func anUncheckedMappingIsNotUsedYet() {
        let resolution = Self.index.productResolution(for: .sku(manageNumber: "new", variantId: "n1"))

        guard case .inError(let reason) = resolution else {
            Issue.record("expected inError, got \(resolution)")
            return
        }
        #expect(reason.contains("未確認"))
    }
}
