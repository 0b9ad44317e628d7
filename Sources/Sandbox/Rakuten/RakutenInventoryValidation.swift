import Foundation
import Hummingbird

/// Field rules and the `{"errors":[{code, message, metadata.propertyPath}]}` envelope of InventoryAPI 2.x
/// and ItemAPI 2.0 (rakuten-rms.md §4.1, §4.2, §5).
enum RakutenInventoryValidation {
    /// `[a-zA-Z0-9_-]+`.
    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "_" || $0 == "-")
            }
    }

    /// One error entry; `propertyPath` goes into `metadata` when given.
    static func error(_ code: String, _ message: String, path: String? = nil) -> SandboxJSON {
        var object = SandboxJSONObject()
        object["code"] = .string(code)
        object["message"] = .string(message)
        if let path { object["metadata"] = .fields(["propertyPath": .string(path)]) }
        return .object(object)
    }

    /// The error answer (400 unless told otherwise).
    static func response(_ errors: [SandboxJSON], status: HTTPResponse.Status = .badRequest) -> Response {
        SandboxHTTP.json(.fields(["errors": .array(errors)]), status: status)
    }

    /// Checks an identifier member (`manageNumber` / `variantId`): mandatory, string, ≤32 bytes, allowed characters.
    static func identifier(_ value: SandboxJSON?, name: String, prefix: String, errors: inout [SandboxJSON]) -> String?
    {
        let path = prefix + name
        guard let value, !value.isNull else {
            errors.append(error("IE0001", "\(name) is mandatory.", path: path))
            return nil
        }
        guard let text = value.stringValue else {
            errors.append(error("IE0002", "\(name) has an invalid value : \(value.serializedText).", path: path))
            return nil
        }
        if text.utf8.count > 32 {
            errors.append(error("IE0004", "Max length of \(name) must be within 32 bytes.", path: path))
            return nil
        }
        guard isIdentifier(text) else {
            errors.append(error("IE0002", "\(name) has an invalid value : \(text).", path: path))
            return nil
        }
        return text
    }

    /// A validated upsert entry.
    struct Upsert {
        var key: RakutenSKUKey
        var relative: Bool
        var quantity: Int
        var normalDeliveryTimeId: Int?
        var backOrderDeliveryTimeId: Int?
        var shipFromIds: [Int]?
    }

    /// Checks `mode`, `quantity` (and 2.1 lead times) of one upsert entry.
    static func upsert(
        _ entry: SandboxJSON,
        key: RakutenSKUKey?,
        prefix: String,
        version21: Bool,
        errors: inout [SandboxJSON]
    ) -> Upsert? {
        var relative = false
        switch entry["mode"] {
        case nil, .null?: errors.append(error("IE0001", "mode is mandatory.", path: prefix + "mode"))
        case .string("ABSOLUTE")?: relative = false
        case .string("RELATIVE")?: relative = true
        case let value?:
            errors.append(
                error("IE0002", "mode has an invalid value : \(value.serializedText).", path: prefix + "mode")
            )
        }
        var quantity: Int?
        switch entry["quantity"] {
        case nil, .null?: errors.append(error("IE0001", "quantity is mandatory.", path: prefix + "quantity"))
        case let value?:
            if case .int(let number) = value {
                let range = relative ? -99_999...99_999 : 0...99_999
                if range.contains(number) {
                    quantity = number
                } else {
                    errors.append(
                        error(
                            "IE0003",
                            "quantity must be between \(range.lowerBound) and \(range.upperBound).",
                            path: prefix + "quantity"
                        )
                    )
                }
            } else {
                errors.append(
                    error(
                        "IE0002",
                        "quantity has an invalid value : \(value.serializedText).",
                        path: prefix + "quantity"
                    )
                )
            }
        }
        var upsert = Upsert(
            key: key ?? RakutenSKUKey(manageNumber: "", variantId: ""),
            relative: relative,
            quantity: quantity ?? 0
        )
        if version21 {
            if let lead = entry["operationLeadTime"], !lead.isNull {
                upsert.normalDeliveryTimeId = lead["normalDeliveryTimeId"]?.intValue
                upsert.backOrderDeliveryTimeId = lead["backOrderDeliveryTimeId"]?.intValue
            }
            if let ids = entry["shipFromIds"], !ids.isNull {
                guard let list = ids.arrayValue, list.allSatisfy({ $0.intValue != nil }) else {
                    errors.append(
                        error(
                            "IE0002",
                            "shipFromIds has an invalid value : \(ids.serializedText).",
                            path: prefix + "shipFromIds"
                        )
                    )
                    return nil
                }
                upsert.shipFromIds = list.compactMap(\.intValue)
            }
        }
        guard key != nil, quantity != nil, entry["mode"]?.stringValue != nil else { return nil }
        return upsert
    }
}
