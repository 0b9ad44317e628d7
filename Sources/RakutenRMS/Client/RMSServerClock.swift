import Foundation

/// Rakuten's time as its answers tell it: the `Date` header of the latest order-API answer, against the host
/// clock when it arrived (RFC 9110 §6.6.1: every origin server with a clock sends `Date`). The jobs base their
/// search windows on it, so a host clock that is off neither loses nor delays orders.
package final class RMSServerClock: @unchecked Sendable {
    // @unchecked: `offsetSeconds` is only touched under `lock`.
    private let lock = NSLock()
    private var offsetSeconds: TimeInterval?

    /// A clock that has seen no answer yet.
    package init() {}

    /// Rakuten's time minus the host's, in seconds, from the latest answer with a readable `Date`; nil before.
    /// `Date` has whole seconds, so the figure is up to one second low.
    package var offset: TimeInterval? {
        lock.lock()
        defer { lock.unlock() }
        return offsetSeconds
    }

    /// Records the `Date` header of an answer received at `receivedAt` (host time); unreadable values are ignored.
    func record(dateHeader: String?, receivedAt: Date) {
        guard let dateHeader, let date = Self.parse(dateHeader) else { return }
        lock.lock()
        offsetSeconds = date.timeIntervalSince(receivedAt)
        lock.unlock()
    }

    /// Parses an IMF-fixdate such as `Sun, 06 Nov 1994 08:49:37 GMT` (RFC 9110 §5.6.7).
    static func parse(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text.trimmingCharacters(in: .whitespaces))
    }
}
