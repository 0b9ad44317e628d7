import Foundation

/// One HTTP request: method, absolute URL, ordered header fields and an optional body.
package struct HTTPClientRequest: Sendable, Equatable {
    /// The request method.
    package var method: HTTPMethod
    /// The absolute `http://` or `https://` URL, already percent-encoded.
    package var url: String
    /// Header fields in sending order; curl adds `Host`, `User-Agent` and `Accept-Encoding` itself.
    package var headers: [HTTPHeader]
    /// The body to send, if any (sent with `Content-Length`).
    package var body: Data?

    /// A request; the method defaults to `GET`.
    package init(method: HTTPMethod = .get, url: String, headers: [HTTPHeader] = [], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// The URL without query string, fragment or user info, safe for logs and errors.
    package var redactedURL: String { RedactedURL.redact(url) }
}
