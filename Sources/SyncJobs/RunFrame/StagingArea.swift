import Foundation

/// The staging folder of one run: `data/staging/<job>/<store>/<run-id>/` (design.md §4.3–4.4).
///
/// Files are written atomically, so after a crash a staging file is either whole or absent, and the
/// next run can resume from what the interrupted run staged. A job that stages as it goes (the orders job reads
/// getOrder chunks while loading earlier ones) appends instead: every line appended before a crash is whole, and
/// only the last one can be cut short, which readers skip.
package struct StagingArea: Sendable, Equatable {
    /// The folder of this run.
    package let path: String

    /// The staging folder for a job, store and run.
    package init(root: String, job: JobName, store: String, runID: Int64) {
        path = "\(root)/\(job.rawValue)/\(store)/\(runID)"
    }

    /// Writes one JSON value per line (`extracted.jsonl`, `transformed.jsonl`) atomically.
    package func writeLines(_ lines: [Data], to name: String) throws(SyncJobsError) {
        try AtomicFile.write(Self.joined(lines), to: "\(path)/\(name)", mode: 0o600)
    }

    /// Appends one JSON value per line to `name` (created when missing), fsync'd before returning.
    package func appendLines(_ lines: [Data], to name: String) throws(SyncJobsError) {
        try AtomicFile.append(Self.joined(lines), to: "\(path)/\(name)", mode: 0o600)
    }

    /// One staging line: `value` as JSON. A value that cannot be encoded stops the run (a staging file with lines
    /// silently missing would make a resumed run lose or redo work).
    package func line<Value: Encodable>(_ value: Value, for name: String, encoder: JSONEncoder) throws(SyncJobsError)
        -> Data
    {
        do {
            return try encoder.encode(value)
        } catch {
            throw .fileSystem(operation: "encode a line of", path: "\(path)/\(name)", reason: "\(error)")
        }
    }

    /// The lines, each followed by a newline.
    private static func joined(_ lines: [Data]) -> Data {
        var data = Data()
        data.reserveCapacity(lines.reduce(0) { $0 + $1.count + 1 })
        for line in lines {
            data.append(line)
            data.append(0x0A)
        }
        return data
    }
}
