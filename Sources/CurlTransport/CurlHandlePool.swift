import CCurl
import Foundation

/// Keeps a few idle curl easy handles so that consecutive requests reuse live connections and TLS sessions.
///
/// `@unchecked Sendable`: the idle list is only touched under `lock`, and a handle is used by exactly one
/// thread between `checkOut()` and `checkIn(_:)`.
final class CurlHandlePool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [UnsafeMutableRawPointer] = []
    private let capacity: Int

    /// A pool keeping at most `capacity` idle handles.
    init(capacity: Int = 4) {
        self.capacity = capacity
    }

    deinit {
        for handle in idle { curl_easy_cleanup(handle) }
    }

    /// An idle handle, or a new one; `nil` when libcurl cannot initialise or allocate.
    func checkOut() -> UnsafeMutableRawPointer? {
        guard CurlGlobal.ensureInitialized() else { return nil }
        if let handle = lock.withLock({ idle.popLast() }) { return handle }
        return curl_easy_init()
    }

    /// Resets every option of `handle` (connections, DNS and TLS session caches survive) and keeps it or frees it.
    func checkIn(_ handle: UnsafeMutableRawPointer) {
        curl_easy_reset(handle)
        let kept = lock.withLock {
            guard idle.count < capacity else { return false }
            idle.append(handle)
            return true
        }
        if !kept { curl_easy_cleanup(handle) }
    }
}
