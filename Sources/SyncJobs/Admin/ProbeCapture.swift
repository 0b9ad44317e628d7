import CurlTransport
import Foundation
import SyncCore

/// Collects the exchanges of `store test --deep` and writes each to its own file in the probe folder: status,
/// headers and body, with the clients' redaction, the store's secrets replaced once more and personal data masked.
package final class ProbeCapture: @unchecked Sendable {
    // @unchecked: `exchanges` is only touched under `lock`.
    private let lock = NSLock()
    private var exchanges: [HTTPExchange] = []
    private let secrets: [String]

    /// A capture that also removes `secrets` (license key, service secret, client secret) from what it writes.
    package init(secrets: [String]) {
        self.secrets = secrets.filter { $0.count >= 4 }
    }

    /// The recorder to hand to the clients.
    package var recorder: HTTPExchangeRecorder {
        { [self] exchange in
            lock.lock()
            exchanges.append(exchange)
            lock.unlock()
        }
    }

    /// Every exchange so far, in order.
    package var all: [HTTPExchange] {
        lock.lock()
        defer { lock.unlock() }
        return exchanges
    }

    /// The last exchange of `endpoint`.
    package func last(_ endpoint: String) -> HTTPExchange? { all.last { $0.endpoint == endpoint } }

    /// Writes one file per exchange into `folder` (created) and returns the file names.
    package func write(to folder: URL) throws -> [String] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var names: [String] = []
        for (index, exchange) in all.enumerated() {
            let slug = exchange.endpoint.map { $0.isLetter || $0.isNumber || $0 == "." ? $0 : "-" }
            let name = String(format: "%02d-", index + 1) + String(slug).prefix(60) + ".txt"
            try Data(render(exchange).utf8).write(to: folder.appendingPathComponent(name))
            names.append(name)
        }
        return names
    }

    private func render(_ exchange: HTTPExchange) -> String {
        var text = "# \(exchange.endpoint)\n\(exchange.method) \(exchange.url)\n"
        for header in exchange.requestHeaders { text += "> \(header.name): \(header.value)\n" }
        if let body = exchange.requestBody, !body.isEmpty {
            text += "\n" + String(decoding: ProbePersonalData.masked(body), as: UTF8.self) + "\n"
        }
        text += "\n"
        if let status = exchange.status { text += "< HTTP \(status)\n" }
        if let error = exchange.error { text += "< error: \(error)\n" }
        for header in exchange.responseHeaders { text += "< \(header.name): \(header.value)\n" }
        text += "\n" + String(decoding: ProbePersonalData.masked(exchange.responseBody), as: UTF8.self) + "\n"
        for secret in secrets { text = text.replacingOccurrences(of: secret, with: "****") }
        return text
    }
}
