import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Sandbox

/// One HTTP answer from the sandbox, for assertions.
package struct SandboxReply: Sendable {
    /// HTTP status code.
    package var status: Int
    /// Response headers.
    package var headers: HTTPFields
    /// Raw body bytes.
    package var body: Data

    /// Wraps an answer received by any client.
    package init(status: Int, headers: HTTPFields, body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The body parsed with `JSONSerialization` (fragments allowed); `nil` when empty or not JSON.
    package var json: Any? {
        body.isEmpty ? nil : try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])
    }

    /// The body as a JSON object, or an empty dictionary.
    package var object: [String: Any] { json as? [String: Any] ?? [:] }

    /// The body as UTF-8 text.
    package var text: String { String(decoding: body, as: UTF8.self) }
}

/// Default credentials of the sandbox, as documented in docs/sandbox.md.
package enum SandboxCredentials {
    /// `Authorization` value for the default Rakuten shop (`SP_SANDBOX_SECRET:SL_SANDBOX_LICENSE`).
    package static var rakutenAuthorization: String {
        esa(serviceSecret: "SP_SANDBOX_SECRET", licenseKey: "SL_SANDBOX_LICENSE")
    }

    /// `ESA base64(serviceSecret:licenseKey)`.
    package static func esa(serviceSecret: String, licenseKey: String) -> String {
        "ESA " + Data("\(serviceSecret):\(licenseKey)".utf8).base64EncodedString()
    }
}

/// A sandbox running in-process on a free loopback port (real sockets), for live and cross-target tests.
///
/// ```swift
/// try await withSandboxServer { sandbox in
///     let reply = try await sandbox.control(.post, "/_sandbox/rakuten/shops/sandbox-shop/items", json: "{...}")
///     // point a client at sandbox.baseURL
/// }
/// ```
package final class SandboxServer: Sendable {
    /// Bound port.
    package let port: Int
    /// `http://127.0.0.1:<port>`.
    package var baseURL: String { "http://127.0.0.1:\(port)" }
    private let task: Task<Void, any Error>

    private init(port: Int, task: Task<Void, any Error>) {
        self.port = port
        self.task = task
    }

    /// Starts the sandbox on 127.0.0.1 and a free port (the configuration's host and port are ignored).
    package static func start(
        _ configuration: SandboxConfiguration = SandboxConfiguration(rateLimitsEnabled: false)
    ) async throws -> SandboxServer {
        var configuration = configuration
        configuration.host = "127.0.0.1"
        configuration.port = 0
        let (stream, continuation) = AsyncStream.makeStream(of: Int.self)
        var logger = Logger(label: "rakuten-sync.sandbox.test")
        logger.logLevel = .critical
        let runConfiguration = configuration
        let task = Task {
            do {
                try await runSandbox(configuration: runConfiguration, logger: logger) { port in
                    continuation.yield(port)
                    continuation.finish()
                }
            } catch {
                continuation.finish()
                throw error
            }
        }
        var iterator = stream.makeAsyncIterator()
        guard let port = await iterator.next() else {
            try await task.value
            throw SandboxError.invalidSeed(side: "harness", reason: "the sandbox stopped before listening")
        }
        return SandboxServer(port: port, task: task)
    }

    /// Shuts the server down gracefully and waits for it.
    package func stop() async {
        task.cancel()
        _ = try? await task.value
    }

    /// Sends one request over a fresh connection.
    package func send(
        _ method: HTTPRequest.Method,
        _ path: String,
        headers: HTTPFields = [:],
        body: Data? = nil
    ) async throws -> SandboxReply {
        try await TestClient.withClient(host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(30))) {
            client in
            let response = try await client.execute(
                TestClient.Request(path, method: method, headers: headers, body: body.map { ByteBuffer(bytes: $0) })
            )
            return SandboxReply(
                status: Int(response.status.code),
                headers: response.headers,
                body: response.body.map { Data($0.readableBytesView) } ?? Data()
            )
        }
    }

    /// Calls the control API with a JSON body.
    package func control(_ method: HTTPRequest.Method, _ path: String, json: String? = nil) async throws -> SandboxReply
    {
        var headers = HTTPFields()
        if json != nil { headers[.contentType] = "application/json" }
        return try await send(method, path, headers: headers, body: json.map { Data($0.utf8) })
    }

    /// Calls a Rakuten API with the default shop's ESA header (order API media type with charset).
    package func rakuten(_ method: HTTPRequest.Method, _ path: String, json: String? = nil) async throws -> SandboxReply
    {
        var headers = HTTPFields()
        headers[.authorization] = SandboxCredentials.rakutenAuthorization
        if json != nil { headers[.contentType] = "application/json; charset=utf-8" }
        return try await send(method, path, headers: headers, body: json.map { Data($0.utf8) })
    }

    /// `POST /_sandbox/reset`.
    package func reset() async throws { _ = try await control(.post, "/_sandbox/reset") }
}

/// Runs `body` against a fresh live sandbox and always stops it afterwards.
package func withSandboxServer<T: Sendable>(
    _ configuration: SandboxConfiguration = SandboxConfiguration(rateLimitsEnabled: false),
    _ body: (SandboxServer) async throws -> T
) async throws -> T {
    let server = try await SandboxServer.start(configuration)
    do {
        let value = try await body(server)
        await server.stop()
        return value
    } catch {
        await server.stop()
        throw error
    }
}
