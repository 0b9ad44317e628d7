import Foundation

/// One request and its answer as a client saw them, with credentials already removed, for support captures
/// (`store test --deep`). The clients build it after redaction; nothing in it may hold a secret.
package struct HTTPExchange: Sendable, Equatable {
    /// The client's name of the call (`searchOrder`, `GET /pos/products`), never the URL.
    package var endpoint: String
    package var method: HTTPMethod
    /// The URL with every secret replaced by `****`.
    package var url: String
    /// Request headers; `Authorization` is always `****`.
    package var requestHeaders: [HTTPHeader]
    package var requestBody: Data?
    /// The answer's status, or nil when no answer came (`error` says why).
    package var status: Int?
    package var responseHeaders: [HTTPHeader]
    package var responseBody: Data
    /// The transport failure, when there was no answer.
    package var error: String?

    /// Builds an exchange from a request and its answer (or failure), replacing every occurrence of `secrets`
    /// (and the values of JSON members named `access_token`) with `****` and blanking `Authorization`.
    package init(
        endpoint: String,
        request: HTTPClientRequest,
        response: HTTPClientResponse?,
        error: String? = nil,
        secrets: [String]
    ) {
        let secrets = secrets.filter { $0.count >= 4 }.sorted { $0.count > $1.count }
        func clean(_ text: String) -> String {
            var result = text
            for secret in secrets {
                result = result.replacingOccurrences(of: secret, with: "****")
                let encoded =
                    secret.addingPercentEncoding(
                        withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._~"))
                    )
                    ?? secret
                result = result.replacingOccurrences(of: encoded, with: "****")
            }
            return result.replacingOccurrences(
                of: #""access_token"\s*:\s*"[^"]*""#,
                with: #""access_token":"****""#,
                options: .regularExpression
            )
        }
        func clean(_ data: Data) -> Data { Data(clean(String(decoding: data, as: UTF8.self)).utf8) }
        func clean(_ headers: [HTTPHeader]) -> [HTTPHeader] {
            headers.map {
                $0.hasName("Authorization") ? HTTPHeader($0.name, "****") : HTTPHeader($0.name, clean($0.value))
            }
        }
        self.endpoint = endpoint
        self.method = request.method
        self.url = clean(request.url)
        self.requestHeaders = clean(request.headers)
        self.requestBody = request.body.map(clean)
        self.status = response?.status
        self.responseHeaders = clean(response?.headers ?? [])
        self.responseBody = clean(response?.body ?? Data())
        self.error = error.map(clean)
    }
}

/// Receives every exchange of a client (after redaction), e.g. to write it to a support folder.
package typealias HTTPExchangeRecorder = @Sendable (HTTPExchange) -> Void
