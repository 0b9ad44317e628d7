extension Duration {
    /// Whole milliseconds, rounded up so a tiny positive duration never becomes curl's "no timeout" 0.
    var curlMilliseconds: Int {
        let (seconds, attoseconds) = components
        let millis = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int(max(millis, 1))
    }

    /// The duration as fractional seconds.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
