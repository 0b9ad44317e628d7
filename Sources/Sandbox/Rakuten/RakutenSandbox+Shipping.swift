import Foundation
import Hummingbird

/// updateOrderShipping (§3.5), updateOrderShippingAsync and getResultUpdateOrderShippingAsync (§3.7).
extension RakutenSandbox {
    static let resultPrefix = "ORDER_EXT_API_GET_RESULT_UPDATEORDERSHIPPING_ASYNC"

    /// One order per call; format errors or state errors reject the whole request with HTTP 400.
    func updateOrderShipping(_ pass: GatewayPass) -> Response {
        let body = pass.body ?? .fields([:])
        let format = RakutenShipping.formatErrors(
            body,
            prefix: RakutenShipping.syncPrefix,
            firstDataNumber: 1,
            withOrderNumber: false
        )
        guard format.errors.isEmpty else {
            return Self.orderResponse(.fields(["MessageModelList": .array(format.errors)]), status: .badRequest)
        }
        let outcome =
            withShopIssuing(pass.shopCode) { shop, builder, now in
                RakutenShipping.apply(body, to: &shop, now: now, issue: builder.issue)
            } ?? (messages: [], ok: false)
        return Self.orderResponse(
            .fields(["MessageModelList": .array(outcome.messages)]),
            status: outcome.ok ? .ok : .badRequest
        )
    }

    /// ≤100 orders, no duplicate orderNumber; answers a requestId, applies after the configured delay.
    func updateOrderShippingAsync(_ pass: GatewayPass) -> Response {
        let prefix = RakutenShipping.asyncPrefix
        guard let orders = pass.body?["OrderShippingModelList"]?.arrayValue, !orders.isEmpty else {
            return Self.orderResponse(
                .fields([
                    "MessageModelList": .array([
                        RakutenOrderMessages.error("\(prefix)_ERROR_009", "OrderShippingModelListの項目を指定して下さい。")
                    ])
                ]),
                status: .badRequest
            )
        }
        var errors: [SandboxJSON] = []
        if orders.count > 100 {
            errors.append(RakutenOrderMessages.error("\(prefix)_ERROR_012", "OrderShippingModelListは100件以内で指定して下さい。"))
        }
        var seen = Set<String>()
        for order in orders {
            if let number = order["orderNumber"]?.stringValue, !seen.insert(number).inserted {
                errors.append(
                    RakutenOrderMessages.error("\(prefix)_ERROR_013", "orderNumberが重複しています。", orderNumber: number)
                )
            }
            errors +=
                RakutenShipping.formatErrors(order, prefix: prefix, firstDataNumber: 1, withOrderNumber: true).errors
        }
        guard errors.isEmpty else {
            // HTTP 400 by default; the setting plays the public transcription's HTTP 200 with ERROR rows and no
            // requestId. Either way nothing is accepted.
            let status: HTTPResponse.Status = currentSettings.asyncFormatErrorStatus == 200 ? .ok : .badRequest
            return Self.orderResponse(.fields(["MessageModelList": .array(errors)]), status: status)
        }
        let now = pass.now
        let requestId = "\(UUID().uuidString.lowercased())_\(RakutenDates.compact(now))"
        let delay = currentSettings.asyncShippingDelay
        _ = withShop(pass.shopCode) { shop in
            shop.asyncRequests[requestId] = RakutenAsyncShippingRequest(
                requestId: requestId,
                acceptedAt: now,
                dueAt: now.addingTimeInterval(delay),
                orders: orders,
                results: nil
            )
        }
        return Self.orderResponse(
            .fields([
                "MessageModelList": .array([
                    RakutenOrderMessages.message(
                        "INFO",
                        "\(prefix)_INFO_101",
                        "発送情報の更新を受付けました。",
                        requestId: requestId,
                        includeShippingKeys: true
                    )
                ])
            ])
        )
    }

    /// Results per order once processed; pending and unknown ids both answer the INFO_101 "no result" shape.
    func getResultUpdateOrderShippingAsync(_ pass: GatewayPass) -> Response {
        guard let requestId = pass.body?["requestId"]?.stringValue, !requestId.isEmpty else {
            // The error comes wrapped like a result: `ResultShippingModelList[{MessageModelList:[…]}]`.
            let error = RakutenOrderMessages.error("\(Self.resultPrefix)_ERROR_009", "requestIdの項目を指定して下さい。")
            return Self.orderResponse(
                .fields(["ResultShippingModelList": .array([.fields(["MessageModelList": .array([error])])])]),
                status: .badRequest
            )
        }
        let results = withShop(pass.shopCode) { shop in shop.asyncRequests[requestId]?.results } ?? nil
        if let results {
            return Self.orderResponse(.fields(["ResultShippingModelList": .array(results)]))
        }
        let noResult = RakutenOrderMessages.info(
            "\(Self.resultPrefix)_INFO_101",
            "指定されたリクエストIDの処理結果は存在しませんでした。"
        )
        return Self.orderResponse(
            .fields(["ResultShippingModelList": .array([.fields(["MessageModelList": .array([noResult])])])])
        )
    }
}
