import Foundation

/// A file attached to a `MailMessage` (e.g. the run's CSV report), sent base64-encoded byte for byte.
package struct MailAttachment: Sendable, Equatable {
    /// The file name shown to the recipient; non-ASCII names are sent with RFC 2231 `filename*`.
    package var filename: String
    /// The MIME type, e.g. `text/csv; charset=UTF-8`.
    package var contentType: String
    /// The file's exact bytes (a BOM and CRLF line ends are kept).
    package var data: Data

    /// An attachment.
    package init(filename: String, contentType: String, data: Data) {
        self.filename = filename
        self.contentType = contentType
        self.data = data
    }
}
