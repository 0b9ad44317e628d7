/// Settings shared by every request of one `CurlHTTPClient`.
///
/// TLS peer and host verification are always on (`CURLOPT_SSL_VERIFYPEER` 1, `CURLOPT_SSL_VERIFYHOST` 2);
/// there is deliberately no switch to turn them off. Tests trust their own certificate through `caBundlePath`.
package struct HTTPClientConfiguration: Sendable, Equatable {
    /// Time allowed to establish the TCP (and TLS) connection.
    package var connectTimeout: Duration
    /// Time allowed for one whole attempt, connection included.
    package var totalTimeout: Duration
    /// The `User-Agent` header sent with every request.
    package var userAgent: String
    /// A PEM file of CA certificates to trust instead of the system store (tests only); `nil` = system store.
    package var caBundlePath: String?

    /// A configuration; defaults suit the RMS and Smaregi APIs (10 s connect, 60 s total).
    package init(
        connectTimeout: Duration = .seconds(10),
        totalTimeout: Duration = .seconds(60),
        userAgent: String = "rakuten-sync/1.0",
        caBundlePath: String? = nil
    ) {
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.userAgent = userAgent
        self.caBundlePath = caBundlePath
    }
}
