import Foundation

/// Runs one piece of work per store on a bounded set of plain threads (issue #14 §1), so a job started without
/// `--store` waits on many stores' own request budgets at once instead of one after another.
///
/// Jobs stay synchronous (design.md §3): the workers are `Thread`s that take the next store index from a shared
/// counter; the calling thread is one of them, so `concurrency` 1 runs everything on it, in order, as before. The
/// work for one store must not throw and must not stop the others (the run frame turns every failure into a
/// summary); the results come back in the order of `stores`, whatever order they finished in.
package struct StorePool: Sendable {
    /// The default number of stores run at once (`store-concurrency`): a store's run mostly waits on its own
    /// one-request-a-second RMS budget (about 2.5 s a minute, shared by the three jobs) for about 10 ms of CPU, so
    /// 64 at once keep about a quarter of a core busy per job and 1,000 stores fit a minute on 2 cores
    /// (docs/performance.md, issue #14).
    package static let defaultConcurrency = 64
    /// The largest accepted `--store-concurrency` / `store-concurrency`.
    package static let maximumConcurrency = 256

    /// How many stores run at once (at least 1).
    package let concurrency: Int

    /// A pool running at most `concurrency` stores at once.
    package init(concurrency: Int) {
        self.concurrency = max(1, concurrency)
    }

    /// Runs `work` for every element of `stores`, at most `concurrency` at a time, and returns the results in the
    /// order of `stores`.
    package func run<Store, Result>(_ stores: [Store], _ work: (Store) -> Result) -> [Result] {
        let workers = min(concurrency, stores.count)
        guard workers > 1 else { return stores.map(work) }
        return withoutActuallyEscaping(work) { work in
            let shared = Shared(stores: stores, work: work)
            let done = DispatchGroup()
            for number in 1..<workers {
                done.enter()
                let thread = Thread {
                    shared.drain()
                    done.leave()
                }
                thread.name = "store-pool-\(number)"
                thread.start()
            }
            shared.drain()
            done.wait()
            // A finished `Thread` may still hold its block (and so `shared`) for a moment; drop the closure now,
            // or `withoutActuallyEscaping` traps because it seems to have escaped.
            return shared.finish()
        }
    }

    /// The state the workers share.
    ///
    /// `@unchecked Sendable`: `next`, `slots` and `work` are only changed under `lock`; `stores` is read-only, and
    /// `run` waits for every worker before `finish` drops the closure it wraps (`withoutActuallyEscaping`).
    private final class Shared<Store, Result>: @unchecked Sendable {
        private let stores: [Store]
        private var work: ((Store) -> Result)?
        private let lock = NSLock()
        private var next = 0
        private var slots: [Result?]

        init(stores: [Store], work: @escaping (Store) -> Result) {
            self.stores = stores
            self.work = work
            self.slots = Array(repeating: nil, count: stores.count)
        }

        /// Takes store after store until none is left.
        func drain() {
            while let (index, work) = take() {
                let result = work(stores[index])
                lock.withLock { slots[index] = result }
            }
        }

        /// The results in the order of `stores`, once every worker is done; forgets the work closure.
        func finish() -> [Result] {
            lock.withLock {
                work = nil
                return slots.compactMap { $0 }
            }
        }

        private func take() -> (Int, (Store) -> Result)? {
            lock.withLock {
                guard next < stores.count, let work else { return nil }
                defer { next += 1 }
                return (next, work)
            }
        }
    }
}
