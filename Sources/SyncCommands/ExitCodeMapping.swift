import ArgumentParser
import Foundation
import SyncJobs

/// Runs a command body and turns a `SyncJobsError` into its message on standard error and the exit
/// code of design.md §4 (64 bad input, 1 cannot work, 75 try again later). ArgumentParser alone would
/// exit 1 for every error.
package func mappingExitCodes<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as SyncJobsError {
        FileHandle.standardError.write(Data("Error: \(error)\n".utf8))
        throw ExitCode(error.exitCode)
    }
}
