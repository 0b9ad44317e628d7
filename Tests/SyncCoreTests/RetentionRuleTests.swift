import Foundation
import SyncCore
import Testing

struct RetentionRuleTests {
    private static let now = Date(timeIntervalSince1970: 1_800_000_000)
    private static let day: TimeInterval = 86_400

    @Test(arguments: [
        (0.5, 3, false),
        (2.9, 3, false),
        (3.1, 3, true),
        (89.0, 90, false),
        (91.0, 90, true),
        (-1.0, 3, false),
    ])
    func filesExpireAfterTheirDays(ageDays: Double, days: Int, expired: Bool) {
        let modified = Self.now.addingTimeInterval(-ageDays * Self.day)
        #expect(RetentionRule.isExpired(modifiedAt: modified, now: Self.now, days: days) == expired)
    }

    @Test(arguments: [
        (RetentionRule.StagingOwner.running, 0.1, false),
        (.running, 400, false),
        (.interruptedNotResumed, 0.1, false),
        (.interruptedNotResumed, 400, false),
        (.succeeded, 0.0, true),
        (.succeeded, 0.1, true),
        (.interruptedResumed, 0.1, false),
        (.interruptedResumed, 4, true),
        (.failedOrSkipped, 2, false),
        (.failedOrSkipped, 4, true),
        (.unknown, 2, false),
        (.unknown, 4, true),
    ])
    func stagingStaysOnlyWhileARerunNeedsIt(owner: RetentionRule.StagingOwner, ageDays: Double, removed: Bool) {
        let modified = Self.now.addingTimeInterval(-ageDays * Self.day)
        #expect(RetentionRule.removesStaging(owner: owner, modifiedAt: modified, now: Self.now, days: 3) == removed)
    }

    private static let pruneCases: [(Double?, Bool)] = [
        (nil, true),
        (0, false),
        (59 * 60, false),
        (3600, true),
        (5 * 3600, true),
        (-600, true),
    ]

    @Test(arguments: pruneCases)
    func prunesAtMostOncePerHour(secondsAgo: Double?, due: Bool) {
        let last = secondsAgo.map { Self.now.addingTimeInterval(-$0) }
        #expect(RetentionRule.isPruneDue(lastPrunedAt: last, now: Self.now) == due)
    }

    @Test func defaultsAreTheDocumentedOnes() {
        #expect(
            RetentionPolicy.defaults
                == RetentionPolicy(reportsDays: 90, stagingDays: 3, runsDays: 180, sentMailDays: 30)
        )
    }
}
