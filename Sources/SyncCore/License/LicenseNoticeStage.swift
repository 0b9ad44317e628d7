/// When a license-key notice is mailed (issue #11 §3): 14, 7, 3 and 1 days before the expiry date, and on expiry,
/// each once per expiry date (a renewed key, with a new date, starts over).
package enum LicenseNoticeStage {
    /// The days-left thresholds, largest first; stage 0 means expired.
    package static let thresholds = [14, 7, 3, 1]

    /// The stage due for a key with `daysLeft` JST calendar days left: 0 once expired, else the smallest threshold
    /// not below `daysLeft` (a key first seen 5 days before expiry gets the 7-day notice), nil further away.
    package static func stage(daysLeft: Int, isExpired: Bool) -> Int? {
        if isExpired { return 0 }
        return thresholds.filter { daysLeft <= $0 }.min()
    }

    /// Whether `stage` for the key expiring at `expiry` still has to be mailed, given the last notice mailed (its
    /// expiry text and stage, as `marker` renders them) for this store.
    package static func isDue(stage: Int, expiry: String, lastMailed: String?) -> Bool {
        guard let lastMailed, let parsed = parse(lastMailed), parsed.expiry == expiry else { return true }
        return stage < parsed.stage
    }

    /// The text stored once `stage` for `expiry` was mailed.
    package static func marker(stage: Int, expiry: String) -> String { "\(expiry) \(stage)" }

    private static func parse(_ marker: String) -> (expiry: String, stage: Int)? {
        let parts = marker.split(separator: " ")
        guard parts.count == 2, let stage = Int(parts[1]) else { return nil }
        return (String(parts[0]), stage)
    }
}
