import Foundation
import Hummingbird

/// The plumbing every API route shares: read the request, check token, rate limit and scope, run under the lock.
extension SmaregiSandbox {
    /// Reads what a handler needs from the request (the body included) before any lock is taken.
    func requestInfo(_ request: Request, _ context: BasicRequestContext) async throws -> SmaregiRequestInfo {
        var request = request
        let buffer = try await request.collectBody(upTo: 8 << 20)
        var parameters: [String: String] = [:]
        for (key, value) in context.parameters { parameters[String(key)] = String(value) }
        return SmaregiRequestInfo(
            host: request.head.authority ?? "127.0.0.1",
            path: request.uri.path,
            query: SmaregiQuery(raw: request.uri.query),
            parameters: parameters,
            body: Data(buffer.readableBytesView)
        )
    }

    /// Serves an API call on `/{contractId}/pos/...` or `/{contractId}/order-shipment/...`.
    ///
    /// Order of checks: bearer token (401), rate limit per contract (429 + `Retry-After`), scope (403), then the
    /// handler on a copy of the contract that is written back only when it succeeds.
    func api(
        _ request: Request,
        _ context: BasicRequestContext,
        scope: String,
        _ handler: @escaping @Sendable (inout SmaregiContract, SmaregiRequestInfo, Date) throws -> SmaregiReply
    ) async -> Response {
        let info: SmaregiRequestInfo
        do {
            info = try await requestInfo(request, context)
        } catch {
            return SmaregiReply(problem: .badRequest("リクエストを読めません")).response
        }
        let write = request.method != .get && request.method != .head
        let authorization = request.headers[.authorization]
        let date = now()
        let reply: SmaregiReply = box.withLock { state in
            do {
                let contractId = info.parameters["contractId"] ?? ""
                let form = state.contracts[contractId]?.unauthorizedForm ?? .accessDenied
                guard let header = authorization, header.hasPrefix("Bearer "),
                    let token = state.tokens[String(header.dropFirst("Bearer ".count))]
                else { throw SmaregiProblem.unauthorized("アクセストークンが不正です", form: form) }
                guard token.expiresAt > date else {
                    throw SmaregiProblem.unauthorized("アクセストークンの有効期限が切れています", form: form)
                }
                guard token.contractId == contractId, var contract = state.contracts[contractId] else {
                    throw SmaregiProblem.unauthorized("アクセストークンの契約IDが一致しません", form: form)
                }
                guard !contract.denyAPIAccess else {
                    throw SmaregiProblem.unauthorized("このアプリは契約で利用できません", form: form)
                }
                if let wait = (write ? contract.writeBucket : contract.readBucket).take(key: contractId) {
                    throw SmaregiProblem.tooManyRequests(retryAfter: wait)
                }
                guard token.scopes.contains(scope) else { throw SmaregiProblem.insufficientScope(scope) }
                let reply = try handler(&contract, info, date)
                state.contracts[contractId] = contract
                return reply
            } catch let problem as SmaregiProblem {
                return SmaregiReply(problem: problem)
            } catch {
                return SmaregiReply(problem: SmaregiProblem(status: 500, title: "Internal Server Error", detail: nil))
            }
        }
        return reply.response
    }

    /// Serves a control route (`/_sandbox/smaregi/...`): no auth, no limits, the whole state under the lock.
    func control(
        _ request: Request,
        _ context: BasicRequestContext,
        _ handler: @escaping @Sendable (inout SmaregiState, SmaregiRequestInfo, Date) throws -> SmaregiReply
    ) async -> Response {
        let info: SmaregiRequestInfo
        do {
            info = try await requestInfo(request, context)
        } catch {
            return SmaregiReply(problem: .badRequest("リクエストを読めません")).response
        }
        let date = now()
        let reply: SmaregiReply = box.withLock { state in
            var copy = state
            do {
                let reply = try handler(&copy, info, date)
                state = copy
                return reply
            } catch let problem as SmaregiProblem {
                return SmaregiReply(problem: problem)
            } catch {
                return SmaregiReply(problem: SmaregiProblem(status: 500, title: "Internal Server Error", detail: nil))
            }
        }
        return reply.response
    }

    /// Encodes a POS list page: projection, top-level array, `Link` when a next page exists.
    static func listReply(
        _ rows: [SmaregiJSONWriter.Row],
        listing: SmaregiListing,
        hasNext: Bool,
        info: SmaregiRequestInfo
    ) throws -> SmaregiReply {
        let projected = try rows.map { try listing.project($0) }
        var reply = SmaregiReply.json(SmaregiJSONWriter.rows(projected))
        if let link = listing.linkHeader(hasNext: hasNext, request: info) { reply.headers.append(("Link", link)) }
        return reply
    }
}
