/// An error body in any of the forms Smaregi sends (smaregi.md §8): the API's problem JSON
/// `{type, title, detail, status}`, the IdP's OAuth `{error, error_description}`, and the API's 401
/// `{"type":"https://api.smaregi.jp/problems/oauth2/access_denied","title":"Access Denied","status":401,
/// "error":"access_denied","error_description":…}`, which carries both. Every key is optional and a key of an
/// unexpected JSON type is read as absent, so one odd field never hides the others.
struct SmaregiProblemResponse: Decodable, Sendable, Equatable {
    var type: String?
    var title: String?
    var detail: String?
    var status: Int?
    var error: String?
    var errorDescription: String?

    enum CodingKeys: String, CodingKey {
        case type, title, detail, status, error
        case errorDescription = "error_description"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) -> String? { (try? container.decodeIfPresent(String.self, forKey: key)) ?? nil }
        type = text(.type)
        title = text(.title)
        detail = text(.detail)
        status =
            ((try? container.decodeIfPresent(Int.self, forKey: .status)) ?? nil) ?? text(.status).flatMap { Int($0) }
        error = text(.error)
        errorDescription = text(.errorDescription)
    }
}
