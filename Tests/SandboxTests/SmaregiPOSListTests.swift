import Foundation
import HTTPTypes
import Hummingbird
import Sandbox
import TestSupport
import Testing

/// POS list conventions (smaregi.md §2, §3.2, §4.1, §4.2, §4.4, §4.6, §9).
struct SmaregiPOSListTests {
    @Test func productRowsCarryEveryNumberAsAStringAndNullForAbsentValues() async throws {
        try await withSmaregiRouter { sandbox in
            try await sandbox.seedProducts()
            let token = try await sandbox.token()
            let reply = try await sandbox.send(.get, "/sb_sandbox01/pos/products", bearer: token)
            #expect(reply.status == 200)
            let rows = try #require(reply.json as? [[String: Any]])
            #expect(rows.count == 3)
            let mug = try #require(rows.first)
            #expect(mug["productId"] as? String == "1001")
            #expect(mug["price"] as? String == "1100")
            #expect(mug["taxDivision"] as? String == "0")
            #expect(mug["customerPrice"] is NSNull)
            #expect((mug["updDateTime"] as? String)?.hasSuffix("+09:00") == true)
            #expect(rows[2]["reduceTaxId"] as? String == "10000001")
            #expect(!reply.text.contains(":1100"))
        }
    }

    @Test(arguments: [("0", 400), ("1001", 400), ("-1", 400), ("abc", 400), ("1", 200), ("1000", 200)])
    func limitMustBeBetween1And1000(limit: String, status: Int) async throws {
        try await withSmaregiRouter { sandbox in
            let token = try await sandbox.token()
            let reply = try await sandbox.send(.get, "/sb_sandbox01/pos/products?limit=\(limit)", bearer: token)
            #expect(reply.status == status)
            if status == 400 {
                #expect(reply.object["title"] as? String == "Bad Request")
                #expect(reply.object["status"] as? Int == 400)
            }
        }
    }

    @Test func linkHeaderPointsToTheNextPageOnlyWhileMoreRowsExist() async throws {
        try await withSmaregiRouter { sandbox in
            try await sandbox.seedProducts()
            let token = try await sandbox.token()
            // When the first page of two is asked for
            let first = try await sandbox.send(
                .get,
                "/sb_sandbox01/pos/products?limit=2&sort=productId:desc",
                bearer: token
            )
            let link = try #require(first.headers[HTTPField.Name("Link")!])
            // Then it links to page 2 with the other parameters kept
            #expect(link.hasSuffix("; rel=\"next\""))
            #expect(link.contains("/sb_sandbox01/pos/products?limit=2&sort=productId:desc&page=2"))
            #expect((first.json as? [[String: Any]])?.compactMap { $0["productId"] as? String } == ["1003", "1002"])
            let second = try await sandbox.send(
                .get,
                "/sb_sandbox01/pos/products?limit=2&sort=productId:desc&page=2",
                bearer: token
            )
            #expect(second.headers[HTTPField.Name("Link")!] == nil)
            #expect((second.json as? [[String: Any]])?.compactMap { $0["productId"] as? String } == ["1001"])
        }
    }

    @Test func fieldsRestrictTheRowAndUnknownFieldsAreRejected() async throws {
        try await withSmaregiRouter { sandbox in
            try await sandbox.seedProducts()
            let token = try await sandbox.token()
            let reply = try await sandbox.send(
                .get,
                "/sb_sandbox01/pos/products?fields=productId,productCode",
                bearer: token
            )
            let rows = try #require(reply.json as? [[String: Any]])
            #expect(Set(rows[0].keys) == ["productId", "productCode"])
            let bad = try await sandbox.send(.get, "/sb_sandbox01/pos/products?fields=nope", bearer: token)
            #expect(bad.status == 400)
            let badSort = try await sandbox.send(.get, "/sb_sandbox01/pos/products?sort=nope", bearer: token)
            #expect(badSort.status == 400)
        }
    }

    @Test func storeIdIsRejectedOnProducts() async throws {
        try await withSmaregiRouter { sandbox in
            let token = try await sandbox.token()
            let reply = try await sandbox.send(.get, "/sb_sandbox01/pos/products?store_id=1", bearer: token)
            #expect(reply.status == 400)
            #expect((reply.object["detail"] as? String)?.contains("store_id") == true)
        }
    }

    @Test(arguments: [("4900000000028", ["1002"]), ("490000000002", []), ("4900000000028%20", [])])
    func productCodeMatchesExactly(code: String, ids: [String]) async throws {
        try await withSmaregiRouter { sandbox in
            try await sandbox.seedProducts()
            let token = try await sandbox.token()
            let reply = try await sandbox.send(.get, "/sb_sandbox01/pos/products?product_code=\(code)", bearer: token)
            #expect((reply.json as? [[String: Any]])?.compactMap { $0["productId"] as? String } == ids)
        }
    }

    @Test func unknownProductIsTheDocumented404() async throws {
        try await withSmaregiRouter { sandbox in
            let token = try await sandbox.token()
            let reply = try await sandbox.send(.get, "/sb_sandbox01/pos/products/99", bearer: token)
            #expect(reply.status == 404)
            #expect(
                reply.json as? NSDictionary == [
                    "type": "about:blank", "title": "NotFound", "detail": "指定されたIDのリソースが見つかりません", "status": 404,
                ]
            )
        }
    }

    @Test func rawPlusInADateQueryIs400ButPercent2BWorks() async throws {
        try await withSmaregiRouter { sandbox in
            try await sandbox.seedProducts()
            let token = try await sandbox.token()
            let from = Date().addingTimeInterval(-3600)
            let to = Date().addingTimeInterval(60)
            let raw =
                "upd_date_time-from=\(smaregiQueryDate(from, encodePlus: false))&upd_date_time-to=\(smaregiQueryDate(to, encodePlus: false))"
            let encoded = "upd_date_time-from=\(smaregiQueryDate(from))&upd_date_time-to=\(smaregiQueryDate(to))"
            let bad = try await sandbox.send(.get, "/sb_sandbox01/pos/products?\(raw)", bearer: token)
            let good = try await sandbox.send(.get, "/sb_sandbox01/pos/products?\(encoded)", bearer: token)
            #expect(bad.status == 400)
            #expect((bad.object["detail"] as? String)?.contains("upd_date_time-from") == true)
            #expect(good.status == 200)
            #expect((good.json as? [Any])?.count == 3)
        }
    }

    @Test(arguments: [("products", 31.0, 200), ("products", 31.01, 400), ("stock", 31.0, 200), ("stock", 32.0, 400)])
    func updDateTimeWindowIsAtMost31Days(resource: String, days: Double, status: Int) async throws {
        try await withSmaregiRouter { sandbox in
            let token = try await sandbox.token()
            let to = Date()
            let from = to.addingTimeInterval(-days * 86_400)
            let reply = try await sandbox.send(
                .get,
                "/sb_sandbox01/pos/\(resource)?upd_date_time-from=\(smaregiQueryDate(from))&upd_date_time-to=\(smaregiQueryDate(to))",
                bearer: token
            )
            #expect(reply.status == status)
        }
    }

    @Test func storesListNormalStoresAndWarehousesButNotTheOrderStore() async throws {
        try await withSmaregiRouter { sandbox in
            let token = try await sandbox.token()
            let reply = try await sandbox.send(.get, "/sb_sandbox01/pos/stores", bearer: token)
            let rows = try #require(reply.json as? [[String: Any]])
            #expect(rows.compactMap { $0["storeId"] as? String } == ["1", "2"])
            #expect(rows.compactMap { $0["division"] as? String } == ["1", "2"])
            let one = try await sandbox.send(.get, "/sb_sandbox01/pos/stores/2", bearer: token)
            #expect(one.object["storeName"] as? String == "倉庫")
            let orderStore = try await sandbox.send(.get, "/sb_sandbox01/pos/stores/3", bearer: token)
            #expect(orderStore.status == 404)
            let viaOrderShipment = try await sandbox.send(.get, "/sb_sandbox01/order-shipment/stores/3", bearer: token)
            #expect(viaOrderShipment.object["storeCode"] as? String == "EC01")
            #expect(viaOrderShipment.object["displaySequence"] as? Int == 3)
            #expect(viaOrderShipment.object["pauseFlag"] as? Bool == false)
        }
    }

    @Test func defaultPaymentMethodsAndTaxRates() async throws {
        try await withSmaregiRouter { sandbox in
            let token = try await sandbox.token()
            let methods = try await sandbox.send(.get, "/sb_sandbox01/pos/payment_methods", bearer: token)
            let names = (methods.json as? [[String: Any]])?.compactMap { $0["paymentMethodName"] as? String } ?? []
            #expect(names.contains("クレジットカード"))
            #expect(names.contains("代金引換"))
            #expect(names.contains("楽天ポイント"))
            let rates = try await sandbox.send(
                .get,
                "/sb_sandbox01/pos/consumption_tax_rates?target_date=2026-11-28",
                bearer: token
            )
            #expect(
                rates.json as? [NSDictionary] == [
                    ["applyStartDate": "2019-10-01", "taxRate": "10", "taxRounding": "1"]
                ]
            )
            let old = try await sandbox.send(
                .get,
                "/sb_sandbox01/pos/consumption_tax_rates?target_date=2015-01-01",
                bearer: token
            )
            #expect((old.json as? [[String: Any]])?.first?["taxRate"] as? String == "8")
        }
    }
}
