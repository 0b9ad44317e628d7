import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A request budget shared by every process and thread that uses the same directory and key: one small state file
/// per key, `<directory>/<sha256(key)>.budget`, guarded by `flock`, holding the next free slot.
///
/// The slot arithmetic is the generic cell rate algorithm (GCRA, a token bucket kept as one number): the file holds
/// the theoretical arrival time `tat` of the next request on `CLOCK_MONOTONIC` (system-wide on Linux and Darwin,
/// so every process reads the same clock, and it never jumps with NTP or a manual clock change). A caller takes
/// the lock, reserves `max(now, tat - (burst - 1) × interval)`, writes `max(tat, now) + interval` back and
/// releases the lock before it sleeps until its slot, so processes that start together are served in the order
/// they took the lock and never faster than the limit. Woken, it `confirm`s under the lock that one interval has
/// passed since the last actual send or answer (`finish`): a late wake-up, or a server that counts a request
/// only when it gets to it, would otherwise crowd the next slot. The boot ID is kept
/// beside the times: a file written before a reboot (whose monotonic clock started again from zero) is ignored.
///
/// The file name is a hash because the key names a secret (the license key); the file holds only numbers.
package struct SharedBudget: Sendable {
    /// The folder of budget files (created on first use, mode 0700).
    package let directory: String

    /// A budget store in `directory`.
    package init(directory: String) {
        self.directory = directory
    }

    /// The state file of `key`.
    package func path(for key: String) -> String {
        directory + "/" + SHA256Digest.hex(key) + ".budget"
    }

    /// Reserves the next slot of `key` under `limit` and returns how long the caller must wait for it (not slept).
    /// - Throws: `CurlTransportError.budgetUnavailable` when the folder or file cannot be created, locked or written.
    package func reserve(key: String, limit: RequestPacer.Limit) throws(CurlTransportError) -> Duration {
        try update(key: key) { state, now in
            let interval = Self.interval(limit)
            let tolerance = interval * Int64(limit.burst - 1)
            let tat = max(state.tat, now)
            state.tat = tat + interval
            return .nanoseconds(max(now, tat - tolerance) - now)
        }
    }

    /// Confirms, just before sending, that at least one interval has passed since the last request of `key` was
    /// sent or answered (`finish`), by anyone (with `burst` 1), and records this send; returns `.zero` when confirmed, else how much longer
    /// to wait before asking again.
    ///
    /// A reserved slot alone is not enough on a loaded machine: a process woken 80 ms late from its sleep would
    /// send 80 ms closer to the next process's slot than the limit allows. Spacing the actual sends absorbs that.
    package func confirm(key: String, limit: RequestPacer.Limit) throws(CurlTransportError) -> Duration {
        guard limit.burst == 1 else { return .zero }
        return try update(key: key) { state, now in
            // One request of an answer-spaced key in flight at a time: until its answer (`finish`) nobody knows
            // when the server counted it, so the next one waits for that answer (at most `maximumInFlight`).
            if limit.spacedFromAnswer, state.inFlightUntil > now {
                return .nanoseconds(min(state.inFlightUntil - now, Self.inFlightPoll))
            }
            let interval = Self.interval(limit)
            let earliest = state.lastSend + interval
            guard now >= earliest else { return .nanoseconds(earliest - now) }
            state.lastSend = now
            state.tat = max(state.tat, now + interval)
            if limit.spacedFromAnswer { state.inFlightUntil = now + Self.maximumInFlight }
            return .zero
        }
    }

    /// Records that a request of `key` has been answered (or failed) now: the next one is confirmed no earlier than
    /// one interval after this, because the server may have counted the request at any moment until it answered.
    ///
    /// A loaded server (or a slow network) can take a request in hundreds of milliseconds after it was sent, and a
    /// next request sent one interval after the first was sent would then reach it too soon. This costs the
    /// answer's latency when requests of one key follow each other back to back, so only limits with
    /// `spacedFromAnswer` (RMS, at about 1 req/s) use it.
    package func finish(key: String, limit: RequestPacer.Limit) throws(CurlTransportError) {
        guard limit.burst == 1, limit.spacedFromAnswer else { return }
        _ = try update(key: key) { state, now in
            state.lastSend = max(state.lastSend, now)
            state.tat = max(state.tat, now + Self.interval(limit))
            state.inFlightUntil = Self.never
            return .zero
        }
    }

    private struct State {
        var tat: Int64
        var lastSend: Int64
        /// Until when the request last confirmed counts as in flight (answer-spaced keys; `never` once answered).
        var inFlightUntil: Int64
    }

    private static let never = Int64.min / 2
    /// How long a request without an answer blocks the next one of its key (a process killed mid-request).
    static let maximumInFlight: Int64 = 10 * 1_000_000_000
    /// How often a caller waiting for an answer looks again.
    private static let inFlightPoll: Int64 = 5_000_000

    /// Runs `change` on the state of `key` under the file's exclusive lock and writes the result back.
    private func update(
        key: String,
        _ change: (inout State, Int64) -> Duration
    ) throws(CurlTransportError) -> Duration {
        let path = path(for: key)
        let descriptor = try openLocked(path)
        defer {
            flock(descriptor, LOCK_UN)
            close(descriptor)
        }
        let now = Self.monotonicNanoseconds()
        var state = State(tat: now, lastSend: Self.never, inFlightUntil: Self.never)
        if let stored = Self.read(descriptor), stored.boot == Self.bootID, stored.tat <= now + Self.maximumQueue,
            stored.lastSend <= now, stored.inFlightUntil <= now + Self.maximumInFlight
        {
            state = State(tat: stored.tat, lastSend: stored.lastSend, inFlightUntil: stored.inFlightUntil)
        }
        let wait = change(&state, now)
        let line = "\(Self.bootID) \(state.tat) \(state.lastSend) \(state.inFlightUntil)\n"
        let written = line.utf8CString.withUnsafeBufferPointer { buffer in
            pwrite(descriptor, buffer.baseAddress, buffer.count - 1, 0)
        }
        guard written == line.utf8.count, ftruncate(descriptor, off_t(written)) == 0 else {
            throw .budgetUnavailable(path: path, reason: "write: \(String(cString: strerror(errno)))")
        }
        return wait
    }

    private static func interval(_ limit: RequestPacer.Limit) -> Int64 {
        Int64((1_000_000_000 / limit.requestsPerSecond).rounded(.up))
    }

    /// A reservation further ahead than this (one hour) is not believed: the file is from another boot or damaged.
    static let maximumQueue: Int64 = 3_600 * 1_000_000_000

    private func openLocked(_ path: String) throws(CurlTransportError) -> Int32 {
        var descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        if descriptor < 0, errno == ENOENT {
            mkdir(directory, 0o700)
            descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        }
        guard descriptor >= 0 else {
            throw .budgetUnavailable(path: path, reason: "open: \(String(cString: strerror(errno)))")
        }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw .budgetUnavailable(path: path, reason: "flock: \(reason)")
            }
        }
        return descriptor
    }

    private static func read(_ descriptor: Int32) -> (boot: String, tat: Int64, lastSend: Int64, inFlightUntil: Int64)?
    {
        var buffer = [UInt8](repeating: 0, count: 128)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        let fields = String(decoding: buffer[0..<count], as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard fields.count == 4, let tat = Int64(fields[1]), let lastSend = Int64(fields[2]),
            let inFlightUntil = Int64(fields[3])
        else { return nil }
        return (String(fields[0]), tat, lastSend, inFlightUntil)
    }

    /// `CLOCK_MONOTONIC` in nanoseconds.
    static func monotonicNanoseconds() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// This boot's ID (Linux `/proc/sys/kernel/random/boot_id`), `-` where there is none.
    static let bootID: String = {
        guard let text = try? String(contentsOfFile: "/proc/sys/kernel/random/boot_id", encoding: .utf8) else {
            return "-"
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? "-" : trimmed
    }()
}
