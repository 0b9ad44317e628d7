import Foundation
import RakutenRMS
import SmaregiAPI
import SyncCore
import SyncJobs
import TestSupport
import Testing

/// The two edges of the order transform: a getOrder `OrderModel` into the domain order (official samples and
/// variants of them), and the draft into the 受注管理 `POST /orders` body.
struct OrderConversionTests {
    static let sample = "rakuten/getorder_v9_response_official_sample.json"
    static let sampleTwo = "rakuten/getorder_v9_response_official_sample_2.json"

    /// Resolvers of the store the samples belong to: the sample SKU → product 1001, card → 1, points → 5.
    static let resolvers = OrderResolvers(
        product: { lookup in
            switch lookup {
            case .sku(manageNumber: "22080313", variantId: "22080313"): .mapped(productID: 1001, productCode: "S-1")
            case .legacy(manageNumber: "sh01", itemNumber: "sh01sw", horizontal: let h, vertical: let v)
            where h?.value == "S" && v?.value == "白":
                .mapped(productID: 77, productCode: "SH-S-W")
            default: .unmapped
            }
        },
        payment: { lookup in
            ["1": 1, "POINT": 5, "COUPON": 6][lookup.mappingKey].map { .mapped(paymentMethodID: $0) } ?? .unmapped
        }
    )

    /// The first order of a fixture, after `edit` changes its JSON (the OrderModel as a dictionary).
    static func order(_ name: String, edit: (inout [String: Any]) -> Void = { _ in }) throws -> RakutenOrder {
        let object = try JSONSerialization.jsonObject(with: fixture(name))
        var response = try #require(object as? [String: Any])
        var orders = try #require(response["OrderModelList"] as? [[String: Any]])
        edit(&orders[0])
        response["OrderModelList"] = orders
        let data = try JSONSerialization.data(withJSONObject: response)
        let decoded = try JSONDecoder().decode(RMSGetOrderResponse.self, from: data)
        return RakutenOrder(rms: try #require(decoded.orders.first))
    }

    @Test func officialSampleBecomesTheDomainOrder() throws {
        let order = try Self.order(Self.sample)

        #expect(order.orderNumber == "###_ORDER_NUMBER_###")
        #expect(order.progress == 100)
        #expect(order.orderDate == Date(timeIntervalSince1970: 1_719_204_033))
        #expect(order.settlement == RakutenOrder.Settlement(code: 1, name: "クレジットカード"))
        #expect(order.usedPoint == 2150)
        #expect(order.amounts.requestPrice == 0)
        #expect(order.amounts.paymentChargeTaxRate == .standard)
        #expect(order.hasUndeterminedAmounts == false)
        let package = try #require(order.packages.first)
        #expect(package.basketId == 2_668_396)
        #expect(package.postagePrice == 500)
        #expect(package.recipient?.zipCode?.contains("-") == true)
        let line = try #require(package.lines.first)
        #expect(line.price == 1500)
        #expect(line.includesTax == false)
        #expect(line.priceTaxIncl == 1650)
        #expect(line.taxRate == .standard)
        #expect(line.variantId == "22080313")
        #expect(order.taxSummary == [.init(rate: .standard, reqPrice: 2150, reqPriceTax: 195, totalPrice: 2150)])
    }

    /// Points-only sample: 1,500 税別 + 500 postage → billed 2,150, tax 195 (rakuten-rms.md §3.3, §6).
    @Test(arguments: [
        (TaxRounding.round, [String]()), (.floor, []), (.ceil, ["TAX_MISMATCH"]),
    ])
    func officialSampleTransformsToAPointsPaid受注(rounding: TaxRounding, codes: [String]) throws {
        // Given
        let order = try Self.order(Self.sample)

        // When
        let result = OrderTransform(rounding: rounding, resolvers: Self.resolvers).transform(order)

        // Then (under 切り上げ the computed 196 differs from Rakuten's 195: a warning, Rakuten's figure is sent)
        #expect(result.codes == codes)
        let draft = try #require(result.draft)
        #expect(draft.subtotal == 1650)
        #expect(draft.carriage == 500)
        #expect(draft.total == 2150)
        #expect(draft.tenders == [.init(source: .points, paymentMethodID: 5, amount: 2150)])
        #expect(draft.taxes == [RateTax(rate: .standard, taxableAmount: 2150, tax: 195)])
    }

    @Test func secondSampleIsPaidByCard() throws {
        let order = try Self.order(Self.sampleTwo)
        let draft = try #require(OrderTransform(rounding: .round, resolvers: Self.resolvers).transform(order).draft)
        #expect(
            draft.tenders == [.init(source: .settlement(code: 1, name: "クレジットカード"), paymentMethodID: 1, amount: 2150)]
        )
    }

    @Test func draftBecomesThe受注管理Body() throws {
        // Given the transformed official sample
        let order = try Self.order(Self.sample)
        let draft = try #require(OrderTransform(rounding: .round, resolvers: Self.resolvers).transform(order).draft)

        // When
        let request = SmaregiOrderCreateRequest(draft: draft, storeID: 2)

        // Then the body satisfies Smaregi's total formula and Σ payments = total
        #expect(request.total == 2150)
        #expect(request.expectedTotal == request.total)
        #expect(request.payments.reduce(0) { $0 + $1.amount } == request.total)
        let json = try #require(
            JSONSerialization.jsonObject(with: JSONEncoder().encode(request)) as? [String: Any]
        )
        #expect(json["orderCode"] as? String == "###_ORDER_NUMBER_###")
        #expect(json["orderDateTime"] as? String == "2024-06-24T13:40:33+09:00")
        #expect(json["storeId"] as? String == "2")
        #expect(json["carriage"] as? Int == 500)
        #expect(json["totalPointDiscount"] as? Int == 0)
        let payments = try #require(json["payments"] as? [[String: Any]])
        #expect(payments.map { $0["paymentMethodId"] as? String } == ["5"])
        let taxes = try #require(json["taxes"] as? [[String: Any]])
        #expect(
            taxes.map { [$0["taxRate"] as? Int, $0["taxableAmount"] as? Int, $0["tax"] as? Int] } == [[10, 2150, 195]]
        )
        let destinations = try #require(json["destinations"] as? [[String: Any]])
        let details = try #require(destinations.first?["details"] as? [[String: Any]])
        #expect(details.map { $0["productId"] as? String } == ["1001"])
        #expect(
            details.map { [$0["price"] as? Int, $0["quantity"] as? Int, $0["taxRate"] as? Int] } == [[1650, 1, 10]]
        )
        let customer = try #require(json["customer"] as? [String: Any])
        #expect(customer["lastName"] as? String == order.orderer?.familyName)
    }

    @Test func packagesBecomeSeparateDestinations() throws {
        // Given the sample with a second package (same item, another recipient): 2 × (1,650 + 500) paid by points
        let order = try Self.order(Self.sample) { model in
            var packages = model["PackageModelList"] as? [[String: Any]] ?? []
            var second = packages[0]
            second["basketId"] = 2_668_397
            var sender = second["SenderModel"] as? [String: Any] ?? [:]
            sender["firstName"] = "花子"
            second["SenderModel"] = sender
            packages.append(second)
            model["PackageModelList"] = packages
            model["postagePrice"] = 1000
            model["totalPrice"] = 4300
            model["PointModel"] = ["usedPoint": 4300]
            model["TaxSummaryModelList"] = [
                ["taxRate": 0.1, "reqPrice": 4300, "reqPriceTax": 391, "totalPrice": 4300, "couponPrice": 0]
            ]
        }

        // When
        let result = OrderTransform(rounding: .round, resolvers: Self.resolvers).transform(order)
        let request = SmaregiOrderCreateRequest(draft: try #require(result.draft), storeID: 2)

        // Then
        #expect(result.rows.isEmpty)
        #expect(request.destinations.count == 2)
        #expect(request.destinations.map { $0.recipient?.firstName } == [order.packages[0].recipient?.firstName, "花子"])
        #expect(request.destinations.map { $0.details.map(\.productId) } == [["1001"], ["1001"]])
        #expect(request.carriage == 1000)
        #expect(request.total == 4300)
        #expect(request.expectedTotal == 4300)
    }

    @Test func legacyLineKeepsItsItemNumberAndChoices() throws {
        // Given the sample as a pre-migration order: empty variantId, 商品番号 + 子番号, 横軸/縦軸 in selectedChoice
        let order = try Self.order(Self.sample) { model in
            var packages = model["PackageModelList"] as? [[String: Any]] ?? []
            var items = packages[0]["ItemModelList"] as? [[String: Any]] ?? []
            items[0]["manageNumber"] = "sh01"
            items[0]["itemNumber"] = "sh01sw"
            items[0]["selectedChoice"] = "サイズ:S カラー:白"
            items[0]["inventoryType"] = 2
            items[0]["SkuModelList"] = [["variantId": "", "merchantDefinedSkuId": NSNull(), "skuInfo": NSNull()]]
            packages[0]["ItemModelList"] = items
            model["PackageModelList"] = packages
        }

        // When
        let line = try #require(order.packages.first?.lines.first)
        let result = OrderTransform(rounding: .round, resolvers: Self.resolvers).transform(order)

        // Then
        #expect(line.isLegacy)
        #expect(
            OrderTransform.lookup(for: line)
                == .legacy(
                    manageNumber: "sh01",
                    itemNumber: "sh01sw",
                    horizontal: .init(name: "サイズ", value: "S"),
                    vertical: .init(name: "カラー", value: "白")
                )
        )
        #expect(result.draft?.destinations.flatMap(\.lines).map(\.productID) == [77])
    }

    @Test(arguments: ["postagePrice", "requestPrice"])
    func undeterminedAmountFromRMSWaits(field: String) throws {
        let order = try Self.order(Self.sample) { $0[field] = -9999 }
        let result = OrderTransform(rounding: .round, resolvers: Self.resolvers).transform(order)
        #expect(result.outcome == .pending)
        #expect(result.codes == ["AMOUNT_UNDETERMINED"])
    }

    @Test func undeterminedPostageOfTheSampleIsFlagged() throws {
        // Given the official sample with its postage replaced by the -9999 sentinel (order and package)
        var text = String(decoding: try fixture(Self.sample), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"postagePrice\": 500", with: "\"postagePrice\": -9999")
        let decoded = try JSONDecoder().decode(RMSGetOrderResponse.self, from: Data(text.utf8))

        // When it becomes the domain order
        let order = RakutenOrder(rms: try #require(decoded.orders.first))

        // Then the sentinel is kept and the one -9999 rule flags it
        #expect(order.amounts.postagePrice == -9999)
        #expect(order.packages.first?.postagePrice == -9999)
        #expect(order.hasUndeterminedAmounts)
    }

    @Test func cancelledSampleIsSkipped() throws {
        let order = try Self.order(Self.sample) { $0["orderProgress"] = 900 }
        let result = OrderTransform(rounding: .round, resolvers: Self.resolvers).transform(order)
        #expect(result.outcome == .skipped)
        #expect(result.codes == ["ORDER_CANCELLED"])
    }

    @Test func couponsAndWrappingAreRead() throws {
        let order = try Self.order(Self.sample) { model in
            model["CouponModelList"] = [
                [
                    "couponCode": "C1", "itemId": 0, "couponName": "ショップ", "couponCapitalCode": 1,
                    "couponPrice": 100, "couponUnit": 2, "couponTotalPrice": NSNull(), "itemDetailId": 0,
                ]
            ]
            model["WrappingModel1"] = ["title": 1, "name": "包装紙", "price": 200, "includeTaxFlag": 1, "taxRate": 0.1]
            model["WrappingModel2"] = ["title": 2, "name": "リボン", "price": 100, "deleteWrappingFlag": 1]
        }
        #expect(
            order.coupons == [
                .init(code: "C1", name: "ショップ", capitalCode: 1, itemDetailId: 0, itemId: 0, totalPrice: 200)
            ]
        )
        #expect(order.wrappings == [.init(title: 1, name: "包装紙", price: 200, includesTax: true, taxRate: .standard)])
    }
}
