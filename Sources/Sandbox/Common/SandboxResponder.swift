import Foundation
import Hummingbird
import NIOCore

/// The outermost responder: guards the control API to loopback clients, counts requests, injects faults and
/// then hands the request to the shared `Router<BasicRequestContext>` of both sandbox sides.
struct SandboxResponder<Inner: HTTPResponder>: HTTPResponder where Inner.Context == BasicRequestContext {
    typealias Context = SandboxRequestContext

    let inner: Inner
    let faults: FaultInjector
    let counters: RequestCounters

    func respond(to request: Request, context: SandboxRequestContext) async throws -> Response {
        let path = request.uri.path
        let isControl = path.hasPrefix("/_sandbox")
        if isControl {
            guard Self.isLoopback(context.remoteAddress) else {
                return SandboxHTTP.controlError("the control API answers loopback clients only", status: .forbidden)
            }
            return try await inner.respond(to: request, context: Self.basicContext(from: context))
        }
        let method = request.method.rawValue
        if let decision = faults.decide(method: method, path: path) {
            if decision.applyLate {
                return try await respondLate(after: decision.latencyMs ?? 0, to: request, context: context)
            }
            if let response = try await inject(decision, request: request, context: context) {
                counters.record(method: method, route: Self.normalised(path), status: response.status.code)
                return response
            }
        }
        let basic = Self.basicContext(from: context)
        let response = try await inner.respond(to: request, context: basic)
        counters.record(
            method: method,
            route: basic.endpointPath ?? Self.normalised(path),
            status: response.status.code
        )
        return response
    }

    /// A request handled only after `delayMs`: the body is read first, and the handler runs in a task of its own,
    /// so a client that times out and closes the connection does not stop the write from being applied.
    private func respondLate(after delayMs: Int, to request: Request, context: SandboxRequestContext) async throws
        -> Response
    {
        var request = request
        _ = try await request.collectBody(upTo: 16 * 1024 * 1024)
        let basic = Self.basicContext(from: context)
        let inner = self.inner
        let counters = self.counters
        let path = request.uri.path
        let late = Task {
            try? await Task.sleep(for: .milliseconds(delayMs))
            let response = try await inner.respond(to: request, context: basic)
            counters.record(
                method: request.method.rawValue,
                route: basic.endpointPath ?? Self.normalised(path),
                status: response.status.code
            )
            return response
        }
        return try await late.value
    }

    /// Applies a fault; returns the answer, or `nil` to continue to the real handler (latency only).
    private func inject(_ decision: FaultInjector.Decision, request: Request, context: SandboxRequestContext)
        async throws -> Response?
    {
        if let latency = decision.latencyMs, latency > 0 {
            try await Task.sleep(for: .milliseconds(latency))
        }
        if decision.drop {
            try? await context.channel.close()
            return SandboxHTTP.empty(status: .init(code: 499, reasonPhrase: "Dropped"))
        }
        if decision.timeout {
            let deadline = ContinuousClock.now + .seconds(decision.hangSeconds)
            while ContinuousClock.now < deadline, context.channel.isActive, !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(50))
            }
            return SandboxHTTP.empty(status: .gatewayTimeout)
        }
        if let raw = decision.body {
            return Response(
                status: .init(code: decision.status ?? 200),
                headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(bytes: Array(raw.utf8)))
            )
        }
        guard let status = decision.status else { return nil }
        var headers = HTTPFields()
        if status == 429 || status == 503 { headers[.retryAfter] = "1" }
        let body: SandboxJSON =
            request.uri.path.hasPrefix("/es/")
            ? .fields([
                "Results": .fields(["errorCode": .string("SANDBOX-FAULT"), "message": .string("Injected fault")])
            ])
            : .fields(["type": .string("about:blank"), "title": .string("Injected fault"), "status": .int(status)])
        return SandboxHTTP.json(body, status: .init(code: status), headers: headers)
    }

    private static func basicContext(from context: SandboxRequestContext) -> BasicRequestContext {
        BasicRequestContext(source: .init(channel: context.channel, logger: context.logger))
    }

    /// Paths as route patterns: without a trailing slash.
    static func normalised(_ path: String) -> String {
        path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    /// Loopback IPv4/IPv6 or no socket at all (in-process router tests).
    static func isLoopback(_ address: SocketAddress?) -> Bool {
        guard let address else { return true }
        switch address {
        case .v4: return address.ipAddress?.hasPrefix("127.") ?? false
        case .v6: return address.ipAddress == "::1" || (address.ipAddress?.hasPrefix("::ffff:127.") ?? false)
        case .unixDomainSocket: return true
        }
    }
}
