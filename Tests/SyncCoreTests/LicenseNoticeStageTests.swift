import SyncCore
import Testing

struct LicenseNoticeStageTests {
    @Test(
        arguments: [
            (30, false, nil), (15, false, nil), (14, false, 14), (10, false, 14), (7, false, 7), (5, false, 7),
            (3, false, 3), (2, false, 3), (1, false, 1), (0, false, 1), (0, true, 0), (-3, true, 0),
        ] as [(Int, Bool, Int?)]
    )
    func mailsAt14731DaysAndOnExpiry(daysLeft: Int, isExpired: Bool, stage: Int?) {
        #expect(LicenseNoticeStage.stage(daysLeft: daysLeft, isExpired: isExpired) == stage)
    }

    @Test(
        arguments: [
            (14, "2027-02-26", nil, true), (14, "2027-02-26", "2027-02-26 14", false),
            (7, "2027-02-26", "2027-02-26 14", true),
            (0, "2027-02-26", "2027-02-26 1", true), (14, "2027-02-26", "2027-02-26 7", false),
            (14, "2027-05-27", "2027-02-26 0", true),
        ] as [(Int, String, String?, Bool)]
    )
    func eachStageIsMailedOncePerExpiryDate(stage: Int, expiry: String, lastMailed: String?, isDue: Bool) {
        #expect(LicenseNoticeStage.isDue(stage: stage, expiry: expiry, lastMailed: lastMailed) == isDue)
    }
}
