import CurlTransport
import Foundation
import SyncStore

/// Where the request budgets shared by every process of one installation live: `data/budgets/`, beside the
/// database (design.md §4, docs/architecture.md "Shared request budgets").
enum SharedBudgets {
    /// The budget store of the data directory holding `database`; nil for an in-memory database (tests), whose
    /// clients then pace their own process only.
    static func store(for database: SyncDatabase) -> SharedBudget? {
        guard let path = database.path else { return nil }
        return SharedBudget(directory: (path as NSString).deletingLastPathComponent + "/budgets")
    }
}
