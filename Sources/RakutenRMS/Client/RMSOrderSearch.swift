import Foundation

/// What a search by 注文日 up to Rakuten's "now" found (`RMSClient.searchOrderNumbers(orderDatesFrom:hostNow:)`).
package struct RMSOrderSearch: Sendable, Equatable {
    /// The order numbers, window by window, oldest window first.
    package var numbers: [String] = []
    /// One-second windows that still reached the 15,000 cap: orders past the 15,000th of that second were not
    /// returned (rakuten-rms.md §3.2) and must be reported.
    package var saturatedWindows: [ClosedRange<Date>] = []
    /// Where the search ended: Rakuten's time when it began (host time + `clockOffset`), the next watermark.
    package var end: Date
    /// Rakuten's time minus the host's in seconds (from the `Date` header), nil when no answer carried one.
    package var clockOffset: TimeInterval?
    /// searchOrder calls made.
    package var calls = 0

    /// An empty result ending at `end`.
    package init(end: Date) { self.end = end }
}
