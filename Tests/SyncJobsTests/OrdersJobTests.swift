import Foundation
import SyncCore
import SyncStore
import TestSupport
import Testing

@testable import SyncJobs

struct OrdersJobTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    /// (watermark seconds before now, expected start seconds before now); nil = no watermark yet.
    static let starts: [(Double?, Double)] = [
        (3_600, 4_200),
        (0, 600),
        (nil, 86_400),
        (77_760_000, 62_985_600),
    ]

    @Test(arguments: starts)
    func searchStartsAtTheWatermarkMinusTheOverlap(watermarkAge: Double?, expectedAge: Double) {
        let watermark = watermarkAge.map { Watermark(date: Self.now.addingTimeInterval(-$0)) }
        let start = OrdersJob.searchStart(watermark: watermark, options: OrdersJobOptions(), now: Self.now)
        #expect(Self.now.timeIntervalSince(start) == expectedAge)
    }

    @Test func payloadHashIsStableAndSeesChanges() throws {
        let draft = SmaregiOrderDraft(
            orderCode: "400001-20261128-00000001",
            orderDate: Self.now,
            customer: nil,
            memo: nil,
            destinations: [
                .init(
                    basketId: 1,
                    recipient: nil,
                    lines: [
                        .init(
                            productID: 1001,
                            productCode: nil,
                            productName: "タオル",
                            unitPrice: 1980,
                            quantity: 1,
                            taxRate: .standard,
                            rakutenItemDetailId: 1
                        )
                    ]
                )
            ],
            carriage: 550,
            commission: 0,
            giftWrapPrice: 0,
            couponDiscount: 0,
            tenders: [],
            taxes: [],
            taxSource: .computed
        )
        var changed = draft
        changed.carriage = 800
        #expect(try OrderPayloadHash.of(draft) == OrderPayloadHash.of(draft))
        #expect(try OrderPayloadHash.of(draft).count == 16)
        #expect(try OrderPayloadHash.of(draft) != OrderPayloadHash.of(changed))
    }

    @Test func explainShowsThe受注OrTheReasons() throws {
        // Given a store with payment mappings and the official sample getOrder response
        let database = try SyncDatabase.inMemory()
        try StoreRepository(database: database).add(StoreFixtures.makeStoreRecord(code: "main"), at: Date())
        let payments = PaymentMappingRepository(database: database)
        try payments.set(store: "main", rakutenKey: "1", smaregiPaymentMethodID: 2, at: Date())
        try payments.set(store: "main", rakutenKey: "POINT", smaregiPaymentMethodID: 5, at: Date())
        let data = try fixture("rakuten/getorder_v9_response_official_sample.json")
        let explainer = OrderExplainer(database: database)

        // When its SKU has no mapping, the order is held with UNMAPPED_SKU
        let held = try #require(try explainer.explain(data, store: "main").first)
        #expect(held.outcome == "held")
        #expect(held.rows.map(\.code).contains("UNMAPPED_SKU"))
        #expect(held.draftLines.isEmpty)

        // When the SKU is mapped and checked, it shows the 受注 it would create
        let repository = ProductMappingRepository(database: database)
        guard
            case .added(let added) = try repository.add(
                ProductMappingRecord(
                    storeCode: "main",
                    key: .init(manageNumber: "22080313", variantId: "22080313"),
                    smaregiProductID: 1001
                ),
                at: Date()
            ), let id = added.id
        else { throw OrdersJobTestError.setup }
        try repository.recordChecks(
            [.init(id: id, status: .ok, reasonCode: "", reason: "", resolvedProductID: 1001)],
            at: Date()
        )
        let ready = try #require(try explainer.explain(data, store: "main").first)
        #expect(ready.rows.filter { $0.severity == .error }.isEmpty, "\(ready.rows.map(\.messageEn))")
        #expect(ready.outcome == "ready")
        #expect(ready.draftLines.contains { $0.contains("商品ID 1001") })
    }

    @Test func explainRefusesAFileThatIsNotAGetOrderResponse() throws {
        let database = try SyncDatabase.inMemory()
        try StoreRepository(database: database).add(StoreFixtures.makeStoreRecord(code: "main"), at: Date())
        #expect(throws: SyncJobsError.self) {
            try OrderExplainer(database: database).explain(Data("{\"x\":1}".utf8), store: "main")
        }
    }
}

enum OrdersJobTestError: Error {
    case setup
}
