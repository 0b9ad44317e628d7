import Foundation
import TestSupport
import Testing

@testable import CurlTransport

struct RetryTests {
    /// Short backoffs so the suite stays fast; the logic is the same as with production values.
    static let quickPolicy = RetryPolicy(
        maxAttempts: 4,
        initialBackoff: .milliseconds(40),
        maxBackoff: .milliseconds(200),
        deadline: .seconds(5)
    )

    @Test func retriesServiceUnavailableUntilSuccess() async throws {
        try await TestHTTPServer.with { baseURL, recorder in
            // Given a route that answers 503 twice, then 200
            let logs = LogRecorder()
            let client = CurlHTTPClient()

            // When executed with retries
            let response = try await runBlocking {
                try client.execute(
                    HTTPClientRequest(
                        url: "\(baseURL)/flaky/2?serviceSecret=s3cr3t",
                        headers: [HTTPHeader("Authorization", "ESA c2VjcmV0")]
                    ),
                    retry: Self.quickPolicy,
                    logger: logs.makeLogger()
                )
            }

            // Then the third attempt succeeds, two retries were logged with status and delay, and no secret leaked
            #expect(response.status == 200)
            #expect(String(decoding: response.body, as: UTF8.self) == "ok after 3")
            #expect(recorder.count("flaky") == 3)
            let retries = logs.entries.filter { $0.message == "retrying HTTP request" }
            #expect(retries.map { $0.metadata["attempt"] } == ["1", "2"])
            #expect(retries.allSatisfy { $0.metadata["http.status"] == "503" && $0.metadata["delay"] != nil })
            let everything = logs.entries.map { "\($0.message) \($0.metadata)" }.joined(separator: "\n")
            #expect(!everything.contains("s3cr3t"))
            #expect(!everything.contains("c2VjcmV0"))
        }
    }

    @Test func backsOffExponentiallyBetweenAttempts() async throws {
        try await TestHTTPServer.with { baseURL, recorder in
            // Given 3 failures and a 100 ms initial backoff: waits in [50,100] + [100,200] + [200,400] ms
            let policy = RetryPolicy(
                maxAttempts: 4,
                initialBackoff: .milliseconds(100),
                maxBackoff: .seconds(1),
                deadline: .seconds(5)
            )
            let client = CurlHTTPClient()
            _ = try await runBlocking {
                try client.execute(
                    HTTPClientRequest(url: "\(baseURL)/flaky/3"),
                    retry: policy,
                    logger: LogRecorder().makeLogger()
                )
            }
            // Then the gaps between arrivals grow within those bounds
            let times = recorder.arrivalTimes("flaky")
            try #require(times.count == 4)
            let gaps = zip(times.dropFirst(), times).map { ($0 - $1).seconds }
            #expect(gaps[0] >= 0.045 && gaps[0] < 0.3)
            #expect(gaps[1] >= 0.095 && gaps[1] < 0.4)
            #expect(gaps[2] >= 0.195 && gaps[2] < 0.6)
        }
    }

    @Test func honoursRetryAfterSeconds() async throws {
        try await TestHTTPServer.with { baseURL, recorder in
            // Given a 429 with Retry-After: 1 although the computed backoff would be 40 ms
            let client = CurlHTTPClient()
            // When executed with retries
            let (result, elapsed) = try await runBlockingMeasured {
                try client.execute(
                    HTTPClientRequest(url: "\(baseURL)/limited?retryAfter=1"),
                    retry: Self.quickPolicy,
                    logger: LogRecorder().makeLogger()
                )
            }
            // Then the client waited about one second before the successful second attempt
            #expect(try result.get().status == 200)
            #expect(recorder.count("limited") == 2)
            let times = recorder.arrivalTimes("limited")
            #expect((times[1] - times[0]) >= .milliseconds(990))
            #expect(elapsed >= .seconds(1) && elapsed < .seconds(2))
        }
    }

    @Test func givesUpWhenRetryAfterPassesTheDeadline() async throws {
        try await TestHTTPServer.with { baseURL, recorder in
            // Given Retry-After: 30 but only 2 s left
            let client = CurlHTTPClient()
            var deadlinePolicy = Self.quickPolicy
            deadlinePolicy.deadline = .seconds(2)
            let policy = deadlinePolicy
            // When executed
            let (result, elapsed) = try await runBlockingMeasured {
                try client.execute(
                    HTTPClientRequest(url: "\(baseURL)/limited?retryAfter=30"),
                    retry: policy,
                    logger: LogRecorder().makeLogger()
                )
            }
            // Then it stops at once instead of sleeping past the deadline, reporting the 429
            #expect(elapsed < .milliseconds(500))
            #expect(recorder.count("limited") == 1)
            #expect(result.failure?.lastStatus == 429)
        }
    }

    @Test func doesNotRetryClientErrors() async throws {
        try await TestHTTPServer.with { baseURL, recorder in
            let client = CurlHTTPClient()
            let response = try await runBlocking {
                try client.execute(
                    HTTPClientRequest(url: "\(baseURL)/always/400"),
                    retry: Self.quickPolicy,
                    logger: LogRecorder().makeLogger()
                )
            }
            #expect(response.status == 400)
            #expect(String(decoding: response.body, as: UTF8.self) == "status 400")
            #expect(recorder.count("always") == 1)
        }
    }

    @Test func exhaustedAttemptsReportURLAttemptsAndLastStatus() async throws {
        try await TestHTTPServer.with { baseURL, recorder in
            let client = CurlHTTPClient()
            let error = await #expect(throws: CurlTransportError.self) {
                try await runBlocking {
                    try client.execute(
                        HTTPClientRequest(url: "\(baseURL)/always/502?licenseKey=k"),
                        retry: Self.quickPolicy,
                        logger: LogRecorder().makeLogger()
                    )
                }
            }
            guard case .retriesExhausted(let url, let attempts, let lastResponse, _) = error else {
                Issue.record("expected retriesExhausted, got \(String(describing: error))")
                return
            }
            #expect(url == "\(baseURL)/always/502")
            #expect(attempts == 4)
            #expect(lastResponse?.status == 502)
            #expect(recorder.count("always") == 4)
            let text = error?.description ?? ""
            #expect(text.contains("after 4 attempts") && text.contains("502") && !text.contains("licenseKey"))
        }
    }

    @Test func deadlineBoundsTheWholeExecution() async throws {
        try await TestHTTPServer.with { baseURL, recorder in
            // Given an always-503 route, many attempts allowed, 300 ms backoff and an 800 ms deadline
            let policy = RetryPolicy(
                maxAttempts: 50,
                initialBackoff: .milliseconds(300),
                maxBackoff: .milliseconds(300),
                deadline: .milliseconds(800)
            )
            let client = CurlHTTPClient()
            // When executed
            let (result, elapsed) = try await runBlockingMeasured {
                try client.execute(
                    HTTPClientRequest(url: "\(baseURL)/always/503"),
                    retry: policy,
                    logger: LogRecorder().makeLogger()
                )
            }
            // Then it stops within the deadline, after a handful of attempts, with the last status
            #expect(elapsed < .milliseconds(820))
            #expect((2...6).contains(recorder.count("always")))
            #expect(result.failure?.lastStatus == 503)
        }
    }

    @Test func deadlineShortensTheAttemptTimeout() async throws {
        try await TestHTTPServer.with { baseURL, _ in
            // Given a 1.5 s route, a 60 s configured timeout and a 400 ms deadline
            let client = CurlHTTPClient()
            let policy = RetryPolicy(maxAttempts: 3, initialBackoff: .milliseconds(50), deadline: .milliseconds(400))
            // When executed
            let (result, elapsed) = try await runBlockingMeasured {
                try client.execute(
                    HTTPClientRequest(url: "\(baseURL)/slow"),
                    retry: policy,
                    logger: LogRecorder().makeLogger()
                )
            }
            // Then the attempt is cut at the deadline and reported as a timeout
            #expect(elapsed < .milliseconds(600))
            guard case .retriesExhausted(_, let attempts, _, let lastError) = result.failure, case .timedOut = lastError
            else {
                Issue.record("expected retriesExhausted after a timeout, got \(result)")
                return
            }
            #expect(attempts == 1)
        }
    }

    @Test func pacingWaitDoesNotCancelTheFirstAttempt() async throws {
        try await TestHTTPServer.with { baseURL, recorder in
            // Given a pacer at 2 requests per second and a deadline (100 ms) shorter than the pacing wait
            let client = CurlHTTPClient(pacer: RequestPacer(limits: ["k": .init(requestsPerSecond: 2)]))
            let policy = RetryPolicy(maxAttempts: 3, deadline: .milliseconds(100))
            let request = HTTPClientRequest(url: "\(baseURL)/always/200")

            // When two requests go back to back
            let (result, elapsed) = try await runBlockingMeasured {
                _ = try client.execute(request, retry: policy, pacerKey: "k", logger: LogRecorder().makeLogger())
                return try client.execute(request, retry: policy, pacerKey: "k", logger: LogRecorder().makeLogger())
            }

            // Then the second waited for its slot and was still sent
            #expect(try result.get().status == 200)
            #expect(recorder.count("always") == 2)
            #expect(elapsed >= .milliseconds(480))
        }
    }

    @Test func refusedConnectionFailsAfterBoundedRetries() async throws {
        let port = try closedPort()
        let client = CurlHTTPClient()
        let logs = LogRecorder()
        let policy = RetryPolicy(
            maxAttempts: 3,
            initialBackoff: .milliseconds(20),
            maxBackoff: .milliseconds(40),
            deadline: .seconds(5)
        )
        let error = await #expect(throws: CurlTransportError.self) {
            try await runBlocking {
                try client.execute(
                    HTTPClientRequest(url: "http://127.0.0.1:\(port)/orders"),
                    retry: policy,
                    logger: logs.makeLogger()
                )
            }
        }
        guard case .retriesExhausted(let url, let attempts, let lastResponse, let lastError) = error,
            case .connectionFailed(_, let curlCode, _) = lastError
        else {
            Issue.record("expected retriesExhausted after connection failures, got \(String(describing: error))")
            return
        }
        #expect(url == "http://127.0.0.1:\(port)/orders")
        #expect(attempts == 3)
        #expect(lastResponse == nil)
        #expect(curlCode == 7)
        #expect(logs.entries.filter { $0.message == "retrying HTTP request" }.count == 2)
    }

    @Test func connectionFailuresAreNotRetriedWhenThePolicySaysSo() async throws {
        let port = try closedPort()
        let client = CurlHTTPClient()
        var policy = Self.quickPolicy
        policy.retriesConnectionFailures = false
        let error = await #expect(throws: CurlTransportError.self) {
            try await runBlocking { [policy] in
                try client.execute(
                    HTTPClientRequest(url: "http://127.0.0.1:\(port)/"),
                    retry: policy,
                    logger: LogRecorder().makeLogger()
                )
            }
        }
        guard case .connectionFailed = error else {
            Issue.record("expected the connection failure itself, got \(String(describing: error))")
            return
        }
    }

    @Test(arguments: [
        ("120", 120_000),
        ("0", 0),
        ("  7 ", 7000),
        ("Sun, 06 Nov 1994 08:50:07 GMT", 30_000),
        ("Sunday, 06-Nov-94 08:49:47 GMT", 10_000),
        ("Sun Nov  6 08:49:40 1994", 3000),
        ("Sun, 06 Nov 1994 08:49:00 GMT", 0),
    ])
    func parsesRetryAfter(value: String, expectedMilliseconds: Int) throws {
        // "now" is Sun, 06 Nov 1994 08:49:37 GMT, the example date of RFC 9110
        let now = Date(timeIntervalSince1970: 784_111_777)
        let delay = try #require(RetryAfter.delay(from: value, now: now))
        #expect(delay == .milliseconds(expectedMilliseconds))
    }

    @Test(arguments: ["", "soon", "-5", "1.5"])
    func ignoresUnparsableRetryAfter(value: String) {
        #expect(RetryAfter.delay(from: value) == nil)
    }

    @Test(arguments: [(1, 100, 200), (2, 200, 400), (3, 400, 800), (4, 500, 1000), (10, 500, 1000)])
    func backoffDoublesWithJitterUpToTheCap(retry: Int, lowMilliseconds: Int, highMilliseconds: Int) {
        let policy = RetryPolicy(initialBackoff: .milliseconds(200), maxBackoff: .seconds(1))
        #expect(policy.backoff(beforeRetry: retry, random: 0) == .milliseconds(lowMilliseconds))
        #expect(policy.backoff(beforeRetry: retry, random: 1) == .milliseconds(highMilliseconds))
    }
}
