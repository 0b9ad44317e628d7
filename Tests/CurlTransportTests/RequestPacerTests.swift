import Foundation
import TestSupport
import Testing

@testable import CurlTransport

struct RequestPacerTests {
    @Test func pacedRequestsFromSeveralThreadsNeverExceedTheRate() async throws {
        try await TestHTTPServer.with { baseURL, recorder in
            // Given a client paced at 6 requests per second (burst 1) for "rms"
            let pacer = RequestPacer(limits: ["rms": .init(requestsPerSecond: 6)])
            let client = CurlHTTPClient(pacer: pacer)
            let started = ContinuousClock.now

            // When 3 threads send 4 requests each
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<3 {
                    group.addTask {
                        for _ in 0..<4 {
                            let response = try await runBlocking {
                                try client.execute(
                                    HTTPClientRequest(url: "\(baseURL)/paced"),
                                    retry: .never,
                                    pacerKey: "rms",
                                    logger: LogRecorder().makeLogger()
                                )
                            }
                            #expect(response.status == 200)
                        }
                    }
                }
                try await group.waitForAll()
            }

            // Then all 12 arrived, any 7 consecutive arrivals span at least ~1 s (≤ 6 per second),
            // and the whole run took about 11/6 s
            let times = recorder.arrivalTimes("paced")
            #expect(times.count == 12)
            for index in 0..<(times.count - 6) {
                #expect(times[index + 6] - times[index] >= .milliseconds(950))
            }
            let elapsed = ContinuousClock.now - started
            #expect(elapsed >= .milliseconds(1780) && elapsed < .seconds(3))
        }
    }

    @Test func burstAllowsBackToBackRequestsThenPaces() {
        // Given a bucket of 3 at 20 per second
        let pacer = RequestPacer(limits: ["k": .init(requestsPerSecond: 20, burst: 3)])
        // When 5 slots are taken back to back
        let waits = (0..<5).map { _ in pacer.acquire(key: "k") }
        // Then the first 3 go at once and the 4th and 5th wait for refills (about 50 ms apart)
        #expect(waits[0...2].allSatisfy { $0 == .zero })
        #expect(waits[3] > .milliseconds(30) && waits[3] <= .milliseconds(50))
        #expect(waits[4] > .milliseconds(30) && waits[4] <= .milliseconds(55))
    }

    @Test func keysArePacedIndependentlyAndUnknownKeysPassThrough() {
        let pacer = RequestPacer(limits: ["a": .init(requestsPerSecond: 1), "b": .init(requestsPerSecond: 1)])
        #expect(pacer.acquire(key: "a") == .zero)
        #expect(pacer.acquire(key: "b") == .zero)
        #expect((0..<5).allSatisfy { _ in pacer.acquire(key: "unlisted") == .zero })
    }

    @Test func defaultLimitAppliesToUnlistedKeys() {
        let pacer = RequestPacer(defaultLimit: .init(requestsPerSecond: 50))
        #expect(pacer.acquire(key: "x") == .zero)
        let second = pacer.acquire(key: "x")
        #expect(second > .milliseconds(10) && second <= .milliseconds(20))
    }
}
