import CurlTransport
import Foundation

extension RMSClient {
    /// The most hits items.search returns per page (rakuten-rms.md §5).
    package static let itemSearchMaximumHits = 100

    /// items.search, one page by `cursorMark` (`*` for the first page; rakuten-rms.md §5). No filter and no sort:
    /// `cursorMark` cannot be combined with `sortKey` / `sortOrder`. Paced by the items budget (`PacerKey.items`).
    package func searchItems(cursorMark: String, hits: Int = RMSClient.itemSearchMaximumHits)
        throws(RakutenRMSError) -> RMSItemsSearchResponse
    {
        let endpoint = "items.search"
        guard (1...Self.itemSearchMaximumHits).contains(hits) else {
            throw .invalidRequest(endpoint: endpoint, reason: "hits must be 1…100")
        }
        let call = RMSCall(
            endpoint: endpoint,
            family: .inventoryOrItems,
            method: .get,
            path: "/es/2.0/items/search",
            query: [(name: "hits", value: String(hits)), (name: "cursorMark", value: cursorMark)],
            pacerKey: PacerKey.items,
            isIdempotent: true
        )
        return try perform(call, decoding: RMSItemsSearchResponse.self)
    }

    /// Every item of the shop through items.search with `cursorMark`, 100 per page, until the answer repeats the
    /// mark it was sent (or a page comes back empty). Deleted items (`manageNumber` only) are kept; the caller
    /// sees them without variants. `progress` gets the items read so far and `numFound` after every page.
    package func allItems(progress: (_ read: Int, _ found: Int?) -> Void = { _, _ in }) throws(RakutenRMSError)
        -> [RMSItem]
    {
        var items: [RMSItem] = []
        var mark = "*"
        while true {
            let page = try searchItems(cursorMark: mark)
            let results = page.results ?? []
            items += results.compactMap(\.item)
            progress(items.count, page.numFound)
            guard let next = page.nextCursorMark, next != mark, !results.isEmpty else { break }
            mark = next
        }
        return items
    }
}
