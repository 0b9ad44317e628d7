import CurlTransport
import Foundation
import Logging

/// Token handling, sending, error mapping and decoding shared by every endpoint.
extension SmaregiClient {
    /// Which family a call belongs to: POS API (`/{contractId}/pos`) or 受注管理 (`/{contractId}/order-shipment`).
    enum APIFamily: String {
        case pos
        case orderShipment = "order-shipment"
    }

    /// A bearer token, from the cache or fresh from `POST {idp}/app/{contractId}/token`.
    func accessToken() throws -> String {
        if let token = tokenCache.validToken(now: now(), margin: Self.tokenRenewalMargin) { return token }
        let endpoint = "POST /app/{contractId}/token"
        let basic = Data("\(credentials.clientId):\(credentials.clientSecret)".utf8).base64EncodedString()
        let body = SmaregiQueryString.make([
            ("grant_type", "client_credentials"), ("scope", credentials.scopes.joined(separator: " ")),
        ])
        let request = HTTPClientRequest(
            method: .post,
            url: "\(tokenBaseURL)/app/\(SmaregiQueryString.encode(credentials.contractId))/token",
            headers: [
                HTTPHeader("Authorization", "Basic \(basic)"),
                HTTPHeader("Content-Type", "application/x-www-form-urlencoded"),
                HTTPHeader("Accept", "application/json"),
            ],
            body: Data(body.utf8)
        )
        let requestedAt = now()
        let response = try execute(request, endpoint: endpoint, write: false, policy: retryPolicy)
        guard response.isSuccess else {
            let problem = try? JSONDecoder().decode(SmaregiProblemResponse.self, from: response.body)
            throw SmaregiAPIError.authenticationFailed(
                endpoint: endpoint,
                status: response.status,
                error: problem?.error ?? problem?.title,
                errorDescription: problem?.errorDescription ?? problem?.detail
            )
        }
        let token = try decode(SmaregiTokenResponse.self, from: response, endpoint: endpoint)
        guard token.tokenType.lowercased() == "bearer", !token.accessToken.isEmpty else {
            throw SmaregiAPIError.invalidResponse(
                endpoint: endpoint,
                status: response.status,
                reason: "not a bearer token"
            )
        }
        tokenCache.store(token.accessToken, expiresAt: requestedAt.addingTimeInterval(TimeInterval(token.expiresIn)))
        return token.accessToken
    }

    /// The URL of `path` (starting with `/`) under the family's base, with a query.
    func url(_ family: APIFamily, _ path: String, query: [(String, String?)] = []) -> String {
        let queryString = SmaregiQueryString.make(query)
        let base = "\(apiBaseURL)/\(SmaregiQueryString.encode(credentials.contractId))/\(family.rawValue)\(path)"
        return queryString.isEmpty ? base : base + "?" + queryString
    }

    /// Sends an API call with the bearer token; on 401 renews the token once. Returns a 2xx response or throws
    /// `requestFailed` with the problem body's title and detail.
    func call(
        _ method: HTTPMethod,
        url: String,
        endpoint: String,
        body: Data? = nil,
        policy: RetryPolicy? = nil
    ) throws -> HTTPClientResponse {
        var renewed = false
        while true {
            let token = try accessToken()
            var headers = [HTTPHeader("Authorization", "Bearer \(token)"), HTTPHeader("Accept", "application/json")]
            if body != nil { headers.append(HTTPHeader("Content-Type", "application/json")) }
            let request = HTTPClientRequest(method: method, url: url, headers: headers, body: body)
            let response = try execute(
                request,
                endpoint: endpoint,
                write: method != .get,
                policy: policy ?? retryPolicy
            )
            if response.status == 401 {
                tokenCache.invalidate()
                guard renewed else {
                    renewed = true
                    continue
                }
                // A token issued a moment ago was refused too: not a stale cache but the contract or the app
                // (`{"type":…/oauth2/access_denied,"title":"Access Denied","status":401,"error":"access_denied",…}`,
                // or the `about:blank` problem form; smaregi.md §8).
                let problem = try? JSONDecoder().decode(SmaregiProblemResponse.self, from: response.body)
                throw SmaregiAPIError.authenticationFailed(
                    endpoint: endpoint,
                    status: response.status,
                    error: problem?.error ?? problem?.title,
                    errorDescription: problem?.errorDescription ?? problem?.detail
                )
            }
            guard response.isSuccess else {
                let problem = try? JSONDecoder().decode(SmaregiProblemResponse.self, from: response.body)
                throw SmaregiAPIError.requestFailed(
                    endpoint: endpoint,
                    status: response.status,
                    title: problem?.title ?? problem?.error,
                    detail: problem?.detail ?? problem?.errorDescription
                )
            }
            return response
        }
    }

    /// The policy of writes that must not land twice: retried on 429 only (the request was refused), never after a
    /// timeout or a broken connection.
    var nonIdempotentPolicy: RetryPolicy {
        var policy = retryPolicy
        policy.retryableStatuses = [429]
        policy.retriesTimeouts = false
        policy.retriesConnectionFailures = false
        return policy
    }

    /// Decodes a JSON body, mapping failures to `invalidResponse`.
    func decode<Body: Decodable>(_ type: Body.Type, from response: HTTPClientResponse, endpoint: String) throws -> Body
    {
        do {
            return try JSONDecoder().decode(type, from: response.body)
        } catch {
            throw SmaregiAPIError.invalidResponse(endpoint: endpoint, status: response.status, reason: "\(error)")
        }
    }

    /// Every page of a list: `limit=1000`, following `Link: rel="next"`; while no `Link` has come, asking for the
    /// next page after a full one (smaregi.md §3.2).
    func allPages<Item: Decodable>(
        _ type: Item.Type,
        _ family: APIFamily,
        _ path: String,
        query: [(String, String?)],
        endpoint: String,
        limit: Int = 1000
    ) throws -> [Item] {
        var items: [Item] = []
        try forEachPage(type, family, path, query: query, endpoint: endpoint, limit: limit) { batch in
            items += batch
            return true
        }
        return items
    }

    /// Reads a list page by page as `allPages` does, handing each page to `body` as soon as it is decoded;
    /// `body` returns false to stop reading.
    func forEachPage<Item: Decodable>(
        _ type: Item.Type,
        _ family: APIFamily,
        _ path: String,
        query: [(String, String?)],
        endpoint: String,
        limit: Int = 1000,
        _ body: ([Item]) throws -> Bool
    ) throws {
        var page = 1
        // Once the API has sent a `Link`, a page without one is the last (smaregi.md §3.2); pages are counted only
        // while none has come.
        var followsLinks = false
        var next: String? = url(family, path, query: query + [("limit", String(limit)), ("page", "1")])
        while let current = next {
            let response = try call(.get, url: current, endpoint: endpoint)
            let batch = try decode([Item].self, from: response, endpoint: endpoint)
            guard try body(batch) else { return }
            page += 1
            // Several `Link` fields are one list (RFC 9110 §5.3).
            let links = response.headerValues("Link")
            if let link = SmaregiLinkHeader.nextURL(in: links.isEmpty ? nil : links.joined(separator: ", ")) {
                // An absolute URL as the API sends it; a path-only one is resolved against the API host.
                next = link.hasPrefix("/") ? apiBaseURL + link : link
                followsLinks = true
            } else if batch.count >= limit, !followsLinks {
                next = url(family, path, query: query + [("limit", String(limit)), ("page", String(page))])
            } else {
                next = nil
            }
            if page > 100_000 { break }
        }
    }

    private func execute(
        _ request: HTTPClientRequest,
        endpoint: String,
        write: Bool,
        policy: RetryPolicy
    ) throws -> HTTPClientResponse {
        let key = write ? PacerKey.write(credentials.contractId) : PacerKey.read(credentials.contractId)
        var logger = logger
        logger[metadataKey: "smaregi.endpoint"] = "\(endpoint)"
        do {
            let response = try http.execute(request, retry: policy, pacerKey: key, logger: logger)
            record(endpoint, request, response: response, error: nil)
            return response
        } catch {
            var last: HTTPClientResponse?
            if case .retriesExhausted(_, _, let response, _) = error { last = response }
            record(endpoint, request, response: last, error: "\(error)")
            if let last {
                let problem = try? JSONDecoder().decode(SmaregiProblemResponse.self, from: last.body)
                throw SmaregiAPIError.requestFailed(
                    endpoint: endpoint,
                    status: last.status,
                    title: problem?.title,
                    detail: problem?.detail
                )
            }
            throw SmaregiAPIError.transport(endpoint: endpoint, underlying: error)
        }
    }

    /// Hands the exchange to `recorder`: the client secret, its Basic form and the cached token removed.
    func record(_ endpoint: String, _ request: HTTPClientRequest, response: HTTPClientResponse?, error: String?) {
        guard let recorder else { return }
        let basic = Data("\(credentials.clientId):\(credentials.clientSecret)".utf8).base64EncodedString()
        var secrets = [credentials.clientSecret, basic]
        if let token = tokenCache.validToken(now: now(), margin: 0) { secrets.append(token) }
        for header in request.headers where header.hasName("Authorization") {
            secrets.append(String(header.value.split(separator: " ").last ?? ""))
        }
        recorder(HTTPExchange(endpoint: endpoint, request: request, response: response, error: error, secrets: secrets))
    }
}
