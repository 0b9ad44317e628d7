import Foundation
import HTTPTypes
import Hummingbird
import Sandbox
import TestSupport
import Testing

/// POS stock and the control actions that move it (smaregi.md §4.3).
struct SmaregiStockTests {
    @Test func productWithoutMovementHasNoStockRowUntilItIsSold() async throws {
        try await withSmaregiRouter { sandbox in
            try await sandbox.seedProducts()
            let token = try await sandbox.token()
            // Given products that never moved
            let before = try await sandbox.send(.get, "/sb_sandbox01/pos/stock?store_id=1", bearer: token)
            #expect(before.status == 200)
            #expect((before.json as? [Any])?.isEmpty == true)
            // When one is sold in the store
            _ = try await sandbox.control(
                .post,
                "/sales",
                json: #"{"storeId":"1","lines":[{"productId":"1002","quantity":2}]}"#
            )
            // Then exactly that row appears, negative, with string numbers
            let after = try await sandbox.send(.get, "/sb_sandbox01/pos/stock?store_id=1", bearer: token)
            let rows = try #require(after.json as? [[String: Any]])
            #expect(rows.count == 1)
            #expect(rows.first?["productId"] as? String == "1002")
            #expect(rows.first?["stockAmount"] as? String == "-2")
            #expect(rows.first?["layawayStockAmount"] as? String == "0")
        }
    }

    @Test func salesAndReceiptsMoveStockAndBumpUpdDateTime() async throws {
        try await withSmaregiRouter { sandbox in
            try await sandbox.seedProducts()
            let token = try await sandbox.token()
            _ = try await sandbox.control(.put, "/stock", json: #"{"storeId":"1","productId":"1001","stockAmount":10}"#)
            let since = Date().addingTimeInterval(-1)
            _ = try await sandbox.control(
                .post,
                "/receipts",
                json: #"{"storeId":"1","lines":[{"productId":"1001","quantity":5}]}"#
            )
            _ = try await sandbox.control(
                .post,
                "/sales",
                json: #"{"storeId":"1","lines":[{"productId":1001,"quantity":3}]}"#
            )
            #expect(try await sandbox.stockAmount(store: 1, product: 1001) == 12)
            let window =
                "upd_date_time-from=\(smaregiQueryDate(since))&upd_date_time-to=\(smaregiQueryDate(Date().addingTimeInterval(5)))"
            let changed = try await sandbox.send(.get, "/sb_sandbox01/pos/stock?\(window)", bearer: token)
            #expect((changed.json as? [[String: Any]])?.compactMap { $0["productId"] as? String } == ["1001"])
            let divisions = (try await sandbox.state()["stockChanges"] as? [[String: Any]])?.compactMap {
                $0["stockDivision"] as? String
            }
            #expect(divisions == ["01", "03", "02"])
        }
    }

    @Test func patchSetsTheAbsoluteAmountAndAddIsRelative() async throws {
        try await withSmaregiRouter { sandbox in
            try await sandbox.seedProducts()
            let token = try await sandbox.token()
            let set = try await sandbox.send(
                .patch,
                "/sb_sandbox01/pos/stock/1001",
                json: #"{"storeId":"2","stockAmount":"25","stockHistory":{"memo":"棚卸"}}"#,
                bearer: token
            )
            #expect(set.status == 200)
            #expect(set.object["stockAmount"] as? String == "25")
            #expect(set.object["productId"] as? String == "1001")
            #expect((set.object["stockHistory"] as? [String: Any])?["memo"] as? String == "棚卸")
            let added = try await sandbox.send(
                .post,
                "/sb_sandbox01/pos/stock/1001/add",
                json: #"{"storeId":"2","stockAmount":"-30"}"#,
                bearer: token
            )
            #expect(added.object["stockAmount"] as? String == "-5")
            #expect(try await sandbox.stockAmount(store: 2, product: 1001) == -5)
        }
    }

    @Test(arguments: [
        ("PATCH", "/sb_sandbox01/pos/stock/1001", #"{"storeId":"1","stockAmount":"1000000000"}"#, 400, "999999999"),
        ("PATCH", "/sb_sandbox01/pos/stock/1001", #"{"storeId":"1","stockAmount":"-1000000000"}"#, 400, "999999999"),
        ("POST", "/sb_sandbox01/pos/stock/1001/add", #"{"storeId":"1","stockAmount":"1999999999"}"#, 400, "1999999998"),
        ("POST", "/sb_sandbox01/pos/stock/1001/add", #"{"storeId":"1","stockAmount":"1000000000"}"#, 400, "更新後の在庫数"),
        ("PATCH", "/sb_sandbox01/pos/stock/1001", #"{"storeId":"9","stockAmount":"1"}"#, 400, "指定された店舗IDのリソースが見つかりません"),
        ("PATCH", "/sb_sandbox01/pos/stock/1001", #"{"storeId":"3","stockAmount":"1"}"#, 400, "指定された店舗IDのリソースが見つかりません"),
        ("PATCH", "/sb_sandbox01/pos/stock/1001", #"{"storeId":"1","stockAmount":1}"#, 400, "stockAmount"),
        ("PATCH", "/sb_sandbox01/pos/stock/4242", #"{"storeId":"1","stockAmount":"1"}"#, 404, "指定されたIDのリソースが見つかりません"),
    ])
    func stockWritesAreValidated(method: String, path: String, body: String, status: Int, detail: String) async throws {
        try await withSmaregiRouter { sandbox in
            try await sandbox.seedProducts()
            let token = try await sandbox.token()
            let reply = try await sandbox.send(HTTPRequest.Method(method)!, path, json: body, bearer: token)
            #expect(reply.status == status)
            #expect((reply.object["detail"] as? String)?.contains(detail) == true)
            #expect(try await sandbox.stockAmount(store: 1, product: 1001) == nil)
        }
    }

    @Test func stockFiltersByProduct() async throws {
        try await withSmaregiRouter { sandbox in
            try await sandbox.seedProducts()
            let token = try await sandbox.token()
            _ = try await sandbox.control(
                .post,
                "/receipts",
                json: #"{"storeId":"2","lines":[{"productId":"1001","quantity":1},{"productId":"1002","quantity":4}]}"#
            )
            let reply = try await sandbox.send(
                .get,
                "/sb_sandbox01/pos/stock?store_id=2&product_id=1002",
                bearer: token
            )
            #expect((reply.json as? [NSDictionary])?.map { $0["stockAmount"] as? String } == ["4"])
            let bad = try await sandbox.send(.get, "/sb_sandbox01/pos/stock?product_id=1001,1002", bearer: token)
            #expect(bad.status == 400)
        }
    }
}
