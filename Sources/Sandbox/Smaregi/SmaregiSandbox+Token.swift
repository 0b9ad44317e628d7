import Foundation
import Hummingbird

/// The IdP: `POST /app/{contractId}/token` with client credentials (smaregi.md §1.1).
extension SmaregiSandbox {
    func addTokenRoutes(to router: Router<BasicRequestContext>) {
        router.post("/app/{contractId}/token") { request, context in
            let authorization = request.headers[.authorization]
            return await self.control(request, context) { state, info, date in
                try Self.issueToken(state: &state, info: info, authorization: authorization, now: date)
            }
        }
    }

    /// Checks Basic auth (`clientId:clientSecret`, also accepted inside `{…}` as [SWIFT] sends it), the grant type
    /// and the requested scopes, then issues a bearer token for `tokenLifetime` seconds.
    static func issueToken(
        state: inout SmaregiState,
        info: SmaregiRequestInfo,
        authorization: String?,
        now: Date
    ) throws -> SmaregiReply {
        let contractId = info.parameters["contractId"] ?? ""
        let invalidClient = SmaregiProblem.oauth("invalid_client", "クライアント認証に失敗しました", status: 401)
        guard let authorization, authorization.hasPrefix("Basic ") else { throw invalidClient }
        var encoded = authorization.dropFirst("Basic ".count).trimmingCharacters(in: .whitespaces)
        if encoded.hasPrefix("{"), encoded.hasSuffix("}") { encoded = String(encoded.dropFirst().dropLast()) }
        guard let decoded = Data(base64Encoded: encoded).flatMap({ String(data: $0, encoding: .utf8) }),
            let colon = decoded.firstIndex(of: ":"),
            let contract = state.contracts[contractId],
            contract.clientId == String(decoded[..<colon]),
            contract.clientSecret == String(decoded[decoded.index(after: colon)...])
        else { throw invalidClient }
        let form = SmaregiQuery(raw: String(decoding: info.body, as: UTF8.self))
        guard form["grant_type"] == "client_credentials" else {
            throw SmaregiProblem.oauth(
                "unsupported_grant_type",
                "grant_type には client_credentials を指定してください",
                status: 400
            )
        }
        let requested = Set((form["scope"] ?? "").split(separator: " ").map(String.init))
        let missing = requested.subtracting(contract.scopes).sorted()
        guard missing.isEmpty else {
            throw SmaregiProblem.oauth(
                "invalid_scope",
                "許可されていないスコープです: \(missing.joined(separator: " "))",
                status: 400
            )
        }
        let granted = requested.isEmpty ? contract.scopes : requested
        let token = (UUID().uuidString + UUID().uuidString).replacingOccurrences(of: "-", with: "").lowercased()
        state.tokens = state.tokens.filter { $0.value.expiresAt > now }
        state.tokens[token] = SmaregiIssuedToken(
            contractId: contractId,
            scopes: granted,
            expiresAt: now.addingTimeInterval(Double(contract.tokenLifetime))
        )
        return .json(
            SmaregiJSONWriter.object([
                ("access_token", .string(token)), ("token_type", .string("Bearer")),
                ("expires_in", .int(contract.tokenLifetime)),
                ("scope", .string(granted.sorted().joined(separator: " "))),
            ])
        )
    }
}
