import Foundation

/// Writes JSON with keys in a fixed order, strings exactly as given and explicit `null`s.
///
/// POS responses send every number as a string and absent values as `null` (smaregi.md §2); rows are kept as ordered
/// `(key, value)` lists so `fields=` and `sort=` work the same way on every resource.
enum SmaregiJSONWriter {
    /// A JSON value.
    indirect enum Value: Sendable, Equatable {
        case string(String)
        case int(Int)
        case bool(Bool)
        case null
        case object([(String, Value)])
        case array([Value])

        static func == (lhs: Value, rhs: Value) -> Bool {
            render(lhs) == render(rhs)
        }
    }

    /// One POS row: ordered keys, every value a string or `null`.
    typealias Row = [(key: String, value: String?)]

    /// Encodes an object with ordered keys.
    static func object(_ fields: [(String, Value)]) -> Data {
        Data(render(.object(fields)).utf8)
    }

    /// Encodes POS rows as a top-level array.
    static func rows(_ rows: [Row]) -> Data {
        Data(render(.array(rows.map(value(of:)))).utf8)
    }

    /// Encodes one POS row as an object.
    static func row(_ row: Row) -> Data {
        Data(render(value(of: row)).utf8)
    }

    /// The JSON value of one POS row.
    static func value(of row: Row) -> Value {
        .object(row.map { ($0.key, $0.value.map(Value.string) ?? .null) })
    }

    static func render(_ value: Value) -> String {
        switch value {
        case .string(let text): return quote(text)
        case .int(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .object(let fields):
            return "{" + fields.map { quote($0.0) + ":" + render($0.1) }.joined(separator: ",") + "}"
        case .array(let items):
            return "[" + items.map(render).joined(separator: ",") + "]"
        }
    }

    private static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
