import Algorithms
import Foundation

/// `items.bulk.get` request body, `POST /es/2.0/items/bulk-get`: 1…50 manage numbers (rakuten-rms.md §5).
package struct RMSItemsBulkGetRequest: Encodable, Sendable, Equatable {
    /// The most manage numbers one call accepts.
    package static let maximumManageNumbers = 50

    /// 商品管理番号 list (no duplicates: IE1106).
    package var manageNumbers: [String]

    enum CodingKeys: String, CodingKey {
        case manageNumbers
    }

    /// A bulk read of `manageNumbers`.
    package init(manageNumbers: [String]) {
        self.manageNumbers = manageNumbers
    }

    /// Splits `manageNumbers` into requests of at most 50, dropping repeats (compared lower-cased, as RMS does).
    package static func chunked(_ manageNumbers: [String]) -> [RMSItemsBulkGetRequest] {
        var seen = Set<String>()
        let unique = manageNumbers.filter { seen.insert($0.lowercased()).inserted }
        return unique.chunks(ofCount: maximumManageNumbers).map { RMSItemsBulkGetRequest(manageNumbers: Array($0)) }
    }
}
