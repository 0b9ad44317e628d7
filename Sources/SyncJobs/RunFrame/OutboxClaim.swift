import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One process's claim on one outbox `.eml` while it sends it: a non-blocking `flock` on the file itself.
///
/// Several jobs end in the same second and each flushes the outbox; without a claim two of them sent the same mail.
/// The claim is checked against the path after locking (same inode), because the holder may have moved the file to
/// `outbox/sent/` between this process listing the folder and opening it. The kernel drops the lock when a sender
/// dies, so a crash never strands a mail.
final class OutboxClaim {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Claims the file at `path`; nil when another process holds it or it is gone (already sent).
    static func take(_ path: String) -> OutboxClaim? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        var opened = stat()
        var current = stat()
        guard fstat(descriptor, &opened) == 0, stat(path, &current) == 0, opened.st_ino == current.st_ino,
            opened.st_dev == current.st_dev
        else {
            flock(descriptor, LOCK_UN)
            close(descriptor)
            return nil
        }
        return OutboxClaim(descriptor: descriptor)
    }

    /// Gives the claim up (also done by the kernel when the process exits).
    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
