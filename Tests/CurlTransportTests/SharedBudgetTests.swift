import Foundation
import TestSupport
import Testing

@testable import CurlTransport

/// Issue #11 §1: one budget per key shared by every process that uses the same folder.
///
/// The sleeps here are real time on purpose: a budget is a rate on the wall clock (the file stores wall-clock
/// reservations), so a test of it lets the clock run rather than waiting for an event.
struct SharedBudgetTests {
    /// The environment that turns `pacedHelperProcess` into the helper of `twoProcessesShareOneBudget`.
    static let helperVariable = "RAKUTEN_SYNC_BUDGET_HELPER"

    @Test(.timeLimit(.minutes(2)))
    func twoProcessesShareOneBudget() async throws {
        // Given a server recording arrivals, a budget folder, and two OS processes (this test bundle, running only
        // the helper below) that each send 4 requests paced at 5 per second from the same folder and key (spaced
        // from answers, as the RMS budgets are),
        // released at the same wall-clock instant
        let server = try ArrivalRecordingServer()
        defer { server.stop() }
        let folder = try StoreFixtures.temporaryDirectory(prefix: "budgets").path
        let startAt = Date().timeIntervalSince1970 + 4
        let environment = [
            Self.helperVariable: "1", "BUDGET_DIR": folder, "BUDGET_URL": "http://127.0.0.1:\(server.port)/paced",
            "BUDGET_START_AT": "\(startAt)",
        ]
        let bundle = CommandLine.arguments[0]
        let results = try await withThrowingTaskGroup(of: ProcessRunner.Result.self) { group in
            for _ in 0..<2 {
                group.addTask {
                    try await runBlocking {
                        try ProcessRunner.run(
                            bundle,
                            ["--testing-library", "swift-testing", "--filter", "pacedHelperProcess"],
                            environment: environment,
                            timeout: 90
                        )
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for result in results {
            #expect(result.status == 0, "\(result.standardOutput.suffix(2000))\(result.standardError.suffix(2000))")
        }

        // Then the server saw all 8, each at least one interval (200 ms) after the one before: the processes queued
        // for their slots (two private buckets send them in pairs). Spaced from answers, this holds however late a
        // loaded machine runs a sender (5 ms for clock granularity)
        let times = server.arrivalTimes
        try #require(times.count == 8, "\(times.count) arrivals")
        let gaps = zip(times.dropFirst(), times).map { $0 - $1 }
        #expect(gaps.allSatisfy { $0 >= .milliseconds(195) }, "gaps \(gaps)")
        // and the budget file is named by a hash, not by the key
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files == [SHA256Digest.hex("secret-scope\u{1F}k") + ".budget"], "\(files)")
    }

    /// Does nothing in a normal run; with `RAKUTEN_SYNC_BUDGET_HELPER` set it is the child process of
    /// `twoProcessesShareOneBudget`.
    @Test func pacedHelperProcess() throws {
        let environment = ProcessInfo.processInfo.environment
        guard environment[Self.helperVariable] == "1" else { return }
        let folder = try #require(environment["BUDGET_DIR"])
        let url = try #require(environment["BUDGET_URL"])
        let startAt = try #require(environment["BUDGET_START_AT"].flatMap(Double.init))
        let pacer = RequestPacer(
            limits: ["k": .init(requestsPerSecond: 5, spacedFromAnswer: true)],
            shared: SharedBudget(directory: folder),
            scope: "secret-scope"
        )
        let client = CurlHTTPClient(pacer: pacer)
        let wait = startAt - Date().timeIntervalSince1970
        if wait > 0 { Thread.sleep(forTimeInterval: wait) }
        for _ in 0..<4 {
            let response = try client.execute(
                HTTPClientRequest(url: url),
                retry: .never,
                pacerKey: "k",
                logger: LogRecorder().makeLogger()
            )
            #expect(response.status == 200)
        }
    }

    @Test func pacersWithTheSameFolderShareOneBudgetAcrossThreads() throws {
        // Given two pacer instances on one folder and key (as two processes would have), 10 per second
        let folder = try StoreFixtures.temporaryDirectory(prefix: "budgets").path
        let pacers = (0..<2).map { _ in
            RequestPacer(limits: ["k": .init(requestsPerSecond: 10)], shared: SharedBudget(directory: folder))
        }
        // When each takes 3 slots on its own thread
        let started = ContinuousClock.now
        onThreads(2) { index in
            for _ in 0..<3 { pacers[index].acquire(key: "k") }
        }
        // Then the 6 slots took at least 5 intervals (two private buckets would finish in 2)
        #expect(ContinuousClock.now - started >= .milliseconds(480))
        #expect(pacers.allSatisfy { $0.takeSharedBudgetFailure() == nil })
    }

    @Test func burstAndReservationsFollowTheLimit() throws {
        let budget = SharedBudget(directory: try StoreFixtures.temporaryDirectory(prefix: "budgets").path)
        let limit = RequestPacer.Limit(requestsPerSecond: 10, burst: 2)
        // Two go at once (the burst), then each waits one more interval (100 ms) than the one before
        let waits = try (0..<4).map { _ in try budget.reserve(key: "b", limit: limit) }
        #expect(waits[0] == .zero && waits[1] == .zero)
        #expect(waits[2] > .milliseconds(90) && waits[2] <= .milliseconds(100))
        #expect(waits[3] > .milliseconds(190) && waits[3] <= .milliseconds(200))
        // and another key has its own budget
        #expect(try budget.reserve(key: "other", limit: limit) == .zero)
    }

    @Test func aSlowAnswerPushesTheNextSendBack() throws {
        // Given a 10 per second budget spaced from answers, and a request sent now and answered 60 ms later
        let budget = SharedBudget(directory: try StoreFixtures.temporaryDirectory(prefix: "budgets").path)
        let limit = RequestPacer.Limit(requestsPerSecond: 10, spacedFromAnswer: true)
        #expect(try budget.reserve(key: "a", limit: limit) == .zero)
        #expect(try budget.confirm(key: "a", limit: limit) == .zero)
        Thread.sleep(forTimeInterval: 0.06)
        try budget.finish(key: "a", limit: limit)
        // Then the next send must wait about one interval from the answer (not the 40 ms left from the send)
        let wait = try budget.confirm(key: "a", limit: limit)
        #expect(wait > .milliseconds(80) && wait <= .milliseconds(100), "\(wait)")
        // and a limit without spacedFromAnswer is spaced from sends only
        let plain = RequestPacer.Limit(requestsPerSecond: 10)
        #expect(try budget.confirm(key: "p", limit: plain) == .zero)
        Thread.sleep(forTimeInterval: 0.06)
        try budget.finish(key: "p", limit: plain)
        #expect(try budget.confirm(key: "p", limit: plain) <= .milliseconds(45))
    }

    @Test func aRequestWithoutAnswerHoldsTheNextOneBackUntilItIsAnswered() throws {
        // Given a 10 per second budget spaced from answers and a request sent 150 ms ago, still unanswered (another
        // process: the server may not have counted it yet)
        let budget = SharedBudget(directory: try StoreFixtures.temporaryDirectory(prefix: "budgets").path)
        let limit = RequestPacer.Limit(requestsPerSecond: 10, spacedFromAnswer: true)
        #expect(try budget.confirm(key: "a", limit: limit) == .zero)
        Thread.sleep(forTimeInterval: 0.15)
        // Then the next send waits although one interval has passed since the send
        #expect(try budget.confirm(key: "a", limit: limit) > .zero)
        // and once the answer is in, it waits one interval from the answer, then goes
        try budget.finish(key: "a", limit: limit)
        let wait = try budget.confirm(key: "a", limit: limit)
        #expect(wait > .milliseconds(80) && wait <= .milliseconds(100), "\(wait)")
        Thread.sleep(forTimeInterval: wait.seconds)
        #expect(try budget.confirm(key: "a", limit: limit) == .zero)
    }

    @Test func aStateFileFromAnotherBootIsIgnored() throws {
        // Given a file whose reservation lies an hour ahead on another boot's clock
        let budget = SharedBudget(directory: try StoreFixtures.temporaryDirectory(prefix: "budgets").path)
        let limit = RequestPacer.Limit(requestsPerSecond: 1)
        _ = try budget.reserve(key: "r", limit: limit)
        let ahead = SharedBudget.monotonicNanoseconds() + 3_000 * 1_000_000_000
        try Data("another-boot \(ahead) 0\n".utf8).write(to: URL(fileURLWithPath: budget.path(for: "r")))
        // Then the next reservation goes at once
        #expect(try budget.reserve(key: "r", limit: limit) == .zero)
    }

    @Test func anUnusableFolderFallsBackToThisProcessAndSaysSo() throws {
        // Given a budget "folder" that is a file
        let file = try StoreFixtures.temporaryDirectory(prefix: "budgets").appendingPathComponent("plain").path
        try Data().write(to: URL(fileURLWithPath: file))
        let pacer = RequestPacer(limits: ["k": .init(requestsPerSecond: 20)], shared: SharedBudget(directory: file))
        // Then the pacer still paces (in memory) and keeps the failure once
        #expect(pacer.acquire(key: "k") == .zero)
        #expect(pacer.acquire(key: "k") > .milliseconds(30))
        guard case .budgetUnavailable = pacer.takeSharedBudgetFailure() else {
            Issue.record("no budgetUnavailable failure")
            return
        }
    }

    @Test func digestMatchesKnownVectors() {
        #expect(SHA256Digest.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256Digest.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256Digest.hex(String(repeating: "a", count: 1000))
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"
        )
    }

    @Test func costPerAcquireIsSmall() throws {
        // A microbenchmark for docs/architecture.md: 2,000 acquires at a rate that never waits
        let budget = SharedBudget(directory: try StoreFixtures.temporaryDirectory(prefix: "budgets").path)
        let limit = RequestPacer.Limit(requestsPerSecond: 1_000_000_000, burst: 1)
        _ = try budget.reserve(key: "bench", limit: limit)
        let count = 2_000
        let started = ContinuousClock.now
        for _ in 0..<count {
            _ = try budget.reserve(key: "bench", limit: limit)
            _ = try budget.confirm(key: "bench", limit: limit)
        }
        let perAcquire = (ContinuousClock.now - started) / count
        print("SharedBudget: \(perAcquire) per acquire (reserve + confirm, each open + flock + pread + pwrite + close)")
        #expect(perAcquire < .milliseconds(2))
    }
}
