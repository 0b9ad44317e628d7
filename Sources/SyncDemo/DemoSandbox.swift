import CurlTransport
import Dispatch
import Foundation
import Logging
import Sandbox

/// The sandbox running inside the demo process, and a small client for its control API.
package final class DemoSandbox: @unchecked Sendable {
    // @unchecked: `port` is written once by the server task before `ready` is signalled, read after.
    private var port = 0
    private let ready = DispatchSemaphore(value: 0)
    private var task: Task<Void, any Error>?
    private let http = CurlHTTPClient(
        configuration: HTTPClientConfiguration(connectTimeout: .seconds(5), totalTimeout: .seconds(30))
    )

    /// A sandbox that is not started yet (`start()`).
    package init() {}

    /// `http://127.0.0.1:<port>`.
    package var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Starts the sandbox on a free loopback port with its real rate limits, and waits until it listens.
    package func start() throws {
        var logger = Logger(label: "rakuten-sync.demo.sandbox")
        // Critical only: stopping the server at the end of the demo logs a cancelled child channel at error level.
        logger.logLevel = .critical
        let configuration = SandboxConfiguration(
            host: "127.0.0.1",
            port: 0,
            rateLimitsEnabled: true,
            asyncShippingDelay: 1
        )
        task = Task.detached { [self] in
            try await runSandbox(configuration: configuration, logger: logger) { port in
                self.port = port
                self.ready.signal()
            }
        }
        guard ready.wait(timeout: .now() + 30) == .success else {
            throw DemoError("the sandbox did not start within 30 seconds")
        }
    }

    /// Stops the server.
    package func stop() {
        task?.cancel()
    }

    /// Sends a control request and returns the decoded JSON answer; a non-2xx answer is an error.
    @discardableResult
    package func control(_ method: HTTPMethod, _ path: String, _ body: Any? = nil) throws -> Any? {
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]) }
        let response = try http.send(
            HTTPClientRequest(
                method: method,
                url: baseURL + path,
                headers: [HTTPHeader("Content-Type", "application/json")],
                body: data
            )
        )
        guard response.isSuccess else {
            throw DemoError(
                "\(method) \(path) answered \(response.status): \(String(decoding: response.body.prefix(300), as: UTF8.self))"
            )
        }
        return response.body.isEmpty ? nil : try JSONSerialization.jsonObject(with: response.body)
    }
}

/// A demo step that could not be done.
package struct DemoError: Error, CustomStringConvertible {
    package let description: String

    package init(_ description: String) {
        self.description = description
    }
}
