import Hummingbird
import NIOCore
import Testing

@testable import Sandbox

/// The control API answers loopback clients only.
struct SandboxLoopbackTests {
    @Test(arguments: [
        ("127.0.0.1", true), ("127.0.0.53", true), ("::1", true), ("192.168.1.10", false), ("10.0.0.1", false),
        ("2001:db8::1", false),
    ])
    func controlClientMustBeLoopback(_ ip: String, _ allowed: Bool) throws {
        let address = try SocketAddress(ipAddress: ip, port: 40_000)
        #expect(SandboxResponder<RouterResponder<BasicRequestContext>>.isLoopback(address) == allowed)
    }

    @Test func inProcessRouterTestsHaveNoAddressAndAreAllowed() {
        #expect(SandboxResponder<RouterResponder<BasicRequestContext>>.isLoopback(nil))
    }
}
