import CurlTransport
import Foundation
import SyncDemo
import TestSupport
import Testing

/// The demo's seeding against the sandbox it starts in-process, over HTTP (the whole demo runs in EndToEndTests).
struct DemoSeederTests {
    @Test(.timeLimit(.minutes(1)))
    func seedingPutsEveryStockFigureOnBothSides() async throws {
        let (rakuten, smaregi) = try await runBlocking { () -> ([String: Int], [String: Int]) in
            let sandbox = DemoSandbox()
            try sandbox.start()
            defer { sandbox.stop() }
            try DemoSeeder(sandbox: sandbox, catalogue: DemoCatalogue()).seed()
            let inventory = try sandbox.control(.get, "/_sandbox/rakuten/shops/sandbox-shop/inventory")
            let state = try sandbox.control(.get, "/_sandbox/smaregi/contracts/\(DemoSeeder.contract)")
            return (Self.rakutenQuantities(inventory), Self.smaregiStock(state, storeId: "2"))
        }

        // The catalogue is the same every run, so a second one describes what was seeded.
        let catalogue = DemoCatalogue()
        // Every SKU, the unregistered one included, is on sale on Rakuten with its stock (the items went in
        // several calls of 20).
        #expect(rakuten.count >= catalogue.entries.count)
        for entry in catalogue.entries {
            #expect(rakuten["\(entry.manageNumber)/\(entry.variantId)"] == entry.stock, "\(entry.manageNumber)")
            // The Smaregi 在庫店舗 holds the same figure for every product behind a SKU.
            if let product = entry.smaregiProductID {
                #expect(smaregi[String(product)] == entry.stock, "\(entry.smaregiCode)")
            }
        }
    }

    /// `manageNumber/variantId` → quantity from the sandbox's inventory listing.
    private static func rakutenQuantities(_ answer: Any?) -> [String: Int] {
        let rows = (answer as? [String: Any])?["inventories"] as? [[String: Any]] ?? []
        var quantities: [String: Int] = [:]
        for row in rows {
            guard let manage = row["manageNumber"] as? String, let variant = row["variantId"] as? String else {
                continue
            }
            quantities["\(manage)/\(variant)"] = row["quantity"] as? Int
        }
        return quantities
    }

    /// productId → stock amount of one Smaregi store, from the contract's state (numbers travel as strings).
    private static func smaregiStock(_ answer: Any?, storeId: String) -> [String: Int] {
        let rows = (answer as? [String: Any])?["stock"] as? [[String: Any]] ?? []
        var stock: [String: Int] = [:]
        for row in rows where row["storeId"] as? String == storeId {
            guard let product = row["productId"] as? String,
                let amount = (row["stockAmount"] as? String).flatMap(Int.init)
            else { continue }
            stock[product] = amount
        }
        return stock
    }
}
