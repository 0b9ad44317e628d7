import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// A finished answer: status, JSON body and extra headers (`Link`, `Retry-After`).
struct SmaregiReply: Sendable {
    var status: Int
    var body: Data
    var headers: [(String, String)] = []
    var contentType = "application/json"

    /// 200 with a JSON body.
    static func json(_ body: Data, status: Int = 200) -> SmaregiReply {
        SmaregiReply(status: status, body: body)
    }

    /// The error body of `problem` (with `Retry-After` on 429).
    init(problem: SmaregiProblem) {
        status = problem.status
        body = problem.body
        if let retryAfter = problem.retryAfter { headers.append(("Retry-After", String(retryAfter))) }
    }

    init(status: Int, body: Data, headers: [(String, String)] = []) {
        self.status = status
        self.body = body
        self.headers = headers
    }

    /// The Hummingbird response.
    var response: Response {
        var fields = HTTPFields()
        fields[.contentType] = contentType
        for (name, value) in headers {
            if let field = HTTPField.Name(name) { fields.append(HTTPField(name: field, value: value)) }
        }
        return Response(
            status: HTTPResponse.Status(code: status),
            headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body))
        )
    }
}
