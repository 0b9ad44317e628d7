import Foundation
import SyncStore
import TestSupport
import Testing

/// `StockScenario` plus 1,200 more 連携済み SKUs (items `bulk0`…`bulk11` of 100 variants `v0`…`v1199`, Rakuten 5
/// each; Smaregi products 2000…3199 at 10 in the stock store), so a full sync reads two stock pages and pushes four
/// bulk-upserts (400 + 400 + 400 + 4), for the tests that need a push longer than one call.
struct StockBulkScenario {
    static let count = 1_200
    let stock: StockScenario
    var orders: OrdersScenario { stock.orders }

    static func make(_ sandbox: SandboxServer) async throws -> StockBulkScenario {
        let stock = try await StockScenario.make(sandbox)
        let orders = stock.orders
        let items = (0..<count / 100).map { item in
            let variants = (item * 100..<(item + 1) * 100).map {
                #"{"variantId":"v\#($0)","price":1000,"inventory":5}"#
            }
            return
                #"{"manageNumber":"bulk\#(item)","title":"まとめ","includeTaxFlag":1,"taxRate":0.1,"variants":[\#(variants.joined(separator: ","))]}"#
        }
        try OrdersScenario.expect(
            try await orders.control(
                "POST",
                "/_sandbox/rakuten/shops/sandbox-shop/items",
                json: #"{"items":[\#(items.joined(separator: ","))]}"#
            ),
            201
        )
        let products = (0..<count).map {
            #"{"productId":"\#(2000 + $0)","productCode":"B\#(2000 + $0)","productName":"まとめ","price":1000}"#
        }
        try OrdersScenario.expect(
            try await orders.control(
                "POST",
                "/_sandbox/smaregi/contracts/sb_sandbox01/products",
                json: "[\(products.joined(separator: ","))]"
            ),
            200
        )
        let lines = (0..<count).map { #"{"productId":"\#(2000 + $0)","quantity":10}"# }
        let receipt = try await orders.control(
            "POST",
            "/_sandbox/smaregi/contracts/sb_sandbox01/receipts",
            json: #"{"storeId":"2","lines":[\#(lines.joined(separator: ","))]}"#
        )
        #expect((200..<300).contains(receipt.status), "\(receipt.text)")
        let csv =
            "商品管理番号,SKU管理番号,スマレジ商品ID\r\n"
            + (0..<count).map { "bulk\($0 / 100),v\($0),\(2000 + $0)\r\n" }.joined()
        let path = stock.cli.root.appendingPathComponent("bulk-mappings.csv").path
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        try await orders.cli(["mapping", "import", "--store", "main", path])
        let check = try await orders.job("rakuten-sync-mappings", ["--store", "main"])
        #expect(check.status == 0, "\(check.standardError)")
        return StockBulkScenario(stock: stock)
    }

    /// Every Rakuten quantity by `manageNumber/variantId`.
    func rakutenQuantities() async throws -> [String: Int] {
        try await stock.allRakutenQuantities()
    }

    /// The bulk SKU of product `2000 + index`.
    static func sku(_ index: Int) -> (manageNumber: String, variantId: String) {
        ("bulk\(index / 100)", "v\(index)")
    }
}
