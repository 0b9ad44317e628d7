import Hummingbird
import NIOCore

/// The context of the outer sandbox responder: keeps the channel so that the control API can check the
/// client's address and fault injection can drop connections. Routes themselves run on `BasicRequestContext`.
package struct SandboxRequestContext: RequestContext {
    /// Hummingbird's core context storage.
    package var coreContext: CoreRequestContextStorage
    /// The connection's channel.
    package let channel: any Channel

    /// Creates the context from the server's source.
    package init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.channel = source.channel
    }

    /// The client's address; `nil` for in-process router tests.
    package var remoteAddress: SocketAddress? { channel.remoteAddress }
}
