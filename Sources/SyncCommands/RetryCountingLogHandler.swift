import Logging
import SyncJobs

/// Standard error logging that counts HTTP retries into `RetryTally` and, above `info`, does not print each one:
/// the run's cron.log line says `retries=3 429s=1` instead (issue #11 §4; the 429s are counted by `RateLimitTally`).
/// Timestamps are local time, which is JST under the crontab's `TZ=Asia/Tokyo`.
struct RetryCountingLogHandler: LogHandler {
    /// The message CurlTransport logs before each retry.
    static let retryMessage = "retrying HTTP request"

    private var stream: StreamLogHandler

    init(label: String, level: Logger.Level) {
        stream = StreamLogHandler.standardError(label: label)
        stream.logLevel = level
    }

    var logLevel: Logger.Level {
        get { stream.logLevel }
        set { stream.logLevel = newValue }
    }

    var metadata: Logger.Metadata {
        get { stream.metadata }
        set { stream.metadata = newValue }
    }

    var metadataProvider: Logger.MetadataProvider? {
        get { stream.metadataProvider }
        set { stream.metadataProvider = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { stream[metadataKey: key] }
        set { stream[metadataKey: key] = newValue }
    }

    func log(event: LogEvent) {
        if event.message.description == Self.retryMessage {
            RetryTally.shared.record(store: (event.metadata?["store"] ?? stream.metadata["store"]).map { "\($0)" })
            guard stream.logLevel <= .info else { return }
        }
        stream.log(event: event)
    }
}
