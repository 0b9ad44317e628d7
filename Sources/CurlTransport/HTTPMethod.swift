/// An HTTP request method; any token is allowed, the common verbs have constants.
package struct HTTPMethod: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The method token as sent on the request line, e.g. `"PATCH"`.
    package let rawValue: String

    /// Wraps a method token such as `"PURGE"`.
    package init(rawValue: String) { self.rawValue = rawValue }

    /// `GET`
    package static let get = HTTPMethod(rawValue: "GET")
    /// `HEAD` (sent without reading a body)
    package static let head = HTTPMethod(rawValue: "HEAD")
    /// `POST`
    package static let post = HTTPMethod(rawValue: "POST")
    /// `PUT`
    package static let put = HTTPMethod(rawValue: "PUT")
    /// `PATCH`
    package static let patch = HTTPMethod(rawValue: "PATCH")
    /// `DELETE`
    package static let delete = HTTPMethod(rawValue: "DELETE")
    /// `OPTIONS`
    package static let options = HTTPMethod(rawValue: "OPTIONS")

    /// The method token.
    package var description: String { rawValue }
}
