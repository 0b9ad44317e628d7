import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a reader sees either the whole file or none of it (design.md §4.3).
///
/// The bytes go to a hidden temporary name in the same folder, are fsync'd, then renamed over the
/// final name, and the folder is fsync'd so the rename survives a power cut.
package enum AtomicFile {
    /// Numbers the temporary names, so two threads of one process writing the same file (the metrics file, when a
    /// job runs several stores at once) never share one.
    private static let serial = Atomic<Int>(0)

    /// Writes `data` to `path` atomically, creating parent folders; `mode` applies to the new file.
    package static func write(_ data: Data, to path: String, mode: mode_t = 0o644) throws(SyncJobsError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        try makeDirectory(folder)
        let number = serial.add(1, ordering: .relaxed).newValue
        let temporary = folder + "/.\(url.lastPathComponent).\(getpid()).\(number).tmp"
        let descriptor = open(temporary, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw failure("create", temporary) }
        if !writeAll(data, to: descriptor) || fsync(descriptor) != 0 {
            let error = failure("write", temporary)
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        CrashPoint.reach("before-rename:\(url.lastPathComponent)")
        guard rename(temporary, path) == 0 else {
            let error = failure("rename", path)
            unlink(temporary)
            throw error
        }
        syncDirectory(folder)
    }

    /// Appends `data` to `path` (created with `mode` when missing) and fsyncs it: what an earlier append wrote stays
    /// whole; after a crash in the middle of this call the file may end in a partial last line, which readers of
    /// line files skip (it does not decode).
    package static func append(_ data: Data, to path: String, mode: mode_t = 0o644) throws(SyncJobsError) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try makeDirectory(folder)
        let descriptor = open(path, O_CREAT | O_APPEND | O_WRONLY | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw failure("open", path) }
        defer { close(descriptor) }
        guard writeAll(data, to: descriptor), fsync(descriptor) == 0 else { throw failure("append", path) }
        syncDirectory(folder)
    }

    /// Moves a finished file into another folder atomically (same file system).
    package static func move(_ path: String, toDirectory folder: String) throws(SyncJobsError) -> String {
        try makeDirectory(folder)
        let target = folder + "/" + URL(fileURLWithPath: path).lastPathComponent
        guard rename(path, target) == 0 else { throw failure("move", path) }
        syncDirectory(folder)
        return target
    }

    /// Creates a folder and its parents with mode 0700 when missing.
    package static func makeDirectory(_ folder: String) throws(SyncJobsError) {
        do {
            try FileManager.default.createDirectory(
                atPath: folder,
                withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700]
            )
        } catch {
            throw .fileSystem(operation: "create folder", path: folder, reason: "\(error)")
        }
    }

    /// Removes temporary files that a killed writer left in `folder` (hidden `.<name>.<pid>.<serial>.tmp`).
    ///
    /// Only call this while holding the lock that guards the folder's writers.
    package static func removeLeftovers(in folder: String, matching prefix: String = ".") {
        removeLeftovers(in: folder) { $0.hasPrefix(prefix) }
    }

    /// The same for the hidden temporary names `isLeftover` accepts.
    package static func removeLeftovers(in folder: String, where isLeftover: (String) -> Bool) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") && isLeftover(name) {
            unlink(folder + "/" + name)
        }
    }

    /// Writes every byte of `data`, retrying after EINTR and short writes; false on an error.
    private static func writeAll(_ data: Data, to descriptor: Int32) -> Bool {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    private static func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.write(descriptor, pointer, count)
        #else
            Darwin.write(descriptor, pointer, count)
        #endif
    }

    private static func syncDirectory(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func failure(_ operation: String, _ path: String) -> SyncJobsError {
        .fileSystem(operation: operation, path: path, reason: String(cString: strerror(errno)))
    }
}
