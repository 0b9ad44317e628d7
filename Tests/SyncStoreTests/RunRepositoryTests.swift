import Foundation
import SyncStore
import TestSupport
import Testing

struct RunRepositoryTests {
    private let start = StoreFixtures.referenceDate

    @Test func runLifecycleFromStartToFinish() throws {
        // Given a started run
        let runs = RunRepository(database: try StoreFixtures.makeInMemoryDatabase())
        let started = try runs.start(job: "orders", store: "shop-a", pid: 4242, at: start)
        #expect(started.status == .running)
        #expect(started.finishedAt == nil)
        #expect(try runs.find(id: started.id) == started)

        // When it finishes with counts and a report
        let counts = RunCounts(processed: 10, succeeded: 8, failed: 2, warnings: 1)
        let finished = try runs.finish(
            id: started.id,
            status: .succeeded,
            counts: counts,
            reportPath: "reports/2026-11-28/orders_shop-a_1.csv",
            message: "2 orders failed",
            at: start.addingTimeInterval(12)
        )

        // Then the stored row says so
        let expected = RunRecord(
            id: started.id,
            job: "orders",
            storeCode: "shop-a",
            startedAt: start,
            finishedAt: start.addingTimeInterval(12),
            status: .succeeded,
            pid: 4242,
            counts: counts,
            reportPath: "reports/2026-11-28/orders_shop-a_1.csv",
            message: "2 orders failed"
        )
        #expect(finished == expected)
        #expect(try runs.find(id: started.id) == expected)
    }

    @Test func finishingAnUnknownRunFails() throws {
        let runs = RunRepository(database: try StoreFixtures.makeInMemoryDatabase())

        #expect(throws: SyncStoreError.unknownRun(id: 99)) {
            try runs.finish(id: 99, status: .failed, counts: .zero, at: Date())
        }
        #expect(try runs.find(id: 99) == nil)
    }

    @Test func markInterruptedTouchesOnlyRunningRowsOfThatJobAndStore() throws {
        // Given a dead running run, a finished run, and running runs of another job and another store
        let runs = RunRepository(database: try StoreFixtures.makeInMemoryDatabase())
        let finished = try runs.start(job: "orders", store: "shop-a", pid: 1, at: start)
        try runs.finish(id: finished.id, status: .succeeded, counts: .zero, at: start.addingTimeInterval(5))
        let dead = try runs.start(job: "orders", store: "shop-a", pid: 2, at: start.addingTimeInterval(60))
        let otherJob = try runs.start(job: "stock", store: "shop-a", pid: 3, at: start.addingTimeInterval(60))
        let otherStore = try runs.start(job: "orders", store: "shop-b", pid: 4, at: start.addingTimeInterval(60))

        // When the next orders run for shop-a (holding the lock) marks interrupted runs
        let now = start.addingTimeInterval(120)
        let marked = try runs.markInterrupted(job: "orders", store: "shop-a", at: now)

        // Then only the dead run is interrupted, and only once
        #expect(marked.map(\.id) == [dead.id])
        #expect(marked.first?.status == .interrupted)
        #expect(marked.first?.finishedAt == now)
        #expect(try runs.find(id: finished.id)?.status == .succeeded)
        #expect(try runs.find(id: otherJob.id)?.status == .running)
        #expect(try runs.find(id: otherStore.id)?.status == .running)
        #expect(try runs.markInterrupted(job: "orders", store: "shop-a", at: now) == [])
    }

    @Test func listIsNewestFirstWithFiltersAndLimit() throws {
        let runs = RunRepository(database: try StoreFixtures.makeInMemoryDatabase())
        var ids: [Int64] = []
        for minute in 0..<5 {
            let job = minute.isMultiple(of: 2) ? "orders" : "stock"
            ids.append(
                try runs.start(job: job, store: "shop-a", pid: 1, at: start.addingTimeInterval(Double(minute) * 60)).id
            )
        }
        _ = try runs.start(job: "orders", store: "shop-b", pid: 1, at: start.addingTimeInterval(600))

        #expect(try runs.list(store: "shop-a").map(\.id) == ids.reversed())
        #expect(try runs.list(job: "orders", store: "shop-a").map(\.id) == [ids[4], ids[2], ids[0]])
        #expect(try runs.list(job: "orders", store: "shop-a", limit: 2).map(\.id) == [ids[4], ids[2]])
        #expect(try runs.list(limit: 100).count == 6)
        #expect(try runs.list(job: "orders").first?.storeCode == "shop-b")
    }

    @Test func lastRunAndLastSuccess() throws {
        // Given a succeeded run followed by a failed one
        let runs = RunRepository(database: try StoreFixtures.makeInMemoryDatabase())
        #expect(try runs.lastRun(job: "orders", store: "shop-a") == nil)
        let good = try runs.start(job: "orders", store: "shop-a", pid: 1, at: start)
        try runs.finish(id: good.id, status: .succeeded, counts: .zero, at: start.addingTimeInterval(1))
        let bad = try runs.start(job: "orders", store: "shop-a", pid: 1, at: start.addingTimeInterval(60))
        try runs.finish(
            id: bad.id,
            status: .failed,
            counts: .zero,
            message: "auth refused",
            at: start.addingTimeInterval(61)
        )

        // Then the last run is the failure and the last success is the earlier run
        #expect(try runs.lastRun(job: "orders", store: "shop-a")?.id == bad.id)
        #expect(try runs.lastRun(job: "orders", store: "shop-a", status: .succeeded)?.id == good.id)
        #expect(try runs.lastRun(job: "stock", store: "shop-a", status: .succeeded) == nil)
        #expect(try runs.lastRun(job: "orders", store: "shop-a", status: .failed)?.message == "auth refused")
        #expect(try runs.lastRun(job: "orders", store: "shop-a", status: .interrupted) == nil)
    }
}
