import SyncStore
import Testing

@testable import SyncJobs

/// The job error of a database failure keeps SyncStore's error and says what it always said.
struct SyncJobsErrorTests {
    static let failure = SyncStoreError.databaseFailure(
        operation: "write watermark",
        resultCode: 10,
        message: "disk I/O error"
    )

    @Test func aDatabaseFailureKeepsTheStoreErrorAndItsText() throws {
        let error = try #require(
            throws: SyncJobsError.self,
            performing: { try SyncJobsError.database("write watermark") { () throws -> Void in throw Self.failure } }
        )
        #expect(error == .database(operation: "write watermark", underlying: .syncStore(Self.failure)))
        #expect(
            error.description
                == "database error during write watermark: database failure during write watermark: SQLite error 10: disk I/O error"
        )
        #expect(error.exitCode == 1)
    }

    @Test func storeErrorsWithAMeaningOfTheirOwnAreNotDatabaseFailures() {
        #expect(
            SyncJobsError(database: SyncStoreError.unknownStore(code: "ghost"), operation: "read store")
                == .unknownStore(code: "ghost")
        )
        let job = SyncJobsError.remoteUnavailable(store: "main", service: "Smaregi", detail: "HTTP 503")
        #expect(SyncJobsError(database: job, operation: "read store") == job)
    }

    struct Unforeseen: Error, CustomStringConvertible {
        var description: String { "something else" }
    }

    @Test func anErrorOfNoLayerIsADatabaseErrorWithItsText() {
        let error = SyncJobsError(database: Unforeseen(), operation: "run frame")
        #expect(error == .database(operation: "run frame", underlying: .other("something else")))
        #expect(error.description == "database error during run frame: something else")
    }
}
