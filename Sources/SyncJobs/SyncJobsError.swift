/// Everything that stops a job (not a single record) from doing its work.
///
/// Each case names the store, file or service it concerns; none carries a secret.
package enum SyncJobsError: Error, CustomStringConvertible, Equatable {
    /// A file or folder in the data or reports directory could not be written or read.
    case fileSystem(operation: String, path: String, reason: String)
    /// No store with this code is registered.
    case unknownStore(code: String)
    /// The store's set-up is incomplete or wrong (exit 1).
    case configuration(store: String, problem: String)
    /// A remote service refused the credentials (exit 1).
    case authentication(store: String, service: String, detail: String)
    /// A remote service could not be reached or kept failing; the next run retries (exit 75).
    case remoteUnavailable(store: String, service: String, detail: String)
    /// The database failed during `operation`; `underlying` is SyncStore's error (or, rarely, an error of no layer).
    case database(operation: String, underlying: DatabaseFailure)
    /// A value given on the command line or in a file is malformed (exit 64).
    case invalidInput(field: String, problem: String)
    /// The request conflicts with what is already set up, e.g. a duplicate store code (exit 1).
    case refused(reason: String)

    package var description: String {
        switch self {
        case let .fileSystem(operation, path, reason):
            "cannot \(operation) \(path): \(reason)"
        case let .unknownStore(code):
            "店舗コード \(code) は登録されていません (no store with code \(code); see `rakuten-sync store list`)"
        case let .configuration(store, problem):
            "店舗 \(store) の設定エラー: \(problem)"
        case let .authentication(store, service, detail):
            "店舗 \(store): \(service) の認証に失敗しました (authentication refused by \(service)): \(detail)"
        case let .remoteUnavailable(store, service, detail):
            "店舗 \(store): \(service) に接続できません、次回の実行で再試行します (\(service) unavailable, retried next run): \(detail)"
        case let .database(operation, underlying):
            "database error during \(operation): \(underlying)"
        case let .invalidInput(field, problem):
            "\(field): \(problem)"
        case let .refused(reason):
            reason
        }
    }

    /// The process exit code this failure maps to (design.md §4: 1 cannot work, 75 try again later).
    package var exitCode: Int32 {
        switch self {
        case .remoteUnavailable: 75
        case .invalidInput: 64
        default: 1
        }
    }
}
