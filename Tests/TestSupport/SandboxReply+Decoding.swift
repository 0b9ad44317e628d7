import Foundation
import Hummingbird

extension SandboxReply {
    /// The body decoded as `type` (one of the control API readers, e.g. `SandboxCounters`); throws with the
    /// status and body when it does not decode.
    package func decoded<T: Decodable>(as type: T.Type) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: body)
        } catch {
            throw SandboxReplyError.undecodable(type: "\(type)", status: status, body: text, reason: "\(error)")
        }
    }
}

extension SandboxServer {
    /// The one request helper of the tests: `method` on `path` with a JSON body, over a fresh connection.
    ///
    /// Control paths (`/_sandbox/...`) and Smaregi paths go as they are; Rakuten API paths (`/es/...`) carry the
    /// default shop's ESA header. The JSON body is sent as `application/json; charset=utf-8`, which both the
    /// control API and Rakuten's order API accept (docs/sandbox.md "Gateway").
    package func request(_ method: String, _ path: String, json: String? = nil) async throws -> SandboxReply {
        var headers = HTTPFields()
        if json != nil { headers[.contentType] = "application/json; charset=utf-8" }
        if path.hasPrefix("/es/") { headers[.authorization] = SandboxCredentials.rakutenAuthorization }
        guard let verb = HTTPRequest.Method(method) else { throw SandboxReplyError.badMethod(method) }
        return try await send(verb, path, headers: headers, body: json.map { Data($0.utf8) })
    }
}

extension SandboxServer {
    /// `GET /_sandbox/counters`, read.
    package func counters() async throws -> SandboxCounters {
        try await control(.get, "/_sandbox/counters").decoded(as: SandboxCounters.self)
    }

    /// `GET /_sandbox/faults`, read.
    package func faults() async throws -> SandboxFaultList {
        try await control(.get, "/_sandbox/faults").decoded(as: SandboxFaultList.self)
    }
}

/// Why a sandbox answer could not be read.
package enum SandboxReplyError: Error, CustomStringConvertible {
    /// The body is not the JSON the reader expects.
    case undecodable(type: String, status: Int, body: String, reason: String)
    /// `request` was given a method name HTTP does not allow.
    case badMethod(String)

    /// The reader, the answer and the decoder's complaint.
    package var description: String {
        switch self {
        case .undecodable(let type, let status, let body, let reason):
            "sandbox answer \(status) is not a \(type): \(reason)\n\(body.prefix(2000))"
        case .badMethod(let method): "\(method) is not an HTTP method"
        }
    }
}
