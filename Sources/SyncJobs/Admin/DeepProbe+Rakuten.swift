import CurlTransport
import Foundation
import RakutenRMS
import SyncCore
import SyncStore

/// The RMS half of `store test --deep`: license expiry, searchOrder (last hour), getOrder of one found order,
/// inventory bulk-get of a few mapped SKUs, items get of one mapped item.
extension DeepProbe {
    func probeRakuten(
        _ store: StoreRecord,
        mappings: [ProductMappingRecord],
        capture: ProbeCapture,
        into findings: inout ProbeFindings
    ) {
        var client = RemoteClients.rakutenForDeepProbe(
            for: store,
            configuration: Self.quickConfiguration,
            retryPolicy: Self.quickRetry,
            logger: logger
        )
        client.recorder = capture.recorder
        let rakutenIDs = ["A-RMS-02", "A-RMS-09", "A-RMS-10", "A-RMS-20", "A-RMS-24", "A-RMS-26"]

        do throws(RakutenRMSError) {
            let expiry = try client.licenseExpiryDate()
            findings.set(
                "A-RMS-01",
                .unchecked(
                    "the key was accepted (expires \(JSTCalendar.displayString(expiry)) JST); no refusal to read"
                )
            )
        } catch {
            findings.set("A-RMS-01", Self.refusalForm(error, capture.last("license-key.expiry-date")))
            findings.fail("license-key.expiry-date", error, skipping: rakutenIDs)
            return
        }

        // searchOrder, the last hour: pagination filled in, and the Date header against the host clock.
        var firstNumber: String?
        do throws(RakutenRMSError) {
            let end = now
            let request = RMSSearchOrderRequest(
                dateType: .orderDate,
                startDatetime: end.addingTimeInterval(-3600),
                endDatetime: end,
                paginationRequestModel: RMSPaginationRequestModel(requestRecordsAmount: 30, requestPage: 1)
            )
            let response = try client.searchOrder(request)
            firstNumber = response.orderNumberList?.first
            let codes = response.messageModelList?.messageCodes ?? []
            if firstNumber == nil, codes.contains("ORDER_EXT_API_SEARCH_ORDER_INFO_102") {
                // No hit: documented as INFO_102 with an empty list; the pagination fields may then be null.
                findings.set("A-RMS-09", .confirmed("no order in the last hour: INFO_102, orderNumberList []"))
            } else if let page = response.paginationResponseModel, page.totalRecordsAmount != nil {
                findings.set(
                    "A-RMS-09",
                    .confirmed(
                        "PaginationResponseModel totalRecordsAmount \(page.totalRecordsAmount ?? 0), totalPages "
                            + "\(page.totalPages.map(String.init) ?? "null"), requestPage \(page.requestPage.map(String.init) ?? "null")"
                    )
                )
            } else {
                findings.set(
                    "A-RMS-09",
                    .mismatch(field: "PaginationResponseModel.totalRecordsAmount", expected: "a number", actual: "null")
                )
            }
            findings.set("A-RMS-02", Self.clockVerdict(capture.last("searchOrder"), offset: client.serverClock.offset))
        } catch {
            findings.fail("searchOrder", error, skipping: ["A-RMS-02", "A-RMS-09", "A-RMS-10"])
        }

        if let number = firstNumber {
            do {
                let response = try client.getOrder(RMSGetOrderRequest(orderNumberList: [number]))
                let codes = response.messageModelList?.messageCodes ?? []
                if codes.contains("ORDER_EXT_API_GET_ORDER_INFO_101"), response.orders.count == 1 {
                    findings.set(
                        "A-RMS-10",
                        .confirmed(
                            "INFO_101 and 1 order decoded (version \(response.version.map(String.init) ?? "null"))"
                        )
                    )
                } else {
                    findings.set(
                        "A-RMS-10",
                        .mismatch(
                            field: "MessageModelList / OrderModelList",
                            expected: "ORDER_EXT_API_GET_ORDER_INFO_101 and 1 order",
                            actual: "\(codes.joined(separator: ",")) and \(response.orders.count) order(s)"
                        )
                    )
                }
            } catch {
                findings.fail("getOrder", error, skipping: ["A-RMS-10"])
            }
        } else if findings.skipped["A-RMS-10"] == nil {
            findings.skipped["A-RMS-10"] = "no order in the last hour to read with getOrder"
        }

        let keys = mappings.filter { !$0.key.isLegacy }.prefix(5).map {
            RMSInventoryKey(manageNumber: $0.key.manageNumber, variantId: $0.key.variantId)
        }
        if keys.isEmpty {
            for id in ["A-RMS-20", "A-RMS-24", "A-RMS-26"] { findings.skipped[id] = "no mapped SKU to read" }
            return
        }
        do {
            let found = try client.inventories(for: Array(keys))
            findings.set("A-RMS-20", .confirmed("inventories 2.0 bulk-get answered"))
            findings.set(
                "A-RMS-24",
                .confirmed(
                    "\(found.count) row(s) for \(keys.count) mapped SKU(s) decoded; unknown pairs were not asked"
                )
            )
        } catch {
            findings.fail("inventories.bulk.get", error, skipping: ["A-RMS-20", "A-RMS-24"])
        }
        do {
            if let item = try client.item(manageNumber: keys[0].manageNumber) {
                findings.set("A-RMS-26", .confirmed("items.get \(item.manageNumber) decoded, no field failed the item"))
            } else {
                findings.skipped["A-RMS-26"] = "items.get \(keys[0].manageNumber): 404, the mapped item is not in RMS"
            }
        } catch {
            findings.fail("items.get", error, skipping: ["A-RMS-26"])
        }
    }

    /// The 401 body form of a refused key: `Results.errorCode` (the sandbox's and vendor FAQs' form) is what we
    /// expect; `errors[].code` (the assumed 2.x envelope for GA0001) or anything else is reported as seen.
    static func refusalForm(_ error: RakutenRMSError, _ exchange: HTTPExchange?) -> ProbeVerdict {
        guard error.isAuthenticationFailure, let exchange, let status = exchange.status else {
            return .unchecked("no refusal answer to read (\(error))")
        }
        let object = (try? JSONSerialization.jsonObject(with: exchange.responseBody)) as? [String: Any]
        let results = (object?["Results"] as? [String: Any])?["errorCode"] as? String
        let errors = ((object?["errors"] as? [[String: Any]])?.first?["code"]) as? String
        let expected = #"401 {"Results":{"errorCode":"ES01-01"}}"#
        if status == 401, let results {
            return .confirmed("HTTP \(status) Results.errorCode \(results); read as authentication refused")
        }
        let actual =
            errors.map { "HTTP \(status) errors[0].code \($0)" }
            ?? "HTTP \(status) \(exchange.responseBody.count)-byte body"
        return .mismatch(
            field: "401 body form",
            expected: expected,
            actual: actual + " (read as authentication refused)"
        )
    }

    /// The `Date` header of an order-API answer: present, and within 60 s of the host clock.
    static func clockVerdict(_ exchange: HTTPExchange?, offset: TimeInterval?) -> ProbeVerdict {
        guard let header = exchange?.responseHeaders.first(where: { $0.hasName("Date") })?.value else {
            return .mismatch(field: "Date header", expected: "present", actual: "absent")
        }
        guard let offset else {
            return .mismatch(field: "Date header", expected: "RFC 9110 IMF-fixdate", actual: header)
        }
        let seconds = Int(offset.rounded())
        guard abs(offset) <= 60 else {
            return .mismatch(
                field: "Date − host clock",
                expected: "within 60 s",
                actual: "\(seconds) s (Rakuten \(header); fix the host clock, the jobs warn HOST_CLOCK_SKEW)"
            )
        }
        return .confirmed("Date \(header), host clock \(seconds) s off")
    }
}
