import Foundation

/// What a handler needs from a request, read before the state lock is taken.
struct SmaregiRequestInfo: Sendable {
    /// `Host` of the request (for absolute `Link` URLs).
    var host: String
    /// The path without the query.
    var path: String
    /// The decoded query.
    var query: SmaregiQuery
    /// Path parameters by name (`contractId`, `id`, …).
    var parameters: [String: String]
    /// The request body (empty for GET).
    var body: Data

    /// A path parameter that must be a positive integer ID; 404 otherwise (an unknown ID can never match).
    func id(_ name: String) throws -> Int {
        guard let text = parameters[name], let value = Int(text), value > 0 else {
            throw SmaregiProblem.notFound()
        }
        return value
    }

    /// Decodes the JSON body; 400 naming the offending key when it does not fit `type`.
    func decode<Body: Decodable>(_ type: Body.Type) throws -> Body {
        do {
            return try JSONDecoder().decode(type, from: body.isEmpty ? Data("{}".utf8) : body)
        } catch let error as DecodingError {
            throw SmaregiProblem.badRequest("リクエストの形式が不正です: \(Self.describe(error))")
        } catch {
            throw SmaregiProblem.badRequest("リクエストの形式が不正です")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let prefix = path(context)
            return (prefix.isEmpty ? "" : prefix + ".") + key.stringValue + " は必須です"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return path(context) + " の型が不正です"
        case .dataCorrupted(let context):
            return path(context).isEmpty ? "JSONとして読めません" : path(context) + " の値が不正です"
        @unknown default:
            return "不明なエラー"
        }
    }
}
