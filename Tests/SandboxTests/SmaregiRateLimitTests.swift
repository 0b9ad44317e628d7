import Foundation
import HTTPTypes
import Hummingbird
import Sandbox
import TestSupport
import Testing

/// Per-contract rate limits with 429 + `Retry-After` (smaregi.md §3.1).
struct SmaregiRateLimitTests {
    @Test func readsOverTheLimitGet429WithRetryAfter() async throws {
        try await withSmaregiRouter(rateLimits: true) { sandbox in
            // Given a contract limited to 2 reads per second
            _ = try await sandbox.control(.put, "/settings", json: #"{"readsPerSecond":2,"writesPerSecond":4}"#)
            let token = try await sandbox.token()
            // When reads arrive back to back (up to ten, so a slow machine refilling a token cannot hide the limit)
            var statuses: [Int] = []
            var last: SandboxReply?
            for _ in 0..<10 {
                let reply = try await sandbox.send(.get, "/sb_sandbox01/pos/stores", bearer: token)
                statuses.append(reply.status)
                last = reply
                if reply.status == 429 { break }
            }
            // Then the first two pass and a later one is refused with Retry-After
            #expect(Array(statuses.prefix(2)) == [200, 200])
            #expect(statuses.last == 429)
            let refused = try #require(last)
            #expect(refused.object["status"] as? Int == 429)
            #expect(refused.object["type"] as? String == "about:blank")
            let retryAfter = try #require(refused.headers[HTTPField.Name("Retry-After")!].flatMap { Int($0) })
            #expect(retryAfter >= 1)
        }
    }

    @Test func writesHaveTheirOwnBudget() async throws {
        try await withSmaregiRouter(rateLimits: true) { sandbox in
            try await sandbox.seedProducts()
            _ = try await sandbox.control(.put, "/settings", json: #"{"readsPerSecond":10,"writesPerSecond":1}"#)
            let token = try await sandbox.token()
            let body = #"{"storeId":"1","stockAmount":"5"}"#
            let first = try await sandbox.send(.patch, "/sb_sandbox01/pos/stock/1001", json: body, bearer: token)
            let second = try await sandbox.send(.patch, "/sb_sandbox01/pos/stock/1001", json: body, bearer: token)
            let read = try await sandbox.send(.get, "/sb_sandbox01/pos/stock", bearer: token)
            #expect(first.status == 200)
            #expect(second.status == 429)
            #expect(read.status == 200)
        }
    }

    @Test func limitsSwitchedOffNeverAnswer429() async throws {
        try await withSmaregiRouter(rateLimits: true) { sandbox in
            _ = try await sandbox.control(.put, "/settings", json: #"{"rateLimitEnabled":false}"#)
            let token = try await sandbox.token()
            var statuses = Set<Int>()
            for _ in 0..<30 {
                statuses.insert(try await sandbox.send(.get, "/sb_sandbox01/pos/stores", bearer: token).status)
            }
            #expect(statuses == [200])
        }
    }

    @Test func defaultLimitIsTenReadsPerSecond() async throws {
        try await withSmaregiRouter(rateLimits: true) { sandbox in
            let token = try await sandbox.token()
            var statuses: [Int] = []
            for _ in 0..<20 {
                statuses.append(try await sandbox.send(.get, "/sb_sandbox01/pos/stores", bearer: token).status)
            }
            // A burst of 10, plus whatever refilled while the 20 requests ran (well under 0.2 s).
            #expect((10...12).contains(statuses.filter { $0 == 200 }.count))
            #expect(Array(statuses.prefix(10)) == Array(repeating: 200, count: 10))
            #expect(statuses.contains(429))
        }
    }
}
