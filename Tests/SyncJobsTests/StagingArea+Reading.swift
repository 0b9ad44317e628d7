import Foundation
import SyncJobs

extension StagingArea {
    /// Reads a staged file back from disk as its lines, or `nil` when it was never written. Nothing in the product
    /// reads staging back (a resumed run works from the ledgers), so the reader lives with the tests.
    func readLines(_ name: String) -> [Data]? {
        guard let data = FileManager.default.contents(atPath: "\(path)/\(name)") else { return nil }
        return data.split(separator: 0x0A, omittingEmptySubsequences: true).map { Data($0) }
    }
}
