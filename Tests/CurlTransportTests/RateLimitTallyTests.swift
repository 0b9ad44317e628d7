import CurlTransport
import Foundation
import Logging
import TestSupport
import Testing

/// Issue #11 §1: a 429 that still happens is honoured (Retry-After) and counted.
struct RateLimitTallyTests {
    @Test func a429IsRetriedCountedAndLogged() async throws {
        try await TestHTTPServer.with { baseURL, recorder in
            // Given a route that answers 429 with Retry-After: 1 once, then 200
            let logs = LogRecorder()
            let before = RateLimitTally.total
            let (result, _) = try await runBlockingMeasured {
                try CurlHTTPClient().execute(
                    HTTPClientRequest(url: "\(baseURL)/limited?retryAfter=1"),
                    retry: RetryPolicy(maxAttempts: 3, initialBackoff: .milliseconds(40), deadline: .seconds(10)),
                    logger: logs.makeLogger()
                )
            }
            // Then the retry succeeded, the process counted the 429 (other tests may add theirs), and warned once
            #expect(try result.get().status == 200)
            #expect(recorder.count("limited") == 2)
            #expect(RateLimitTally.total - before >= 1)
            let warnings = logs.entries.filter { $0.level == .warning && $0.message.contains("HTTP 429") }
            #expect(warnings.count == 1)
        }
    }
}
