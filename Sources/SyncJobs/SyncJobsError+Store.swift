import SyncStore

extension SyncJobsError {
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
            self = .database(operation: operation, detail: error.description)
        }
    }

    /// Runs a database call and maps its failure to `SyncJobsError`.
    @discardableResult
    package static func store<T>(_ operation: String, _ body: () throws -> T) throws(SyncJobsError) -> T {
        do {
            return try body()
        } catch let error as SyncStoreError {
            throw SyncJobsError(error, operation: operation)
        } catch let error as SyncJobsError {
            throw error
        } catch {
            throw .database(operation: operation, detail: "\(error)")
        }
    }
}
