import Foundation

/// A complete HTTP response: status, header fields in received order, and the (decompressed) body.
package struct HTTPClientResponse: Sendable, Equatable {
    /// The HTTP status code, e.g. 200.
    package var status: Int
    /// Header fields of the final response, in received order.
    package var headers: [HTTPHeader]
    /// The body, already decoded when the server sent it gzip/deflate/brotli-compressed.
    package var body: Data

    /// A response value (tests and sandboxes build these too).
    package init(status: Int, headers: [HTTPHeader] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of the header `name`, matched case-insensitively.
    package func header(_ name: String) -> String? {
        headers.first { $0.hasName(name) }?.value
    }

    /// Every value of the header `name`, in received order.
    package func headerValues(_ name: String) -> [String] {
        headers.filter { $0.hasName(name) }.map(\.value)
    }

    /// Whether the status is 2xx.
    package var isSuccess: Bool { (200..<300).contains(status) }
}
