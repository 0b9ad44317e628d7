/// An error body: the API's `{type, title, detail, status}` or the IdP's `{error, error_description}` (§8).
struct SmaregiProblemResponse: Decodable, Sendable, Equatable {
    var type: String?
    var title: String?
    var detail: String?
    var error: String?
    var errorDescription: String?

    enum CodingKeys: String, CodingKey {
        case type, title, detail, error
        case errorDescription = "error_description"
    }
}
