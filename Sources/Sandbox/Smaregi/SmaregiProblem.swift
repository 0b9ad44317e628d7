import Foundation

/// An API error as Smaregi answers it: `{"type":"about:blank","title":…,"detail":…,"status":…}` (smaregi.md §8).
///
/// Thrown anywhere in a handler; `SmaregiReply(problem:)` turns it into the response. Token-endpoint errors use the
/// OAuth shape instead (`oauthError`), as the IdP does (§8, second bullet).
struct SmaregiProblem: Error, Sendable, Equatable {
    var status: Int
    var title: String
    var detail: String?
    /// Set for OAuth-style token errors (`invalid_client`, `invalid_scope`, …): the body becomes
    /// `{"error":…,"error_description":…}`.
    var oauthError: String?
    /// Seconds for a `Retry-After` header (429 only).
    var retryAfter: Int?
    /// Set for API 401s: which body form to answer.
    var unauthorizedForm: UnauthorizedForm?

    /// The body forms of an API 401 (contract setting `unauthorizedForm`).
    enum UnauthorizedForm: String, Sendable, Equatable {
        /// `{"type":"https://api.smaregi.jp/problems/oauth2/access_denied","title":"Access Denied","status":401,
        /// "error":"access_denied","error_description":"The resource owner or authorization server denied the
        /// request."}`, as captured from the real sandbox (community.smaregi.dev/discussion/comment/502).
        case accessDenied
        /// `{"type":"about:blank","title":"Unauthorized","detail":…,"status":401}`, the generic problem form.
        case aboutBlank
    }

    /// 400 Bad Request with a Japanese detail, like the documented validation errors.
    static func badRequest(_ detail: String) -> SmaregiProblem {
        SmaregiProblem(status: 400, title: "Bad Request", detail: detail)
    }

    /// 404 as documented: title `NotFound` (sic, no space) and "指定されたIDのリソースが見つかりません".
    static func notFound(_ detail: String = "指定されたIDのリソースが見つかりません") -> SmaregiProblem {
        SmaregiProblem(status: 404, title: "NotFound", detail: detail)
    }

    /// 401 for a missing, unknown, expired or foreign bearer token, in `form` (the contract's setting).
    static func unauthorized(_ detail: String, form: UnauthorizedForm = .accessDenied) -> SmaregiProblem {
        SmaregiProblem(status: 401, title: "Unauthorized", detail: detail, unauthorizedForm: form)
    }

    /// 403 `Insufficient Scope` naming the missing scope (smaregi.md §1.3, [POSLA]).
    static func insufficientScope(_ scope: String) -> SmaregiProblem {
        SmaregiProblem(status: 403, title: "Insufficient Scope", detail: "このリクエストにはスコープ[\(scope)]が必要です")
    }

    /// 429 with `Retry-After` in whole seconds (at least 1).
    static func tooManyRequests(retryAfter seconds: Double) -> SmaregiProblem {
        SmaregiProblem(
            status: 429,
            title: "Too Many Requests",
            detail: "リクエスト数が上限を超えました",
            retryAfter: max(1, Int(seconds.rounded(.up)))
        )
    }

    /// An OAuth token-endpoint error (`invalid_client` 401, `invalid_scope` / `unsupported_grant_type` 400).
    static func oauth(_ error: String, _ description: String, status: Int) -> SmaregiProblem {
        SmaregiProblem(status: status, title: error, detail: description, oauthError: error)
    }

    /// The JSON body of this error.
    var body: Data {
        if unauthorizedForm == .accessDenied {
            return SmaregiJSONWriter.object([
                ("type", .string("https://api.smaregi.jp/problems/oauth2/access_denied")),
                ("title", .string("Access Denied")), ("status", .int(status)), ("error", .string("access_denied")),
                ("error_description", .string("The resource owner or authorization server denied the request.")),
            ])
        }
        if let oauthError {
            return SmaregiJSONWriter.object([
                ("error", .string(oauthError)), ("error_description", .string(detail ?? "")),
            ])
        }
        var fields: [(String, SmaregiJSONWriter.Value)] = [("type", .string("about:blank")), ("title", .string(title))]
        if let detail { fields.append(("detail", .string(detail))) }
        fields.append(("status", .int(status)))
        return SmaregiJSONWriter.object(fields)
    }
}
