import Foundation

/// One cell of a store export, typed as SQLite stores it: NULL, INTEGER, REAL, TEXT or BLOB.
///
/// On the wire: JSON null, `{"i":"42"}` (integer as a string, so 64-bit values survive JSON readers), `{"r":1.5}`,
/// `{"t":"text"}` or `{"b":"base64"}`.
package enum StoreTransferValue: Codable, Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)

    private enum CodingKeys: String, CodingKey {
        case integer = "i"
        case real = "r"
        case text = "t"
        case blob = "b"
    }

    package init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), single.decodeNil() {
            self = .null
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let text = try container.decodeIfPresent(String.self, forKey: .integer) {
            guard let value = Int64(text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .integer,
                    in: container,
                    debugDescription: "not a 64-bit integer"
                )
            }
            self = .integer(value)
        } else if let value = try container.decodeIfPresent(Double.self, forKey: .real) {
            self = .real(value)
        } else if let value = try container.decodeIfPresent(String.self, forKey: .text) {
            self = .text(value)
        } else if let value = try container.decodeIfPresent(Data.self, forKey: .blob) {
            self = .blob(value)
        } else {
            self = .null
        }
    }

    package func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var single = encoder.singleValueContainer()
            try single.encodeNil()
        case let .integer(value):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(String(value), forKey: .integer)
        case let .real(value):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(value, forKey: .real)
        case let .text(value):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(value, forKey: .text)
        case let .blob(value):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(value, forKey: .blob)
        }
    }
}
