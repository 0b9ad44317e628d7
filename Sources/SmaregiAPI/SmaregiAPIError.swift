import CurlTransport

/// Everything that can go wrong talking to Smaregi. Cases carry the endpoint (method and path template, never
/// a token, secret or query string), the HTTP status and the problem `title` / `detail` the API sent.
package enum SmaregiAPIError: Error, CustomStringConvertible, Equatable {
    /// Smaregi refused the app: the token endpoint refused the client credentials or the scopes
    /// (`invalid_client`, `invalid_scope`, …), or the API refused a token issued a moment before with 401
    /// (`access_denied`, or an expired token). `error` is the OAuth `error` (else the problem `title`),
    /// `errorDescription` the `error_description` (else the `detail`); `authenticationFailure` says which.
    case authenticationFailed(endpoint: String, status: Int, error: String?, errorDescription: String?)
    /// The API answered with an error status; `title`/`detail` come from the problem body (smaregi.md §8).
    case requestFailed(endpoint: String, status: Int, title: String?, detail: String?)
    /// No usable HTTP response (connection, timeout, retries exhausted).
    case transport(endpoint: String, underlying: CurlTransportError)
    /// A 2xx body that does not match the expected shape.
    case invalidResponse(endpoint: String, status: Int, reason: String)
    /// A wire value (a POS string number, a date) that could not be converted.
    case invalidValue(endpoint: String, field: String, value: String)
    /// The call was not sent because its arguments are invalid (e.g. an empty order code).
    case invalidArgument(endpoint: String, reason: String)

    /// The HTTP status when the server answered.
    package var status: Int? {
        switch self {
        case .authenticationFailed(_, let status, _, _), .requestFailed(_, let status, _, _),
            .invalidResponse(_, let status, _):
            status
        case .transport(_, let underlying): underlying.lastStatus
        case .invalidValue, .invalidArgument: nil
        }
    }

    /// Whether retrying in a later run may succeed (429, 5xx, transport failures).
    package var isTemporary: Bool {
        switch self {
        case .transport: true
        case .requestFailed(_, let status, _, _): status == 429 || status >= 500
        default: false
        }
    }

    /// Whether a write may have been applied although it failed: a timeout or broken connection after sending, or
    /// a 5xx answer. The caller must then look the record up (e.g. the 受注 by order code) before sending again.
    package var requestMayHaveReachedServer: Bool {
        switch self {
        case .transport(_, let underlying): underlying.requestMayHaveReachedServer
        case .requestFailed(_, let status, _, _): status >= 500
        case .invalidResponse: true
        case .authenticationFailed, .invalidValue, .invalidArgument: false
        }
    }

    /// One line in English naming the endpoint, status and Smaregi's message.
    package var description: String {
        switch self {
        case .authenticationFailed(let endpoint, let status, let error, let errorDescription):
            (authenticationFailure?.explanation ?? "") + " (Smaregi \(endpoint): HTTP \(status)"
                + (error.map { " \($0)" } ?? "") + (errorDescription.map { ": \($0)" } ?? "") + ")"
        case .requestFailed(let endpoint, let status, let title, let detail):
            "Smaregi \(endpoint) failed with HTTP \(status)" + (title.map { ": \($0)" } ?? "")
                + (detail.map { " (\($0))" } ?? "")
        case .transport(let endpoint, let underlying):
            "Smaregi \(endpoint) could not be reached: \(underlying)"
        case .invalidResponse(let endpoint, let status, let reason):
            "Smaregi \(endpoint) sent an unreadable response (HTTP \(status)): \(reason)"
        case .invalidValue(let endpoint, let field, let value):
            "Smaregi \(endpoint) sent an invalid \(field): \(value.debugDescription)"
        case .invalidArgument(let endpoint, let reason):
            "Smaregi \(endpoint) not sent: \(reason)"
        }
    }

    /// What a refusal means for the merchant, whichever body form it came in.
    package enum AuthenticationFailure: Sendable, Equatable {
        /// The token endpoint refused the 契約ID / client ID / client secret (`invalid_client`).
        case credentialsRefused
        /// The token endpoint refused a scope the app is not allowed (`invalid_scope`).
        case scopeRefused
        /// The API called a just-issued token expired (the problem `detail` names the expiry).
        case tokenExpired
        /// The API refused a just-issued token (`access_denied`): the app is not usable on the contract.
        case tokenRefused

        /// Japanese, then English: what happened and what to check.
        package var explanation: String {
            switch self {
            case .credentialsRefused:
                "スマレジが認証情報を拒否しました。契約ID・クライアントID・クライアントシークレットを確認してください "
                    + "(Smaregi refused the client credentials: check the contract ID, client ID and client secret)"
            case .scopeRefused:
                "スマレジがスコープを拒否しました。スマレジ・デベロッパーズでアプリのスコープ設定を確認してください "
                    + "(Smaregi refused a scope: check the app's scopes in Smaregi Developers)"
            case .tokenExpired:
                "スマレジが再発行したばかりのアクセストークンを期限切れとして拒否しました。サーバーの時計を確認してください "
                    + "(Smaregi called a newly issued access token expired: check the server clock)"
            case .tokenRefused:
                "スマレジAPIがアクセストークンを拒否しました (再発行後も同じ)。契約でアプリが利用中か、スコープの設定を確認してください "
                    + "(the Smaregi API refused a newly issued access token: check that the app is still in use on the "
                    + "contract and its scopes)"
            }
        }
    }

    /// Which refusal an `authenticationFailed` is; nil for the other cases.
    package var authenticationFailure: AuthenticationFailure? {
        guard case .authenticationFailed(let endpoint, _, let error, let errorDescription) = self else { return nil }
        if endpoint.hasSuffix("/token") {
            return error == "invalid_scope" ? .scopeRefused : .credentialsRefused
        }
        let text = [error, errorDescription].compactMap { $0 }.joined(separator: " ").lowercased()
        if error != "access_denied", text.contains("有効期限") || text.contains("expired") { return .tokenExpired }
        return .tokenRefused
    }
}
