import Foundation
import Hummingbird
import Sandbox
import TestSupport
import Testing

/// InventoryAPI 2.0 / 2.1 contract (rakuten-rms.md §4).
struct RakutenInventoryTests {
    private static func entries(_ count: Int, mode: String = "ABSOLUTE") -> String {
        (0..<count).map { #"{"manageNumber":"bulk","variantId":"v\#($0)","mode":"\#(mode)","quantity":1}"# }.joined(
            separator: ","
        )
    }

    @Test(arguments: [(400, 204), (401, 400)])
    func bulkUpsertTakesAtMost400(_ count: Int, _ status: Int) async throws {
        try await withRouterSandbox { sandbox in
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/inventories/bulk-upsert",
                json: #"{"inventories":[\#(Self.entries(count))]}"#,
                contentType: "application/json"
            )
            #expect(reply.status == status)
            if status == 204 { #expect(reply.body.isEmpty) } else { #expect(reply.object.errorCodes == ["IE1101"]) }
        }
    }

    @Test(arguments: [(1000, 200), (1001, 400)])
    func bulkGetTakesAtMost1000(_ count: Int, _ status: Int) async throws {
        try await withRouterSandbox { sandbox in
            let list = (0..<count).map { #"{"manageNumber":"m","variantId":"v\#($0)"}"# }.joined(separator: ",")
            let reply = try await sandbox.send(
                .post,
                "/es/2.1/inventories/bulk-get",
                json: #"{"inventories":[\#(list)]}"#
            )
            #expect(reply.status == status)
        }
    }

    @Test func bulkUpsertIsAllOrNothingAndNamesEveryBadItem() async throws {
        try await withRouterSandbox { sandbox in
            // Given tea with 10 in stock
            try await sandbox.seedCatalog()
            // When one good item is sent with bad ones (format errors are reported before stock checks)
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/inventories/bulk-upsert",
                json: """
                    {"inventories":[
                     {"manageNumber":"tea","variantId":"Tea","mode":"ABSOLUTE","quantity":3},
                     {"manageNumber":"tea","variantId":"Tea","mode":"ABSOLUTE","quantity":4},
                     {"manageNumber":"mug","variantId":"red","mode":"RELATIVE","quantity":-6},
                     {"manageNumber":"nothing","variantId":"here","mode":"RELATIVE","quantity":1},
                     {"manageNumber":"\(String(repeating: "a", count: 33))","variantId":"x","mode":"ABSOLUTE","quantity":1}
                    ]}
                    """
            )
            // Then the request fails as a whole with each problem pointed at
            #expect(reply.status == 400)
            let errors = try #require(reply.object["errors"] as? [[String: Any]])
            let pairs = errors.map {
                ($0["code"] as? String ?? "", ($0["metadata"] as? [String: Any])?["propertyPath"] as? String ?? "")
            }
            #expect(pairs.map(\.0) == ["IE1102", "IE0004"])
            #expect(pairs.map(\.1) == ["inventories[1]", "inventories[4].manageNumber"])
            let stock = try await sandbox.control(.get, "/_sandbox/rakuten/shops/sandbox-shop/inventory/tea/Tea")
            #expect(stock.object["quantity"] as? Int == 10)
        }
    }

    @Test(arguments: [
        (
            #"{"manageNumber":"mug","variantId":"red","mode":"RELATIVE","quantity":-6}"#, "IE0117",
            "inventories[0].quantity"
        ),
        (
            #"{"manageNumber":"mug","variantId":"red","mode":"RELATIVE","quantity":99999}"#, "IE0117",
            "inventories[0].quantity"
        ),
        (
            #"{"manageNumber":"nothing","variantId":"here","mode":"RELATIVE","quantity":1}"#, "IE0500",
            "inventories[0].mode"
        ),
        (#"{"manageNumber":"mug","variantId":"red","mode":"ADD","quantity":1}"#, "IE0002", "inventories[0].mode"),
        (
            #"{"manageNumber":"mug","variantId":"red","mode":"ABSOLUTE","quantity":100000}"#, "IE0003",
            "inventories[0].quantity"
        ),
        (#"{"manageNumber":"mug","variantId":"red","mode":"ABSOLUTE"}"#, "IE0001", "inventories[0].quantity"),
        (
            #"{"manageNumber":"mug","variantId":"\#(String(repeating: "v", count: 33))","mode":"ABSOLUTE","quantity":1}"#,
            "IE0004", "inventories[0].variantId"
        ),
    ])
    func bulkUpsertRules(_ entry: String, _ code: String, _ path: String) async throws {
        try await withRouterSandbox { sandbox in
            try await sandbox.seedCatalog()
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/inventories/bulk-upsert",
                json: #"{"inventories":[\#(entry)]}"#
            )
            #expect(reply.status == 400)
            let error = try #require((reply.object["errors"] as? [[String: Any]])?.first)
            #expect(error["code"] as? String == code)
            #expect((error["metadata"] as? [String: Any])?["propertyPath"] as? String == path)
            let stock = try await sandbox.control(.get, "/_sandbox/rakuten/shops/sandbox-shop/inventory/mug/red")
            #expect(stock.object["quantity"] as? Int == 5)
        }
    }

    @Test func relativeAndAbsoluteUpsertsAndOrphans() async throws {
        try await withRouterSandbox { sandbox in
            try await sandbox.seedCatalog()
            // When tea goes down by 2, mug/red is set to 7 (upper-case manageNumber) and an unknown SKU is written
            let reply = try await sandbox.send(
                .post,
                "/es/2.0/inventories/bulk-upsert",
                json:
                    #"{"inventories":[{"manageNumber":"tea","variantId":"Tea","mode":"RELATIVE","quantity":-2},{"manageNumber":"MUG","variantId":"red","mode":"ABSOLUTE","quantity":7},{"manageNumber":"ghost","variantId":"g1","mode":"ABSOLUTE","quantity":3}]}"#
            )
            #expect(reply.status == 204)
            // Then bulk-get shows the new values, lower-cased manageNumbers, and leaves unknown pairs out
            let get = try await sandbox.send(
                .post,
                "/es/2.0/inventories/bulk-get",
                json:
                    #"{"inventories":[{"manageNumber":"TEA","variantId":"Tea"},{"manageNumber":"mug","variantId":"red"},{"manageNumber":"mug","variantId":"RED"},{"manageNumber":"ghost","variantId":"g1"}]}"#
            )
            let rows = try #require(get.object["inventories"] as? [[String: Any]])
            #expect(rows.map { $0["manageNumber"] as? String } == ["tea", "mug", "ghost"])
            #expect(rows.map { $0["quantity"] as? Int } == [8, 7, 3])
            #expect((rows.first?["updated"] as? String)?.hasSuffix("+09:00") == true)
            let orphan = try await sandbox.control(.get, "/_sandbox/rakuten/shops/sandbox-shop/inventory")
            let ghost = (orphan.object["inventories"] as? [[String: Any]])?.first {
                $0["manageNumber"] as? String == "ghost"
            }
            #expect(ghost?["orphan"] as? Bool == true)
        }
    }

    @Test func singleVariantGetAndUpsert() async throws {
        try await withRouterSandbox { sandbox in
            try await sandbox.seedCatalog()
            let missing = try await sandbox.send(.get, "/es/2.1/inventories/manage-numbers/tea/variants/tea")
            #expect(missing.status == 404)
            #expect(missing.object.errorCodes == ["GE0014"])
            let put = try await sandbox.send(
                .put,
                "/es/2.1/inventories/manage-numbers/tea/variants/Tea",
                json:
                    #"{"mode":"ABSOLUTE","quantity":42,"operationLeadTime":{"normalDeliveryTimeId":4},"shipFromIds":[3]}"#
            )
            #expect(put.status == 204)
            let got = try await sandbox.send(.get, "/es/2.1/inventories/manage-numbers/tea/variants/Tea")
            #expect(got.object["quantity"] as? Int == 42)
            #expect((got.object["operationLeadTime"] as? [String: Any])?["normalDeliveryTimeId"] as? Int == 4)
            #expect(got.object["shipFromIds"] as? [Int] == [3])
            let v20 = try await sandbox.send(.get, "/es/2.0/inventories/manage-numbers/tea/variants/Tea")
            #expect(v20.object["operationLeadTime"] == nil)
        }
    }
}
