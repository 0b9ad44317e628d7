import Foundation
import Logging

/// The tests' one log recorder: keeps every entry a `Logger` from `makeLogger()` writes, so tests can assert on
/// what was logged (a retry, a 429 warning) and on what never is (secrets).
///
/// `@unchecked Sendable`: entries are appended from client and job threads and read by the test, always under
/// `lock`.
package final class LogRecorder: @unchecked Sendable {
    /// One logged entry with the logger's and the call's metadata merged.
    package struct Entry: Sendable {
        /// The level it was logged at.
        package let level: Logger.Level
        /// The message.
        package let message: String
        /// Every metadata value, rendered as text.
        package let metadata: [String: String]

        /// The message followed by its metadata, as one line.
        package var line: String { "\(message) \(metadata)" }
    }

    private let lock = NSLock()
    private var stored: [Entry] = []

    /// A new, empty recorder.
    package init() {}

    /// Everything logged so far, in order.
    package var entries: [Entry] { lock.withLock { stored } }

    /// Every logged message, in order.
    package var messages: [String] { entries.map(\.message) }

    /// Every entry as a line with its metadata, joined by newlines: what a secret must never appear in.
    package var text: String { entries.map(\.line).joined(separator: "\n") }

    /// A logger at `trace` level writing into this recorder.
    package func makeLogger(label: String = "rakuten-sync-tests") -> Logger {
        var logger = Logger(label: label) { _ in RecordingLogHandler(recorder: self) }
        logger.logLevel = .trace
        return logger
    }

    fileprivate func append(_ entry: Entry) { lock.withLock { stored.append(entry) } }
}

/// The `LogHandler` behind `LogRecorder.makeLogger(label:)`.
private struct RecordingLogHandler: LogHandler {
    let recorder: LogRecorder
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        recorder.append(.init(level: event.level, message: "\(event.message)", metadata: merged.mapValues { "\($0)" }))
    }
}
