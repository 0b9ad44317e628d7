import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import NIOPosix
import Testing

/// What the loopback routes saw: per-route hit counts and arrival times.
///
/// `@unchecked Sendable`: route handlers run on NIO threads while the test reads; everything is under `lock`.
final class RouteRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var hits: [String: Int] = [:]
    private var arrivals: [String: [ContinuousClock.Instant]] = [:]

    /// Counts a hit on `route` and returns the new count.
    func hit(_ route: String) -> Int {
        lock.withLock {
            hits[route, default: 0] += 1
            arrivals[route, default: []].append(.now)
            return hits[route, default: 0]
        }
    }

    /// How often `route` was called.
    func count(_ route: String) -> Int { lock.withLock { hits[route, default: 0] } }

    /// When `route` was called, in order.
    func arrivalTimes(_ route: String) -> [ContinuousClock.Instant] { lock.withLock { arrivals[route, default: []] } }
}

/// Loopback Hummingbird routes that exercise the client: echo, slow, flaky, always-failing, rate-limited, gzip.
enum TestHTTPServer {
    /// `"ヘルスチェック OK; compressed body line\n"` × 40, gzip-compressed with mtime 0 (Python `gzip.compress`).
    static let gzipBody =
        Data(
            base64Encoded:
                "H4sIAAAAAAACA3vcPONx8+rHTTsfNzc+blr+uLn5cdN6BX9va4Xk/NyCotTi4tQUhaT8lEqFnMy8VK7Ho8pHlY8qH1U+qnxU+ahy3MoBNvoc31gHAAA="
        ) ?? Data()
    /// What `gzipBody` decompresses to.
    static let gzipPlainText = String(repeating: "ヘルスチェック OK; compressed body line\n", count: 40)

    /// Runs `body` with the port of a live server and the recorder of what it saw.
    static func with<T: Sendable>(
        _ body: @escaping @Sendable (_ baseURL: String, _ recorder: RouteRecorder) async throws -> T
    ) async throws -> T {
        let recorder = RouteRecorder()
        let app = Application(router: makeRouter(recorder: recorder))
        return try await app.test(.live) { client in
            let port = try #require(client.port)
            return try await body("http://localhost:\(port)", recorder)
        }
    }

    /// A header name for the test routes; throws (failing the request) if the literal were invalid.
    private static func field(_ name: String) throws -> HTTPField.Name {
        guard let field = HTTPField.Name(name) else { throw HTTPError(.internalServerError) }
        return field
    }

    private static func makeRouter(recorder: RouteRecorder) -> Router<BasicRequestContext> {
        let router = Router()
        for method in [HTTPRequest.Method.get, .post, .put, .patch, .delete] {
            router.on("/echo", method: method) { request, _ -> Response in
                _ = recorder.hit("echo")
                let body = try await request.body.collect(upTo: 1 << 20)
                var headers: HTTPFields = [:]
                headers[try field("X-Method")] = request.method.rawValue
                headers[try field("X-Query")] = request.uri.query ?? ""
                headers[try field("X-Echo-Custom")] = request.headers[try field("X-Custom")] ?? "missing"
                headers[try field("X-Content-Length")] = request.headers[.contentLength] ?? "none"
                headers[try field("X-Content-Type")] = request.headers[.contentType] ?? "none"
                headers[try field("X-User-Agent")] = request.headers[.userAgent] ?? "none"
                headers.append(HTTPField(name: try field("X-Multi"), value: "one"))
                headers.append(HTTPField(name: try field("X-Multi"), value: "two"))
                return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
            }
        }
        router.get("/slow") { _, _ -> String in
            _ = recorder.hit("slow")
            try await Task.sleep(for: .milliseconds(1500))  // real time: an answer slower than the client's timeout
            return "late"
        }
        // /flaky/<n>: 503 for the first n calls, then 200.
        router.get("/flaky/:failures") { _, context -> Response in
            let failures = try context.parameters.require("failures", as: Int.self)
            let hit = recorder.hit("flaky")
            if hit <= failures { return Response(status: .serviceUnavailable) }
            return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "ok after \(hit)")))
        }
        router.get("/always/:status") { _, context -> Response in
            let status = try context.parameters.require("status", as: Int.self)
            _ = recorder.hit("always")
            return Response(
                status: .init(code: status),
                body: .init(byteBuffer: ByteBuffer(string: "status \(status)"))
            )
        }
        // First call: 429 with `Retry-After: <value>` (URL-encoded in the query), then 200.
        router.get("/limited") { request, _ -> Response in
            let hit = recorder.hit("limited")
            guard hit > 1 else {
                let retryAfter = request.uri.queryParameters.get("retryAfter") ?? "1"
                return Response(status: .tooManyRequests, headers: [.retryAfter: retryAfter])
            }
            return Response(status: .ok)
        }
        router.get("/gzip") { request, _ -> Response in
            _ = recorder.hit("gzip")
            let accepts = request.headers[.acceptEncoding] ?? ""
            guard accepts.contains("gzip") else {
                return Response(status: .badRequest, body: .init(byteBuffer: ByteBuffer(string: "no gzip offered")))
            }
            return Response(
                status: .ok,
                headers: [.contentEncoding: "gzip", .contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: gzipBody))
            )
        }
        return router
    }
}
