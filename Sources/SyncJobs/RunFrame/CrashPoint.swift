import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Named places where a test can make the process die with SIGKILL, to prove crash safety for real.
///
/// When `RAKUTEN_SYNC_CRASH_AT` is set and a reached point's name starts with its value, the process
/// sends itself SIGKILL: no cleanup, no `defer`, exactly like the kernel's OOM killer or `kill -9`.
/// Points are named `<stage>:<detail>`, e.g. `run-started:orders`, `before-rename:orders_main_7.csv`.
/// Unset (always, outside tests) it costs one dictionary lookup per point.
package enum CrashPoint {
    /// The environment variable that arms the crash points.
    package static let variable = "RAKUTEN_SYNC_CRASH_AT"

    private static let armed: String? = {
        guard let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty else { return nil }
        return value
    }()

    /// Dies with SIGKILL when the armed prefix matches `name`.
    package static func reach(_ name: @autoclosure () -> String) {
        guard let armed else { return }
        if name().hasPrefix(armed) {
            kill(getpid(), SIGKILL)
        }
    }
}
