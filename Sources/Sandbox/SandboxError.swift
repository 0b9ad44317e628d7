/// Errors raised while starting or seeding the sandbox.
package enum SandboxError: Error, CustomStringConvertible, Equatable {
    /// The seed file is not valid JSON or does not match the documented format.
    case invalidSeed(side: String, reason: String)
    /// A control-API action was refused (unknown item, out of stock...); `status` is the HTTP answer.
    case rejected(status: Int, reason: String)

    package var description: String {
        switch self {
        case .invalidSeed(let side, let reason): "invalid sandbox seed (\(side)): \(reason)"
        case .rejected(let status, let reason): "rejected (HTTP \(status)): \(reason)"
        }
    }
}
