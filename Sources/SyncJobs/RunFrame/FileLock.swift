import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A non-blocking `flock` on `data/locks/<job>-<store>.lock` (design.md §4.1).
///
/// The kernel drops the lock when the process dies, so a crashed run never blocks the next one.
package final class FileLock {
    private let descriptor: Int32
    /// The lock file's path, for log lines.
    package let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    /// Takes the lock, or returns `nil` when another live process holds it.
    package static func acquire(at path: String) throws(SyncJobsError) -> FileLock? {
        let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw .fileSystem(operation: "open lock file", path: path, reason: String(cString: strerror(errno)))
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            close(descriptor)
            if code == EWOULDBLOCK { return nil }
            throw .fileSystem(operation: "lock", path: path, reason: String(cString: strerror(code)))
        }
        return FileLock(descriptor: descriptor, path: path)
    }

    /// Releases the lock (also released by the kernel when the process exits).
    package func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
