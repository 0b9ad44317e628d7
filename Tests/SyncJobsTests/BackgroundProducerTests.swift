import Foundation
import SyncJobs
import Synchronization
import Testing

/// The producer thread the jobs use to overlap reads with writes.
struct BackgroundProducerTests {
    struct Failure: Error, Equatable { var page: Int }

    @Test(arguments: [1, 3, 100])
    func elementsArriveInOrderThenNil(capacity: Int) throws {
        let producer = BackgroundProducer<Int>(capacity: capacity, name: "test") { emit in
            for value in 1...50 where !emit(value) { return }
        }
        var received: [Int] = []
        while let value = try producer.next() { received.append(value) }
        #expect(received == Array(1...50))
        #expect(try producer.next() == nil)
    }

    @Test func theProducersErrorComesAfterWhatItProducedBeforeIt() throws {
        let producer = BackgroundProducer<Int>(capacity: 2, name: "test") { emit in
            for value in 1...3 where !emit(value) { return }
            throw Failure(page: 4)
        }
        #expect(try producer.next() == 1)
        #expect(try producer.next() == 2)
        #expect(try producer.next() == 3)
        #expect(throws: Failure(page: 4)) { try producer.next() }
    }

    @Test func theProducerNeverRunsMoreThanCapacityAhead() throws {
        let produced = Atomic<Int>(0)
        let producer = BackgroundProducer<Int>(capacity: 3, name: "test") { emit in
            for value in 1...20 {
                guard emit(value) else { return }
                produced.add(1, ordering: .sequentiallyConsistent)
            }
        }
        // Nothing consumed: the producer blocks once three elements wait (and stays blocked).
        let waitingFull = Self.settled { produced.load(ordering: .sequentiallyConsistent) }
        #expect(waitingFull == 3)
        #expect(try producer.next() == 1)
        let afterOneTaken = Self.settled { produced.load(ordering: .sequentiallyConsistent) }
        #expect(afterOneTaken == 4)
        producer.cancel()
    }

    @Test func cancelStopsTheProducerAndWaitsForItsThread() throws {
        let attempts = Atomic<Int>(0)
        let finished = Atomic<Bool>(false)
        let producer = BackgroundProducer<Int>(capacity: 1, name: "test") { emit in
            defer { finished.store(true, ordering: .sequentiallyConsistent) }
            for value in 1...1_000 {
                attempts.add(1, ordering: .sequentiallyConsistent)
                guard emit(value) else { return }
            }
        }
        #expect(try producer.next() == 1)

        producer.cancel()

        let hasFinished = finished.load(ordering: .sequentiallyConsistent)
        #expect(hasFinished)
        let emitted = attempts.load(ordering: .sequentiallyConsistent)
        #expect(emitted <= 3)
    }

    /// The value `read` settles on: polled until it has not changed for 0.2 s (at most 5 s).
    static func settled(_ read: () -> Int) -> Int {
        var last = read()
        var stableSince = Date()
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, Date().timeIntervalSince(stableSince) < 0.2 {
            Thread.sleep(forTimeInterval: 0.01)
            let now = read()
            if now != last || now == 0 {
                last = now
                stableSince = Date()
            }
        }
        return last
    }
}
