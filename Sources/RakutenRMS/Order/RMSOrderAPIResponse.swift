import Foundation

/// An order API response: every one carries the `MessageModelList` envelope (rakuten-rms.md §3.1).
package protocol RMSOrderAPIResponse: Decodable, Sendable {
    /// `MessageModelList` as sent (`nil` only if RMS left it out).
    var messageModelList: [RMSMessageModel]? { get }
}

extension RMSOrderAPIResponse {
    /// The messages, `[]` when the list was absent.
    package var messages: [RMSMessageModel] { messageModelList ?? [] }
}

/// A response that carries only the `MessageModelList` envelope, used to read the messages of an error body.
struct RMSMessageEnvelope: RMSOrderAPIResponse, Equatable {
    var messageModelList: [RMSMessageModel]?

    enum CodingKeys: String, CodingKey {
        case messageModelList = "MessageModelList"
    }
}
