import CurlTransport
import Foundation
import HTTPTypes
import Sandbox
import SmaregiAPI
import TestSupport
import Testing

/// The client's 受注管理 calls against the live sandbox.
struct SmaregiClientOrderTests {
    /// The order of `SmaregiOrderTests` in the sandbox tests, built with the client's request type.
    static func request(code: String = "123456-20261128-0000000001", total: Int? = nil) -> SmaregiOrderCreateRequest {
        SmaregiOrderCreateRequest(
            orderCode: code,
            orderDate: Date(timeIntervalSince1970: 1_795_000_000),
            storeId: 3,
            customer: .init(lastName: "楽天", firstName: "太郎"),
            carriage: 500,
            commission: 330,
            totalPointDiscount: 100,
            totalCouponDiscount: 200,
            total: total,
            taxes: [.init(taxRate: 10, taxableAmount: 2200, tax: 200), .init(taxRate: 8, taxableAmount: 540, tax: 40)],
            payments: [.init(paymentMethodId: 2, amount: 3270)],
            destinations: [
                .init(
                    recipient: .init(lastName: "楽天", firstName: "花子"),
                    deliveryDate: "2026-12-01",
                    details: [
                        .init(
                            productId: 1001,
                            productCode: "4900000000011",
                            productName: "マグカップ",
                            price: 1100,
                            quantity: 2,
                            taxRate: 10
                        )
                    ]
                ),
                .init(
                    recipient: nil,
                    details: [
                        .init(productId: 1003, productCode: nil, productName: nil, price: 540, quantity: 1, taxRate: 8)
                    ]
                ),
            ]
        )
    }

    @Test func requestTotalFollowsTheDocumentedFormula() throws {
        let request = Self.request()
        #expect(request.subtotal == 2740)
        #expect(request.total == 3270)
        let json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(request)) as? [String: Any])
        #expect(json["storeId"] as? String == "3")
        #expect(json["carriage"] as? Int == 500)
        #expect((json["orderDateTime"] as? String)?.hasSuffix("+09:00") == true)
        let destinations = try #require(json["destinations"] as? [[String: Any]])
        #expect((destinations[0]["details"] as? [[String: Any]])?.first?["productId"] as? String == "1001")
    }

    @Test(.timeLimit(.minutes(1))) func createReadShipAndListOrders() async throws {
        try await withSmaregiServer { server in
            try await seedSmaregiProducts(server)
            let client = makeSmaregiClient(server)
            // Given a registered 受注
            let created = try await runBlocking { try client.createOrder(Self.request()) }
            #expect(created.id == 1)
            #expect(created.status == .accepted)
            #expect(created.total == 3270)
            #expect(created.destinations.map(\.lines.count) == [1, 1])
            #expect(created.storeId == 3)
            let since = Date().addingTimeInterval(-2)
            // When the warehouse ships it
            let shipped = try await server.control(
                .post,
                "/_sandbox/smaregi/contracts/sb_sandbox01/orders/1/ship",
                json: #"{"carrierName":"ヤマト運輸","trackingNumber":"1234-5678-9012","shipDate":"2026-11-29"}"#
            )
            #expect(shipped.status == 200)
            // Then the client sees it by id, by code and among shipped changes
            let byId = try await runBlocking { try client.order(id: 1) }
            #expect(byId?.status == .shipped)
            #expect(byId?.shipments.map(\.carrierName) == ["ヤマト運輸", "ヤマト運輸"])
            #expect(byId?.shipments.map(\.destinationNumber) == [1, 2])
            #expect(byId?.shipments.first?.trackingNumber == "1234-5678-9012")
            let byCode = try await runBlocking { try client.orders(code: "123456-20261128-0000000001") }
            #expect(byCode.map(\.id) == [1])
            let changes = try await runBlocking {
                try client.orders(updatedBetween: since...Date().addingTimeInterval(60), status: .shipped)
            }
            #expect(changes.map(\.code) == ["123456-20261128-0000000001"])
            let none = try await runBlocking { try client.order(id: 99) }
            #expect(none == nil)
            let unknownCode = try await runBlocking { try client.orders(code: "nope") }
            #expect(unknownCode.isEmpty)
        }
    }

    @Test(.timeLimit(.minutes(1))) func orderStoreIsReadFromOrderShipment() async throws {
        try await withSmaregiServer { server in
            let client = makeSmaregiClient(server)
            let store = try await runBlocking { try client.orderStore(id: 3) }
            #expect(store?.code == "EC01")
            #expect(store?.name == "楽天市場店")
            #expect(store?.isPaused == false)
            #expect(store?.pointPaymentMethodId == 5)
            let posStore = try await runBlocking { try client.orderStore(id: 1) }
            #expect(posStore == nil)
        }
    }

    @Test(.timeLimit(.minutes(1))) func failedCreateIsNotRetriedButReadsAre() async throws {
        try await withSmaregiServer { server in
            try await seedSmaregiProducts(server)
            let client = makeSmaregiClient(server)
            // Given one 503 for the next 受注登録 and one for the next read
            let faults = try await server.control(
                .post,
                "/_sandbox/faults",
                json: """
                    {"rules":[{"method":"POST","pathPrefix":"/sb_sandbox01/order-shipment/orders","status":503,"count":1},
                              {"method":"GET","pathPrefix":"/sb_sandbox01/order-shipment/orders","status":503,"count":1}]}
                    """
            )
            #expect(faults.status == 201)
            // When the client registers and then reads
            let error = await #expect(throws: SmaregiAPIError.self) {
                try await runBlocking { try client.createOrder(Self.request()) }
            }
            let orders = try await runBlocking { try client.orders(code: "123456-20261128-0000000001") }
            // Then the write failed once without a retry (the caller checks by code), and the read was retried
            #expect(error?.status == 503)
            #expect(error?.isTemporary == true)
            #expect(error?.requestMayHaveReachedServer == true)
            #expect(orders.isEmpty)
            #expect(try await server.counters().responses["503"] == 2)
        }
    }

    @Test(.timeLimit(.minutes(1))) func splitChildrenShareTheOrderCode() async throws {
        try await withSmaregiServer { server in
            try await seedSmaregiProducts(server)
            let client = makeSmaregiClient(server)
            _ = try await runBlocking { try client.createOrder(Self.request()) }
            _ = try await server.control(
                .post,
                "/_sandbox/smaregi/contracts/sb_sandbox01/orders/1/split",
                json: #"{"lines":[{"destinationNo":2,"detailNo":1,"quantity":1}]}"#
            )
            let orders = try await runBlocking { try client.orders(code: "123456-20261128-0000000001") }
            #expect(orders.map(\.id) == [1, 2])
            #expect(orders.map(\.isSplit) == [true, true])
            #expect(orders.map(\.parentId) == [nil, 1])
            #expect(orders.map(\.total) == [2730, 540])
        }
    }

    @Test(.timeLimit(.minutes(1))) func cancelReleasesStock() async throws {
        try await withSmaregiServer { server in
            try await seedSmaregiProducts(server)
            let client = makeSmaregiClient(server)
            let order = try await runBlocking { try client.createOrder(Self.request()) }
            let allocated = try await runBlocking { try client.stock(storeId: 2, productIds: [1001]) }
            #expect(allocated.map(\.amount) == [-2])
            let canceled = try await runBlocking { try client.cancelOrder(id: order.id) }
            #expect(canceled.status == .canceled)
            #expect(canceled.canceledAt != nil)
            let released = try await runBlocking { try client.stock(storeId: 2, productIds: [1001]) }
            #expect(released.map(\.amount) == [0])
        }
    }

    @Test(.timeLimit(.minutes(1))) func rejectedOrderCarriesStatusTitleAndDetail() async throws {
        try await withSmaregiServer { server in
            try await seedSmaregiProducts(server)
            let client = makeSmaregiClient(server)
            var draft = Self.request(total: 3000)
            draft.payments = []
            let wrong = draft
            let error = await #expect(throws: SmaregiAPIError.self) {
                try await runBlocking { try client.createOrder(wrong) }
            }
            guard case .requestFailed(let endpoint, let status, let title, let detail)? = error else {
                Issue.record("unexpected \(String(describing: error))")
                return
            }
            #expect(endpoint == "POST /order-shipment/orders")
            #expect(status == 400)
            #expect(title == "Bad Request")
            #expect(detail?.contains("[3000]") == true)
            #expect(detail?.contains("[3270]") == true)
            #expect(error?.isTemporary == false)
            _ = try await runBlocking { try client.createOrder(Self.request()) }
            let duplicate = await #expect(throws: SmaregiAPIError.self) {
                try await runBlocking { try client.createOrder(Self.request()) }
            }
            #expect("\(duplicate!)".contains("123456-20261128-0000000001"))
            #expect(!"\(duplicate!)".contains("sandbox-client-secret"))
        }
    }
}
