import Foundation

/// items.search answer (rakuten-rms.md §5): `{numFound, offset, nextCursorMark?, results:[{item, …}]}`, decoded
/// leniently (null or unknown fields are ignored; a deleted item comes back with `manageNumber` only).
package struct RMSItemsSearchResponse: Decodable, Sendable, Equatable {
    /// One search hit: the item, with `category`, `review` and `inventory` left out (the sync does not use them).
    package struct Result: Decodable, Sendable, Equatable {
        /// The item, `nil` when the hit carries none or one that cannot be read.
        package var item: RMSItem?

        enum CodingKeys: String, CodingKey {
            case item
        }

        /// Decodes leniently.
        package init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            item = container.lenient(RMSItem.self, forKey: .item)
        }
    }

    /// Items matching the query, over every page.
    package var numFound: Int?
    /// The offset of this page.
    package var offset: Int?
    /// The mark of the next page, when the request sent `cursorMark`; the same mark again means there is no more.
    package var nextCursorMark: String?
    /// The hits of this page.
    package var results: [Result]?

    enum CodingKeys: String, CodingKey {
        case numFound, offset, nextCursorMark, results
    }

    /// Decodes leniently: a field of an unexpected type becomes `nil`.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        numFound = container.lenient(Int.self, forKey: .numFound)
        offset = container.lenient(Int.self, forKey: .offset)
        nextCursorMark = container.lenient(String.self, forKey: .nextCursorMark)
        results = container.lenient([Result?].self, forKey: .results)?.compactMap { $0 }
    }
}
