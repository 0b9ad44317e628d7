import Foundation
import Synchronization
import TestSupport
import Testing

@testable import CurlTransport

struct RequestPacerTests {
    @Test func pacedRequestsFromSeveralThreadsNeverExceedTheRate() async throws {
        // Given a server recording arrivals and a client paced at 6 requests per second (burst 1) for "rms"
        let server = try ArrivalRecordingServer()
        defer { server.stop() }
        let pacer = RequestPacer(limits: ["rms": .init(requestsPerSecond: 6)])
        let client = CurlHTTPClient(pacer: pacer)
        let statuses = Mutex<[Int]>([])
        let url = "http://127.0.0.1:\(server.port)/paced"

        // When 3 threads send 4 requests each
        let elapsed = try await runBlocking {
            let started = ContinuousClock.now
            onThreads(3) { _ in
                for _ in 0..<4 {
                    let response = try? client.execute(
                        HTTPClientRequest(url: url),
                        retry: .never,
                        pacerKey: "rms",
                        logger: LogRecorder().makeLogger()
                    )
                    statuses.withLock { $0.append(response?.status ?? -1) }
                }
            }
            return ContinuousClock.now - started
        }

        // Then all 12 succeeded, the whole run took about 11/6 s, and no 7 arrivals fall within one second
        // (50 ms slack for thread scheduling; an unpaced client sends all 12 within a few milliseconds)
        #expect(statuses.withLock { $0 } == Array(repeating: 200, count: 12))
        #expect(elapsed >= .milliseconds(1800) && elapsed < .seconds(3))
        let times = server.arrivalTimes
        try #require(times.count == 12)
        for index in 0..<(times.count - 6) {
            #expect(times[index + 6] - times[index] >= .milliseconds(950))
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

/// Runs `work(index)` on `count` new threads at once and returns when all have finished.
func onThreads(_ count: Int, _ work: @escaping @Sendable (Int) -> Void) {
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        Thread {
            work(index)
            group.leave()
        }.start()
    }
    group.wait()
}
