import SyncStore

extension SyncJobsError {
    /// What failed under a `database` error.
    package enum DatabaseFailure: Equatable, Sendable, CustomStringConvertible {
        /// SyncStore's own error: SQLite's message, a stored value this version cannot read, a file it cannot open.
        case syncStore(SyncStoreError)
        /// An error of no layer of the project (neither SyncStore's nor a job's) that escaped a database call or a
        /// job body; its text.
        case other(String)

        /// `error` as the failure: SyncStore's own error, else its text.
        package init(_ error: any Error) {
            self = (error as? SyncStoreError).map(Self.syncStore) ?? .other("\(error)")
        }

        package var description: String {
            switch self {
            case .syncStore(let error): error.description
            case .other(let text): text
            }
        }
    }

    /// Translates a database-layer error into the job-layer error the CLI and jobs report.
    package init(_ error: SyncStoreError, operation: String) {
        switch error {
        case .unknownStore(let code):
            self = .unknownStore(code: code)
        case .duplicateStoreCode(let code):
            self = .refused(reason: "店舗コード \(code) は既に登録されています (store code \(code) is already registered)")
        case .incompatibleSnapshot(let reason):
            self = .refused(
                reason: "店舗データを取り込めません (\(error.description)); \(reason.isEmpty ? "" : "see docs/scaling.md")"
            )
        default:
            self = .database(operation: operation, underlying: .syncStore(error))
        }
    }

    /// The job error for anything `operation` threw: a `SyncJobsError` as it is, a `SyncStoreError` translated
    /// (`init(_:operation:)`), anything else a `database` error with its text.
    package init(database error: any Error, operation: String) {
        switch error {
        case let error as SyncJobsError: self = error
        case let error as SyncStoreError: self.init(error, operation: operation)
        default: self = .database(operation: operation, underlying: .other("\(error)"))
        }
    }

    /// Runs a database call and maps its failure to `SyncJobsError` (`init(database:operation:)`).
    @discardableResult
    package static func database<T>(_ operation: String, _ body: () throws -> T) throws(SyncJobsError) -> T {
        do {
            return try body()
        } catch {
            throw SyncJobsError(database: error, operation: operation)
        }
    }
}
