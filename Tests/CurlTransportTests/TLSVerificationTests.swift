import CurlTransport
import Foundation
import TestSupport
import Testing

@Suite(.timeLimit(.minutes(1)))
struct TLSVerificationTests {
    @Test func untrustedCertificateFailsAndTrustedOneSucceeds() async throws {
        // Given an HTTPS server with a freshly generated self-signed certificate
        let server = try await TLSTestServer.start()
        defer { server.stop() }
        let request = HTTPClientRequest(url: "\(server.baseURL)/health")

        // When the client uses the system trust store, verification rejects the certificate
        let strict = CurlHTTPClient()
        let error = await #expect(throws: CurlTransportError.self) {
            try await runBlocking { try strict.send(request) }
        }
        guard case .tlsFailure(let url, let curlCode, _) = error else {
            Issue.record("expected tlsFailure, got \(String(describing: error))")
            return
        }
        #expect(url == "\(server.baseURL)/health")
        #expect(curlCode == 60)
        #expect(error?.description.contains("verification") == true)

        // And a TLS failure is not retried
        let retried = await #expect(throws: CurlTransportError.self) {
            try await runBlocking {
                try strict.execute(request, retry: RetryPolicy(), logger: LogRecorder().makeLogger())
            }
        }
        guard case .tlsFailure = retried else {
            Issue.record("expected tlsFailure without retries, got \(String(describing: retried))")
            return
        }

        // Then the same request succeeds once the certificate is given as CA bundle
        let trusting = CurlHTTPClient(
            configuration: HTTPClientConfiguration(caBundlePath: server.certificate.certificatePath)
        )
        let response = try await runBlocking { try trusting.send(request) }
        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == "tls ok")
    }

    @Test func hostNameMustMatchTheCertificate() async throws {
        // Given a trusted certificate issued for localhost/127.0.0.1, served on 127.0.0.2
        let server = try await TLSTestServer.start(bindAddress: "127.0.0.2")
        defer { server.stop() }
        let client = CurlHTTPClient(
            configuration: HTTPClientConfiguration(caBundlePath: server.certificate.certificatePath)
        )

        // When it is reached under the name it was not issued for
        let error = await #expect(throws: CurlTransportError.self) {
            try await runBlocking { try client.send(HTTPClientRequest(url: "https://127.0.0.2:\(server.port)/")) }
        }

        // Then host-name verification rejects it
        guard case .tlsFailure(_, let curlCode, _) = error else {
            Issue.record("expected tlsFailure, got \(String(describing: error))")
            return
        }
        #expect(curlCode == 60)
    }
}
