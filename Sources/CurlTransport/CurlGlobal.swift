import CCurl

/// Process-wide libcurl initialisation, done exactly once before the first handle is created.
enum CurlGlobal {
    /// Swift initialises a static `let` exactly once, thread-safely, so `curl_global_init` runs once
    /// (it is not thread-safe itself in every libcurl build). The flags are `CURL_GLOBAL_ALL` (SSL + Win32).
    private static let initResult: Int = Int(curl_global_init(3).rawValue)

    /// Runs `curl_global_init` if it has not run yet; returns whether it succeeded.
    static func ensureInitialized() -> Bool { initResult == 0 }
}
