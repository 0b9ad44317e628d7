import Foundation

/// A minimal HTTP/1.1 server (keep-alive, bodiless requests) whose accept loop and connections run on dedicated
/// threads, recording when each request head arrives.
///
/// The pacing test uses it instead of Hummingbird because Hummingbird handlers run on Swift's cooperative pool:
/// when the whole test bundle runs on 2 cores, handlers can be delayed by hundreds of milliseconds and then run
/// back to back, which compresses the recorded arrival times. Dedicated threads see requests as they come.
///
/// `@unchecked Sendable`: the arrival list and the connection list are only touched under `lock`.
final class ArrivalRecordingServer: @unchecked Sendable {
    /// The listening port on 127.0.0.1.
    let port: Int
    private let listener: Int32
    private let lock = NSLock()
    private var arrivals: [ContinuousClock.Instant] = []
    private var connections: Set<Int32> = []

    /// Binds 127.0.0.1 on a free port and starts accepting.
    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EMFILE) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(descriptor, socketAddress, length) == 0 && listen(descriptor, 16) == 0
                    && getsockname(descriptor, socketAddress, &length) == 0
            }
        }
        guard bound else {
            close(descriptor)
            throw POSIXError(.EADDRNOTAVAIL)
        }
        listener = descriptor
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread { [self] in acceptLoop() }.start()
    }

    /// When each request arrived, in order.
    var arrivalTimes: [ContinuousClock.Instant] { lock.withLock { arrivals } }

    /// Stops accepting and ends open connections (their threads close them).
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        lock.withLock { for connection in connections { shutdown(connection, Int32(SHUT_RDWR)) } }
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            lock.withLock { _ = connections.insert(connection) }
            Thread { [self] in serve(connection) }.start()
        }
    }

    private func serve(_ connection: Int32) {
        defer {
            lock.withLock { _ = connections.remove(connection) }
            close(connection)
        }
        let response = Array("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".utf8)
        let headEnd = Array("\r\n\r\n".utf8)
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(connection, &chunk, chunk.count)
            guard count > 0 else { return }
            pending += chunk[0..<count]
            while let end = pending.firstRange(of: headEnd) {
                lock.withLock { arrivals.append(.now) }
                pending.removeSubrange(..<end.upperBound)
                guard write(connection, response, response.count) == response.count else { return }
            }
        }
    }
}
