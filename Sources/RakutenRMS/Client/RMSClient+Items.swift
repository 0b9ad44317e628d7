import CurlTransport
import Foundation

extension RMSClient {
    /// items.get: one item, `nil` when RMS answers 404 (`GE0014 No item found`) (rakuten-rms.md §5).
    package func item(manageNumber: String) throws(RakutenRMSError) -> RMSItem? {
        let call = RMSCall(
            endpoint: "items.get",
            family: .inventoryOrItems,
            method: .get,
            path: "/es/2.0/items/manage-numbers/\(Self.percentEncoded(manageNumber))",
            pacerKey: PacerKey.items,
            isIdempotent: true
        )
        do {
            return try perform(call, decoding: RMSItem.self)
        } catch {
            if case .api(_, 404, _) = error { return nil }
            throw error
        }
    }

    /// items.bulk.get for 1…50 manage numbers (rakuten-rms.md §5); unknown numbers are left out of `results`.
    package func bulkGetItems(_ request: RMSItemsBulkGetRequest) throws(RakutenRMSError) -> RMSItemsBulkGetResponse {
        let endpoint = "items.bulk.get"
        guard (1...RMSItemsBulkGetRequest.maximumManageNumbers).contains(request.manageNumbers.count) else {
            throw .invalidRequest(endpoint: endpoint, reason: "manageNumbers must hold 1…50 entries")
        }
        let call = RMSCall(
            endpoint: endpoint,
            family: .inventoryOrItems,
            method: .post,
            path: "/es/2.0/items/bulk-get",
            body: try encodeBody(request, endpoint: endpoint),
            pacerKey: PacerKey.items,
            isIdempotent: true
        )
        return try perform(call, decoding: RMSItemsBulkGetResponse.self)
    }

    /// items.bulk.get for any number of manage numbers: repeats removed, calls of 50, items concatenated.
    package func items(manageNumbers: [String]) throws(RakutenRMSError) -> [RMSItem] {
        var items: [RMSItem] = []
        for request in RMSItemsBulkGetRequest.chunked(manageNumbers) {
            items += try bulkGetItems(request).results ?? []
        }
        return items
    }
}
