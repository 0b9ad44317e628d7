import Foundation

/// Runs a blocking producer (page reads, chunked fetches) on its own thread while the job's thread consumes what it
/// produces, so reading from one service overlaps writing to another that has its own rate limit (issue #6: a full
/// 在庫更新 pushes while later stock pages are still being read; issue #5: getOrder chunks are read while earlier
/// chunks load into Smaregi).
///
/// Jobs stay synchronous (design.md §3): this is a plain thread and a condition variable, not a task. At most
/// `capacity` elements wait unconsumed; the producer blocks beyond that, so memory stays bounded when the consumer is
/// the slower side. `next()` returns elements in order, then nil, or throws the producer's error once the elements
/// produced before it are consumed. `cancel()` makes the producer's next `emit` return false and waits until the
/// thread has finished, so no request is in flight once it returns. A consumer that stops before `next()` returned
/// nil or threw must call `cancel()`, else the producer waits for room forever.
///
/// `@unchecked Sendable`: every stored property except the constants is only touched while `condition` is locked.
package final class BackgroundProducer<Element: Sendable>: @unchecked Sendable {
    /// What the producer closure gets: hand over one element; false means stop producing.
    package typealias Emit = (Element) -> Bool

    private let condition = NSCondition()
    private let capacity: Int
    private var buffer: [Element] = []
    private var head = 0
    private var finished = false
    private var cancelled = false
    private var failure: (any Error)?
    private var threadDone = false

    /// Starts `produce` on a new thread at once.
    package init(capacity: Int, name: String, _ produce: @escaping @Sendable (Emit) throws -> Void) {
        self.capacity = max(1, capacity)
        let thread = Thread { [self] in
            do {
                try produce { element in self.put(element) }
                self.finish(nil)
            } catch {
                self.finish(error)
            }
        }
        thread.name = name
        thread.start()
    }

    /// The next element, nil when the producer finished, or the producer's error.
    package func next() throws -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while head == buffer.count, !finished { condition.wait() }
        if head < buffer.count {
            let element = buffer[head]
            head += 1
            if head > 64, head * 2 > buffer.count {
                buffer.removeFirst(head)
                head = 0
            }
            condition.broadcast()
            return element
        }
        if let failure {
            self.failure = nil
            throw failure
        }
        return nil
    }

    /// Stops the producer at its next `emit` and waits for its thread to end.
    package func cancel() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        condition.broadcast()
        while !threadDone { condition.wait() }
    }

    private func put(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while buffer.count - head >= capacity, !cancelled { condition.wait() }
        guard !cancelled else { return false }
        buffer.append(element)
        condition.broadcast()
        return true
    }

    private func finish(_ error: (any Error)?) {
        condition.lock()
        defer { condition.unlock() }
        if !cancelled { failure = error }
        finished = true
        threadDone = true
        condition.broadcast()
    }
}
