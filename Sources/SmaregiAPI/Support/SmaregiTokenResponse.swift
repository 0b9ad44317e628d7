/// The token endpoint's answer: `{access_token, token_type, expires_in, scope}` (smaregi.md §1.1).
struct SmaregiTokenResponse: Decodable, Sendable, Equatable {
    var accessToken: String
    var tokenType: String
    var expiresIn: Int
    var scope: String?

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case tokenType = "token_type"
        case expiresIn = "expires_in"
        case scope
    }
}
