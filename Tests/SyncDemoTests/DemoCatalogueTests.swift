import Foundation
import SyncDemo
import Testing

/// The demo shop's catalogue and day of orders: the rules the demo's printed story depends on.
struct DemoCatalogueTests {
    @Test func theCatalogueIsTheSameEveryRun() throws {
        let catalogue = DemoCatalogue()
        let again = DemoCatalogue()
        for (first, second) in [
            (catalogue.rakutenItems, again.rakutenItems), (catalogue.smaregiProducts, again.smaregiProducts),
        ] {
            #expect(
                try JSONSerialization.data(withJSONObject: first, options: [.sortedKeys])
                    == JSONSerialization.data(withJSONObject: second, options: [.sortedKeys])
            )
        }
        #expect(again.mappingCSV == catalogue.mappingCSV)
    }

    @Test func aboutTwoHundredProductsAndOneSKUNobodyRegistered() {
        let catalogue = DemoCatalogue()
        // 20 T-shirts with 2–9 variants, 60 goods, 12 teas, 5 legacy items with 4 options each, 1 new arrival.
        #expect(catalogue.rakutenItems.count == 98)
        #expect(catalogue.entries.count == 195)
        #expect(catalogue.smaregiProducts.count == 194)
        #expect(catalogue.entries.filter { $0.smaregiProductID == nil }.map(\.manageNumber) == ["new-arrival"])
    }

    @Test func everyMappedSKUPointsAtItsSmaregiProduct() {
        let catalogue = DemoCatalogue()
        let products = Dictionary(
            uniqueKeysWithValues: catalogue.smaregiProducts.compactMap { product -> (String, String)? in
                guard let id = product["productId"] as? String, let code = product["productCode"] as? String else {
                    return nil
                }
                return (id, code)
            }
        )
        #expect(products.count == catalogue.smaregiProducts.count)
        for entry in catalogue.entries {
            guard let id = entry.smaregiProductID else { continue }
            #expect(products[String(id)] == entry.smaregiCode, "\(entry.manageNumber)/\(entry.variantId)")
        }
    }

    @Test func reducedRateFoodIsTaxedAtEightPercentOnBothSides() {
        let catalogue = DemoCatalogue()
        let teas = catalogue.rakutenItems.filter { ($0["manageNumber"] as? String)?.hasPrefix("tea-") == true }
        #expect(teas.count == 12)
        #expect(teas.allSatisfy { $0["taxRate"] as? Double == 0.08 && $0["includeTaxFlag"] as? Int == 0 })
        let reduced = catalogue.smaregiProducts.filter { $0["reducedTaxRate"] as? Bool == true }
        #expect(reduced.compactMap { $0["productCode"] as? String }.allSatisfy { $0.hasPrefix("FD") })
        #expect(reduced.count == 12)
    }

    @Test func theMappingCSVListsEveryMappedSKUInRMSColumns() {
        let catalogue = DemoCatalogue()
        let csv = catalogue.mappingCSV
        #expect(csv.hasSuffix("\r\n"))
        let lines = csv.components(separatedBy: "\r\n").dropLast()
        #expect(lines.first == "商品管理番号,SKU管理番号,横軸,縦軸,スマレジ商品コード")
        #expect(lines.count == 1 + 194)
        #expect(lines.contains("tshirt-001,red-s,,,TS001-RED-S"))
        #expect(lines.contains("goods-005,goods-005,,,GD0005"))
        // A pre-SKU item is mapped by its 横軸/縦軸 option names, without a SKU管理番号.
        #expect(lines.contains("legacy-02,,M,黒,LG02-MK"))
        #expect(!csv.contains("new-arrival"))
        #expect(csv.data(using: .shiftJIS) != nil)
    }

    @Test(arguments: DemoCatalogue.orders.indices)
    func everyOrderLineNamesAnItemOfTheCatalogue(index: Int) throws {
        let catalogue = DemoCatalogue()
        let order = DemoCatalogue.orders[index]
        let lines = try #require(order.body["lines"] as? [[String: Any]], "\(order.label)")
        #expect(!lines.isEmpty)
        for line in lines {
            let manageNumber = try #require(line["manageNumber"] as? String)
            let entries = catalogue.entries.filter { $0.manageNumber == manageNumber }
            #expect(!entries.isEmpty, "\(order.label): \(manageNumber)")
            if let variant = line["variantId"] as? String {
                #expect(entries.contains { $0.variantId == variant }, "\(order.label): \(manageNumber)/\(variant)")
            }
            if let options = line["legacyOptions"] as? [String: String] {
                #expect(
                    entries.contains {
                        $0.legacyOptions?.horizontal == options["horizontal"]
                            && $0.legacyOptions?.vertical == options["vertical"]
                    },
                    "\(order.label): \(manageNumber) \(options)"
                )
            }
        }
    }

    @Test func exactlyOneOrderIsHeldForItsSKUAndOneForItsPayment() {
        let mapped = Set(DemoCatalogue.paymentMappings.map(\.rakuten))
        #expect(!mapped.contains("16"))
        let unmappedPayment = DemoCatalogue.orders.filter { order in
            (order.body["settlementMethodCode"] as? Int).map { !mapped.contains(String($0)) } ?? true
        }
        #expect(unmappedPayment.map(\.label) == ["支払方法が未設定 (Alipay)"])
        let unmappedSKU = DemoCatalogue.orders.filter { order in
            (order.body["lines"] as? [[String: Any]] ?? []).contains { $0["manageNumber"] as? String == "new-arrival" }
        }
        #expect(unmappedSKU.map(\.label) == ["未登録SKU (スマレジに商品なし)"])
    }

    @Test func theLastUnitsOrderBuysTheWholeStock() throws {
        let catalogue = DemoCatalogue()
        let order = try #require(DemoCatalogue.orders.first { $0.label.hasPrefix("在庫の残り全部") })
        let line = try #require((order.body["lines"] as? [[String: Any]])?.first)
        let entry = try #require(catalogue.entries.first { $0.manageNumber == line["manageNumber"] as? String })
        #expect(line["units"] as? Int == entry.stock)
    }
}
