import CurlTransport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import RakutenRMS
import TestSupport
import Testing

/// What a loopback RMS stand-in saw: per-route hits, the last request headers, body and query.
///
/// `@unchecked Sendable`: route handlers run on NIO threads while the test reads; all state is under `lock`.
final class RMSRequestRecorder: @unchecked Sendable {
    struct Seen: Sendable {
        var authorization: String?
        var contentType: String?
        var query: String
        var body: String
    }

    private let lock = NSLock()
    private var hits: [String: Int] = [:]
    private var seen: [String: Seen] = [:]

    /// Records a request on `route` and returns how many there have been.
    func record(_ route: String, request: Request, body: String) -> Int {
        lock.withLock {
            hits[route, default: 0] += 1
            seen[route] = Seen(
                authorization: request.headers[.authorization],
                contentType: request.headers[.contentType],
                query: request.uri.query ?? "",
                body: body
            )
            return hits[route, default: 0]
        }
    }

    /// How often `route` was called.
    func count(_ route: String) -> Int { lock.withLock { hits[route, default: 0] } }

    /// The last request on `route`.
    func last(_ route: String) -> Seen? { lock.withLock { seen[route] } }
}

/// A loopback Hummingbird server that answers like RMS from canned JSON, for client tests.
enum RMSTestServer {
    /// Registers a test's routes on the server's router.
    typealias Routes = @Sendable (Router<BasicRequestContext>, RMSRequestRecorder) -> Void

    /// No routes at all (for calls the client must refuse before sending).
    static let noRoutes: Routes = { _, _ in }

    static let serviceSecret = "SPtestsecret0001"
    static let licenseKey = "SLtestlicense0001"

    /// A JSON response with the order API's Content-Type.
    static func json(_ status: HTTPResponse.Status, _ text: String, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: "application/json;charset=utf-8"]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// Runs `body` with a client pointed at a live server built by `routes`; the client retries quickly and is not
    /// paced, so tests stay fast.
    static func with(
        routes: @escaping Routes,
        _ body: @escaping @Sendable (RMSClient, RMSRequestRecorder, LogRecorder) async throws -> Void
    ) async throws {
        let recorder = RMSRequestRecorder()
        let router = Router()
        routes(router, recorder)
        let app = Application(router: router)
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let logs = LogRecorder()
            let rms = RMSClient(
                credentials: RMSCredentials(serviceSecret: serviceSecret, licenseKey: licenseKey),
                baseURL: "http://127.0.0.1:\(port)/",
                configuration: HTTPClientConfiguration(totalTimeout: .seconds(5)),
                retryPolicy: RetryPolicy(maxAttempts: 3, initialBackoff: .milliseconds(20), deadline: .seconds(10)),
                pacer: RequestPacer(),
                logger: logs.makeLogger(label: "rakuten-rms-tests")
            )
            try await body(rms, recorder, logs)
        }
    }
}
