import ArgumentParser
import Logging
import SyncJobs

/// Options every rakuten-sync executable takes: where the data lives and how much to log.
package struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("data-dir"),
        help: ArgumentHelp(
            "データディレクトリ / data directory (default: $RAKUTEN_SYNC_HOME, else ./data).",
            valueName: "path"
        )
    )
    package var dataDir: String?

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical.")
    package var logLevel: Logger.Level = .notice

    package init() {}

    /// The resolved data and reports directories.
    package var directory: DataDirectory { DataDirectory(option: dataDir) }

    /// Sends log lines to standard error (standard output is for summaries) at the chosen level; HTTP retries are
    /// counted for the run's summary line and printed one by one only at `info` and below.
    package func bootstrapLogging() {
        let level = logLevel
        LoggingSystem.bootstrap { label in RetryCountingLogHandler(label: label, level: level) }
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
