import Foundation
import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Puts the Rakuten side's shifted clock into the `Date` header of its answers. Hummingbird stamps every response
/// with the host's time after the handler ran, so the gateway leaves its own time in `marker` and this outbound
/// handler (after the HTTP codec) moves it into `Date`; answers without the marker keep Hummingbird's.
final class SandboxDateHeaderHandler: ChannelOutboundHandler, RemovableChannelHandler, Sendable {
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    /// The internal header that carries the sandbox's `Date`; never leaves the server.
    static let marker = HTTPField.Name("X-Sandbox-Date")

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        var part = unwrapOutboundIn(data)
        if case .head(var head) = part, let marker = Self.marker, let date = head.headerFields[marker] {
            head.headerFields[marker] = nil
            head.headerFields[.date] = date
            part = .head(head)
        }
        context.write(wrapOutboundOut(part), promise: promise)
    }

    /// An IMF-fixdate, e.g. `Sun, 06 Nov 1994 08:49:37 GMT` (RFC 9110 §5.6.7).
    static func httpDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }
}
