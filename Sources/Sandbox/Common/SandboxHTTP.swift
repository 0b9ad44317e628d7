import Foundation
import Hummingbird
import NIOCore

/// Small helpers shared by both sandbox sides for reading bodies and writing JSON answers.
package enum SandboxHTTP {
    /// Largest request body the sandbox reads (bulk calls stay far below it).
    package static let maxBodySize = 8 * 1024 * 1024

    /// A JSON response with the given status and Content-Type.
    package static func json(
        _ value: SandboxJSON,
        status: HTTPResponse.Status = .ok,
        contentType: String = "application/json",
        headers extra: HTTPFields = [:]
    ) -> Response {
        var headers = extra
        headers[.contentType] = contentType
        return Response(
            status: status,
            headers: headers,
            body: .init(byteBuffer: ByteBuffer(bytes: value.serialized()))
        )
    }

    /// An empty response (e.g. 204 No Content).
    package static func empty(status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [:], body: .init())
    }

    /// The whole request body as `Data`.
    package static func body(of request: Request) async throws -> Data {
        var request = request
        let buffer = try await request.collectBody(upTo: maxBodySize)
        return Data(buffer.readableBytesView)
    }

    /// The request body parsed as JSON; `nil` when empty or not JSON.
    package static func jsonBody(of request: Request) async throws -> SandboxJSON? {
        SandboxJSON.parse(try await body(of: request))
    }

    /// Decodes the request body into a `Decodable` control-API type; an empty body decodes as `{}`.
    package static func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        var data = try await body(of: request)
        if data.isEmpty { data = Data("{}".utf8) }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw HTTPError(.badRequest, message: "invalid control body: \(error)")
        }
    }

    /// A control-API error answer `{"error": message}`.
    package static func controlError(_ message: String, status: HTTPResponse.Status = .badRequest) -> Response {
        json(.fields(["error": .string(message)]), status: status)
    }
}
