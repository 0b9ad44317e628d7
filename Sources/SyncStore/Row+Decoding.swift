import Foundation
import GRDB

/// Typed, throwing column reads shared by the repositories.
///
/// They throw `SyncStoreError.invalidStoredValue` instead of trapping on a NULL or a malformed value, and
/// they never echo secret columns (only dates, JSON lists and statuses are shown in errors).
extension Row {
    func string(_ column: String) throws -> String {
        try decode(String.self, forColumn: column)
    }

    func optionalString(_ column: String) throws -> String? {
        try decode(String?.self, forColumn: column)
    }

    func int(_ column: String) throws -> Int {
        try decode(Int.self, forColumn: column)
    }

    func int64(_ column: String) throws -> Int64 {
        try decode(Int64.self, forColumn: column)
    }

    func bool(_ column: String) throws -> Bool {
        try decode(Int.self, forColumn: column) != 0
    }

    func date(_ column: String, table: String) throws -> Date {
        let text = try string(column)
        guard let date = StoredDate.date(text) else {
            throw SyncStoreError.invalidStoredValue(table: table, column: column, value: text)
        }
        return date
    }

    func optionalDate(_ column: String, table: String) throws -> Date? {
        guard let text = try optionalString(column) else {
            return nil
        }
        guard let date = StoredDate.date(text) else {
            throw SyncStoreError.invalidStoredValue(table: table, column: column, value: text)
        }
        return date
    }
}
