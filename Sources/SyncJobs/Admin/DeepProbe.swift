import CurlTransport
import Foundation
import Logging
import RakutenRMS
import SmaregiAPI
import SyncCore
import SyncStore

/// `store test STORE --deep`: calls every endpoint the jobs read with the smallest harmless request, checks the
/// answers against what the clients decode, reports each documented assumption (`docs/api-assumptions*.md`) by id,
/// and writes the raw answers, secrets removed and personal data masked, to `data/probe/<JST time>/`.
/// Read-only: it never upserts, confirms, ships nor creates a 受注.
package struct DeepProbe {
    /// What the probe found.
    package struct Result: Sendable, Equatable {
        /// One line per assumption, in the docs' order.
        package var lines: [String]
        /// Calls that failed, `endpoint: error`.
        package var failures: [String]
        /// Whether any assumption was 不一致.
        package var hasMismatch: Bool
        /// The folder holding the raw answers.
        package var folder: String
        /// The files written there.
        package var files: [String]
        /// Exit 1 when anything did not match or a call failed.
        package var isOK: Bool { failures.isEmpty && !hasMismatch }
    }

    let database: SyncDatabase
    let dataDirectory: String
    let logger: Logger
    let now: Date

    /// A probe that writes its capture under `dataDirectory/probe/`.
    package init(database: SyncDatabase, dataDirectory: String, logger: Logger, now: Date) {
        self.database = database
        self.dataDirectory = dataDirectory
        self.logger = logger
        self.now = now
    }

    /// Probes both services for the store with `code`.
    package func run(storeCode code: String) throws(SyncJobsError) -> Result {
        let store = try SyncJobsError.database("read store") { try StoreRepository(database: database).get(code: code) }
        let mappings = try SyncJobsError.database("read mappings") {
            try ProductMappingRepository(database: database).list(store: code)
        }
        let capture = ProbeCapture(secrets: [store.licenseKey, store.serviceSecret, store.smaregiClientSecret])
        var findings = ProbeFindings()
        probeRakuten(store, mappings: mappings, capture: capture, into: &findings)
        probeSmaregi(store, capture: capture, into: &findings)

        let folder = URL(fileURLWithPath: dataDirectory).appendingPathComponent("probe")
            .appendingPathComponent(Self.folderName(now))
        let files: [String]
        do {
            files = try capture.write(to: folder)
        } catch {
            throw .refused(reason: "プローブ結果を書けません (cannot write the probe folder \(folder.path)): \(error)")
        }
        let lines = ProbeAssumption.catalogue.map { assumption in
            let verdict =
                findings.verdicts[assumption.id]
                ?? .unchecked(assumption.uncheckedReason ?? findings.skipped[assumption.id] ?? "the call did not run")
            return verdict.line(id: assumption.id, title: assumption.title)
        }
        return Result(
            lines: lines,
            failures: findings.failures,
            hasMismatch: findings.verdicts.values.contains { $0.isMismatch },
            folder: folder.path,
            files: files
        )
    }

    static func folderName(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = JSTCalendar.timeZone
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: date)
    }

    static var quickRetry: RetryPolicy { RetryPolicy(maxAttempts: 2, deadline: .seconds(20)) }
    static var quickConfiguration: HTTPClientConfiguration {
        HTTPClientConfiguration(connectTimeout: .seconds(5), totalTimeout: .seconds(20))
    }
}

/// The verdicts gathered so far, the calls that failed, and why checks did not run.
struct ProbeFindings {
    var verdicts: [String: ProbeVerdict] = [:]
    var failures: [String] = []
    var skipped: [String: String] = [:]

    mutating func set(_ id: String, _ verdict: ProbeVerdict) { verdicts[id] = verdict }

    mutating func fail(_ endpoint: String, _ error: any Error, skipping ids: [String] = []) {
        failures.append("\(endpoint): \(error)")
        for id in ids where verdicts[id] == nil { skipped[id] = "\(endpoint) failed" }
    }
}
