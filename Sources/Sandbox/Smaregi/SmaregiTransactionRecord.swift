import Foundation

/// A POS 取引 registered through `POST /transactions` (smaregi.md §4.5): the header as an all-string row, the detail
/// lines and other tenders as rows, plus the typed values the list filters need.
struct SmaregiTransactionRecord: Sendable, Equatable {
    var transactionHeadId: Int
    var storeId: Int
    var terminalId: String
    var terminalTranId: String
    var terminalTranDateTime: Date
    /// When the server received it (`transactionDateTime`).
    var transactionDateTime: Date
    var sumDate: String?
    var updDateTime: Date
    /// Header fields in response order (every value a string or `null`).
    var header: SmaregiJSONWriter.Row
    var details: [SmaregiJSONWriter.Row]
    var depositOthers: [SmaregiJSONWriter.Row]

    static func == (lhs: SmaregiTransactionRecord, rhs: SmaregiTransactionRecord) -> Bool {
        lhs.transactionHeadId == rhs.transactionHeadId && lhs.updDateTime == rhs.updDateTime
    }

    /// The response object: the header, `depositOthers`, and `details` when asked for (`with_details=all`).
    func value(withDetails: Bool) -> SmaregiJSONWriter.Value {
        typealias V = SmaregiJSONWriter.Value
        var fields = header.map { ($0.key, $0.value.map(V.string) ?? .null) }
        fields.append(("depositOthers", .array(depositOthers.map(SmaregiJSONWriter.value(of:)))))
        if withDetails { fields.append(("details", .array(details.map(SmaregiJSONWriter.value(of:))))) }
        return .object(fields)
    }

    /// The value of a sort key.
    func sortValue(_ field: String) -> String? {
        header.first { $0.key == field }?.value ?? nil
    }
}
