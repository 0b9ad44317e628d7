import GRDB

/// Everything that can go wrong in SyncStore; descriptions never carry secrets or row contents.
package enum SyncStoreError: Error, CustomStringConvertible, Equatable {
    /// `StoreRepository.add` was given a store code that already exists.
    case duplicateStoreCode(code: String)
    /// No store has this code.
    case unknownStore(code: String)
    /// No run has this id.
    case unknownRun(id: Int64)
    /// The database file or its folder could not be created or secured.
    case fileAccess(path: String, operation: String, errno: Int32)
    /// SQLite or GRDB failed while doing `operation`; `message` is SQLite's text (no bound values).
    case databaseFailure(operation: String, resultCode: Int32?, message: String)
    /// A column held a value this version cannot read (a hand-edited row, or a newer schema).
    case invalidStoredValue(table: String, column: String, value: String)
    /// A store export cannot be imported into this database (another format, a newer schema, a foreign row).
    case incompatibleSnapshot(reason: String)

    /// A one-line English description for logs and the CLI.
    package var description: String {
        switch self {
        case .duplicateStoreCode(let code):
            "store code '\(code)' already exists"
        case .unknownStore(let code):
            "unknown store code '\(code)'"
        case .unknownRun(let id):
            "unknown run id \(id)"
        case .fileAccess(let path, let operation, let errno):
            "cannot \(operation) '\(path)' (errno \(errno))"
        case .databaseFailure(let operation, let resultCode, let message):
            if let resultCode {
                "database failure during \(operation): SQLite error \(resultCode): \(message)"
            } else {
                "database failure during \(operation): \(message)"
            }
        case .invalidStoredValue(let table, let column, let value):
            "invalid value '\(value)' in \(table).\(column)"
        case .incompatibleSnapshot(let reason):
            "the store export cannot be imported: \(reason)"
        }
    }

    /// Maps any error thrown inside a database access to a `SyncStoreError`.
    ///
    /// Only SQLite's own message is kept: GRDB's row-decoding errors print whole rows, which may hold
    /// service secrets and license keys, so for those only the error's type name is reported.
    static func wrap(_ error: any Error, operation: String) -> SyncStoreError {
        switch error {
        case let error as SyncStoreError:
            return error
        case let error as DatabaseError:
            return .databaseFailure(
                operation: operation,
                resultCode: error.resultCode.rawValue,
                message: error.message ?? "no message"
            )
        default:
            return .databaseFailure(operation: operation, resultCode: nil, message: String(describing: type(of: error)))
        }
    }
}
