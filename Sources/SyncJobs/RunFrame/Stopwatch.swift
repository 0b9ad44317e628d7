/// Measures how long something took on the monotonic clock (`ContinuousClock`), which never jumps with the wall
/// clock: for durations only (the orders job's local and remote seconds), never for a time that is stored or shown.
struct Stopwatch {
    private let started = ContinuousClock.now

    /// Seconds since the stopwatch was made.
    var seconds: Double {
        let (seconds, attoseconds) = started.duration(to: .now).components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
