import Foundation

/// One entry of the InventoryAPI 2.x / ItemAPI 2.0 error envelope `{"errors":[{code, message, metadata?}]}`
/// (rakuten-rms.md §4.1, §4.2, §7).
package struct RMSAPIErrorEntry: Codable, Sendable, Equatable {
    /// e.g. `IE0004`, `GE0014`, `CE0001`.
    package var code: String
    /// The English message.
    package var message: String
    /// `metadata.propertyPath`, e.g. `inventories[3].quantity`; absent for errors not tied to one field.
    package var propertyPath: String?

    enum CodingKeys: String, CodingKey {
        case code, message, metadata
    }

    enum MetadataKeys: String, CodingKey {
        case propertyPath
    }

    /// Creates an entry.
    package init(code: String, message: String, propertyPath: String? = nil) {
        self.code = code
        self.message = message
        self.propertyPath = propertyPath
    }

    /// Decodes leniently: missing fields become `""` / `nil`.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decodeIfPresent(String.self, forKey: .code) ?? ""
        message = try container.decodeIfPresent(String.self, forKey: .message) ?? ""
        if container.contains(.metadata), try !container.decodeNil(forKey: .metadata) {
            let metadata = try container.nestedContainer(keyedBy: MetadataKeys.self, forKey: .metadata)
            propertyPath = try metadata.decodeIfPresent(String.self, forKey: .propertyPath)
        } else {
            propertyPath = nil
        }
    }

    /// Encodes the wire shape, with `metadata` only when a property path is known.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(message, forKey: .message)
        if let propertyPath {
            var metadata = container.nestedContainer(keyedBy: MetadataKeys.self, forKey: .metadata)
            try metadata.encode(propertyPath, forKey: .propertyPath)
        }
    }

    /// The index of the request list entry the error points at: `inventories[3].quantity` → 3, `manageNumbers[0]`
    /// → 0; `nil` when the path names no list index. Lets a caller drop the bad items and resend the rest.
    package var itemIndex: Int? {
        Self.itemIndex(inPropertyPath: propertyPath)
    }

    /// The first `[n]` index in a property path such as `inventories[3].quantity`.
    package static func itemIndex(inPropertyPath path: String?) -> Int? {
        guard let path, let open = path.firstIndex(of: "[") else { return nil }
        let afterOpen = path.index(after: open)
        guard let close = path[afterOpen...].firstIndex(of: "]") else { return nil }
        return Int(path[afterOpen..<close])
    }
}

/// The InventoryAPI / ItemAPI error body `{"errors":[…]}`.
struct RMSAPIErrorBody: Codable, Sendable, Equatable {
    var errors: [RMSAPIErrorEntry]?

    enum CodingKeys: String, CodingKey {
        case errors
    }
}
