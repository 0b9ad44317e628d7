import CurlTransport
import Foundation
import TestSupport
import Testing

struct CurlHTTPClientTests {
    @Test(arguments: [HTTPMethod.get, .post, .put, .patch, .delete])
    func sendsMethodHeadersAndBody(method: HTTPMethod) async throws {
        try await TestHTTPServer.with { baseURL, _ in
            // Given a request with a custom header, a query string and a binary body
            let body = method == .get ? nil : Data("本文 \(method.rawValue)\r\n\u{0}end".utf8)
            let request = HTTPClientRequest(
                method: method,
                url: "\(baseURL)/echo?shop=a%2Bb&x=1",
                headers: [
                    HTTPHeader(
                        "X-Custom",
                        "値-\(method.rawValue)".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                    ),
                    HTTPHeader("Content-Type", "application/octet-stream"),
                ],
                body: body
            )
            let client = CurlHTTPClient(configuration: HTTPClientConfiguration(userAgent: "curl-transport-tests/1"))

            // When it is sent once
            let response = try await runBlocking { try client.send(request) }

            // Then the server saw exactly that, and response headers are readable case-insensitively
            #expect(response.status == 200)
            #expect(response.header("x-method") == method.rawValue)
            #expect(response.header("X-QUERY") == "shop=a%2Bb&x=1")
            #expect(response.header("X-Echo-Custom") == request.headers[0].value)
            #expect(response.header("x-user-agent") == "curl-transport-tests/1")
            #expect(response.headerValues("X-Multi") == ["one", "two"])
            #expect(response.body == (body ?? Data()))
            if let body {
                #expect(response.header("X-Content-Length") == "\(body.count)")
                #expect(response.header("X-Content-Type") == "application/octet-stream")
            }
        }
    }

    @Test func bodylessPostSendsZeroContentLengthAndNoFormContentType() async throws {
        try await TestHTTPServer.with { baseURL, _ in
            let client = CurlHTTPClient()
            let response = try await runBlocking {
                try client.send(HTTPClientRequest(method: .post, url: "\(baseURL)/echo"))
            }
            #expect(response.status == 200)
            #expect(response.header("X-Content-Length") == "0")
            #expect(response.header("X-Content-Type") == "none")
        }
    }

    @Test func decodesGzipCompressedResponse() async throws {
        try await TestHTTPServer.with { baseURL, _ in
            let client = CurlHTTPClient()
            let response = try await runBlocking { try client.send(HTTPClientRequest(url: "\(baseURL)/gzip")) }
            #expect(response.status == 200)
            #expect(response.header("Content-Encoding") == "gzip")
            #expect(String(decoding: response.body, as: UTF8.self) == TestHTTPServer.gzipPlainText)
        }
    }

    @Test func reportsTotalTimeoutAsTimedOut() async throws {
        try await TestHTTPServer.with { baseURL, _ in
            // Given a 300 ms total timeout and a route that answers after 1.5 s
            let client = CurlHTTPClient(configuration: HTTPClientConfiguration(totalTimeout: .milliseconds(300)))
            // When it is called
            let (result, elapsed) = try await runBlockingMeasured {
                try client.send(HTTPClientRequest(url: "\(baseURL)/slow?token=secret"))
            }
            // Then it fails as a timeout after about 300 ms, naming the URL without its query
            guard case .timedOut(let url, let curlCode, _) = result.failure else {
                Issue.record("expected timedOut, got \(result)")
                return
            }
            #expect(curlCode == 28)
            #expect(url == "\(baseURL)/slow")
            #expect(!(result.failure?.description.contains("secret") ?? true))
            #expect(elapsed >= .milliseconds(290) && elapsed < .milliseconds(900))
        }
    }

    @Test func refusedConnectionIsConnectionFailure() async throws {
        let port = try closedPort()
        let client = CurlHTTPClient()
        let error = await #expect(throws: CurlTransportError.self) {
            try await runBlocking { try client.send(HTTPClientRequest(url: "http://127.0.0.1:\(port)/x")) }
        }
        guard case .connectionFailed(let url, let curlCode, _) = error else {
            Issue.record("expected connectionFailed, got \(String(describing: error))")
            return
        }
        #expect(url == "http://127.0.0.1:\(port)/x")
        #expect(curlCode == 7)
        #expect(error?.requestMayHaveReachedServer == false)
    }

    @Test(arguments: ["ftp://example.com/file", "example.com/no-scheme", "file:///etc/passwd"])
    func rejectsNonHTTPURLs(url: String) async throws {
        let client = CurlHTTPClient()
        #expect(throws: CurlTransportError.self) { try client.send(HTTPClientRequest(url: url)) }
    }

    @Test func rejectsHeaderInjectionWithoutEchoingTheValue() throws {
        let client = CurlHTTPClient()
        let request = HTTPClientRequest(
            url: "http://127.0.0.1:9/x?licenseKey=abc",
            headers: [HTTPHeader("Authorization", "ESA secret-token\r\nX-Evil: 1")]
        )
        let error = #expect(throws: CurlTransportError.self) { try client.send(request) }
        let text = error?.description ?? ""
        #expect(text.contains("Authorization"))
        #expect(!text.contains("secret-token"))
        #expect(!text.contains("licenseKey"))
    }
}

/// A loopback TCP port with nothing listening: bound to port 0 to get a free number, then closed.
func closedPort() throws -> Int {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #expect(descriptor >= 0)
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
            bind(descriptor, socketAddress, length) == 0 && getsockname(descriptor, socketAddress, &length) == 0
        }
    }
    try #require(bound)
    return Int(UInt16(bigEndian: address.sin_port))
}
