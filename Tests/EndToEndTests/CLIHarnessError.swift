/// Why a CLI test's set-up could not be done; thrown so Swift Testing records it against the one test.
enum CLIHarnessError: Error, CustomStringConvertible {
    /// A set-up command (`init`, `store add`, …) did not exit 0.
    case setupFailed(command: String, status: Int32, standardError: String)

    /// The command, its exit status and what it printed on standard error.
    var description: String {
        switch self {
        case .setupFailed(let command, let status, let standardError):
            "set-up command `\(command)` exited with \(status): \(standardError)"
        }
    }
}
