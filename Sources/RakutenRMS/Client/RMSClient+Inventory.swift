import CurlTransport
import Foundation

extension RMSClient {
    /// The InventoryAPI base path; 2.0, because 2.1's upserts wipe lead times that are not sent (rakuten-rms.md §4.1).
    static let inventoryBasePath = "/es/2.0/inventories"

    /// inventories.variants.get: one SKU's stock, `nil` when RMS answers 404 (GE0014) (rakuten-rms.md §4.1).
    package func inventory(manageNumber: String, variantId: String) throws(RakutenRMSError) -> RMSInventory? {
        let path =
            Self.inventoryBasePath + "/manage-numbers/\(Self.percentEncoded(manageNumber))"
            + "/variants/\(Self.percentEncoded(variantId))"
        let call = RMSCall(
            endpoint: "inventories.variants.get",
            family: .inventoryOrItems,
            method: .get,
            path: path,
            pacerKey: PacerKey.inventoryVariant,
            isIdempotent: true
        )
        do {
            return try perform(call, decoding: RMSInventory.self)
        } catch {
            if case .api(_, 404, _) = error { return nil }
            throw error
        }
    }

    /// inventories.bulk.get for 1…1000 keys (rakuten-rms.md §4.1); unknown keys are left out of the response.
    package func bulkGetInventories(_ request: RMSInventoryBulkGetRequest) throws(RakutenRMSError)
        -> RMSInventoryBulkGetResponse
    {
        let endpoint = "inventories.bulk.get"
        guard (1...RMSInventoryBulkGetRequest.maximumKeys).contains(request.inventories.count) else {
            throw .invalidRequest(endpoint: endpoint, reason: "inventories must hold 1…1000 keys")
        }
        let call = RMSCall(
            endpoint: endpoint,
            family: .inventoryOrItems,
            method: .post,
            path: Self.inventoryBasePath + "/bulk-get",
            body: try encodeBody(request, endpoint: endpoint),
            pacerKey: PacerKey.inventoryBulkGet,
            isIdempotent: true
        )
        return try perform(call, decoding: RMSInventoryBulkGetResponse.self)
    }

    /// inventories.bulk.get for any number of keys: repeats removed, calls of 1000, rows concatenated.
    package func inventories(for keys: [RMSInventoryKey]) throws(RakutenRMSError) -> [RMSInventory] {
        var rows: [RMSInventory] = []
        for request in RMSInventoryBulkGetRequest.chunked(keys) {
            rows += try bulkGetInventories(request).inventories ?? []
        }
        return rows
    }

    /// inventories.bulk.upsert for 1…400 entries; RMS answers 204 with an empty body (rakuten-rms.md §4.1). A 400 is
    /// thrown as `.api` whose entries point at the bad items (`RMSAPIErrorEntry.itemIndex`). RELATIVE entries make
    /// the call non-idempotent, so it is then retried only on 429/503.
    ///
    /// Only that documented success is an acceptance: any other 2xx (a 200 with a broken JSON body, a proxy's
    /// HTML page) is thrown as `.decoding`, so the caller records nothing and sends the quantities again later.
    package func bulkUpsertInventories(_ request: RMSInventoryBulkUpsertRequest) throws(RakutenRMSError) {
        let endpoint = "inventories.bulk.upsert"
        guard (1...RMSInventoryBulkUpsertRequest.maximumEntries).contains(request.inventories.count) else {
            throw .invalidRequest(endpoint: endpoint, reason: "inventories must hold 1…400 entries")
        }
        let call = RMSCall(
            endpoint: endpoint,
            family: .inventoryOrItems,
            method: .post,
            path: Self.inventoryBasePath + "/bulk-upsert",
            body: try encodeBody(request, endpoint: endpoint),
            pacerKey: PacerKey.inventoryUpsert,
            isIdempotent: request.inventories.allSatisfy { $0.mode == .absolute }
        )
        let response = try perform(call)
        let body = String(decoding: response.body, as: UTF8.self)
        guard response.status == 204, body.allSatisfy(\.isWhitespace) else {
            let excerpt = redact(String(body.prefix(200)))
            throw .decoding(
                endpoint: endpoint,
                httpStatus: response.status,
                detail: "not the documented 204 with an empty body (\(response.body.count) bytes: \(excerpt)); "
                    + "the quantities are not taken as applied"
            )
        }
    }
}
