import CCurl

/// One transfer on a pooled easy handle: typed option setters that throw, curl lists that are freed afterwards,
/// an error buffer, and the callback state.
final class CurlTransfer {
    /// The easy handle, valid until `finish()`.
    let handle: UnsafeMutableRawPointer
    /// The URL without secrets, for errors.
    let redactedURL: String
    /// Callback state (body, headers, upload).
    let state = CurlTransferState()
    private let pool: CurlHandlePool
    private let errorBuffer: UnsafeMutablePointer<CChar>
    private var lists: [UnsafeMutablePointer<curl_slist>] = []

    /// Runs `body` with a configured transfer and always returns the handle to the pool afterwards.
    static func with<T>(
        pool: CurlHandlePool,
        redactedURL: String,
        _ body: (CurlTransfer) throws(CurlTransportError) -> T
    ) throws(CurlTransportError) -> T {
        guard let handle = pool.checkOut() else { throw .outOfResources(url: redactedURL) }
        let transfer = CurlTransfer(handle: handle, pool: pool, redactedURL: redactedURL)
        defer { transfer.finish() }
        try transfer.prepare()
        return try body(transfer)
    }

    private init(handle: UnsafeMutableRawPointer, pool: CurlHandlePool, redactedURL: String) {
        self.handle = handle
        self.pool = pool
        self.redactedURL = redactedURL
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
    }

    /// Options every transfer shares: error buffer, no signals (we are multi-threaded), callbacks and their state.
    private func prepare() throws(CurlTransportError) {
        let opaque = Unmanaged.passUnretained(state).toOpaque()
        try check(ccurl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer), "ERRORBUFFER")
        try set(CURLOPT_NOSIGNAL, 1)
        try check(
            ccurl_setopt_write_callback(handle, CURLOPT_WRITEFUNCTION, CurlTransferState.writeCallback),
            "WRITEFUNCTION"
        )
        try check(ccurl_setopt_pointer(handle, CURLOPT_WRITEDATA, opaque), "WRITEDATA")
        try check(
            ccurl_setopt_write_callback(handle, CURLOPT_HEADERFUNCTION, CurlTransferState.headerCallback),
            "HEADERFUNCTION"
        )
        try check(ccurl_setopt_pointer(handle, CURLOPT_HEADERDATA, opaque), "HEADERDATA")
        try check(
            ccurl_setopt_read_callback(handle, CURLOPT_READFUNCTION, CurlTransferState.readCallback),
            "READFUNCTION"
        )
        try check(ccurl_setopt_pointer(handle, CURLOPT_READDATA, opaque), "READDATA")
    }

    /// Resets and returns the handle, then frees lists and the error buffer (curl no longer points at them).
    private func finish() {
        pool.checkIn(handle)
        for list in lists { curl_slist_free_all(list) }
        errorBuffer.deallocate()
    }

    /// Sets a `long` option.
    func set(_ option: CURLoption, _ value: Int) throws(CurlTransportError) {
        try check(ccurl_setopt_long(handle, option, value), "option \(option.rawValue)")
    }

    /// Sets a string option (curl copies the string).
    func set(_ option: CURLoption, _ value: String) throws(CurlTransportError) {
        try check(ccurl_setopt_string(handle, option, value), "option \(option.rawValue)")
    }

    /// Sets a `curl_off_t` option (sizes).
    func set(_ option: CURLoption, size: Int) throws(CurlTransportError) {
        try check(ccurl_setopt_off_t(handle, option, curl_off_t(size)), "option \(option.rawValue)")
    }

    /// Sets a string-list option; the list lives until the transfer finishes.
    func set(_ option: CURLoption, list values: [String]) throws(CurlTransportError) {
        guard !values.isEmpty else { return }
        var list: UnsafeMutablePointer<curl_slist>?
        for value in values {
            guard let appended = curl_slist_append(list, value) else {
                if let list { curl_slist_free_all(list) }
                throw .outOfResources(url: redactedURL)
            }
            list = appended
        }
        guard let list else { return }
        lists.append(list)
        try check(ccurl_setopt_slist(handle, option, list), "option \(option.rawValue)")
    }

    /// Runs the transfer; on failure throws the mapped `CurlTransportError`.
    func perform() throws(CurlTransportError) {
        let code = curl_easy_perform(handle)
        guard code != CURLE_OK else { return }
        throw CurlCodes.error(code: code, message: message(for: code), url: redactedURL)
    }

    /// curl's detailed message for a failed `code`.
    func message(for code: CURLcode) -> String {
        CurlCodes.message(code: code, errorBuffer: errorBuffer)
    }

    /// A `long` info value (0 when unavailable).
    func info(_ info: CURLINFO) -> Int {
        var value = 0
        _ = ccurl_getinfo_long(handle, info, &value)
        return value
    }

    private func check(_ code: CURLcode, _ what: String) throws(CurlTransportError) {
        guard code != CURLE_OK else { return }
        let text = curl_easy_strerror(code).map { String(cString: $0) } ?? ""
        if code == CURLE_UNKNOWN_OPTION || code == CURLE_NOT_BUILT_IN || code == CURLE_UNSUPPORTED_PROTOCOL {
            throw .curlFailure(
                url: redactedURL,
                curlCode: Int(code.rawValue),
                message: "libcurl rejected \(what): \(text)"
            )
        }
        throw .curlFailure(url: redactedURL, curlCode: Int(code.rawValue), message: "setting \(what): \(text)")
    }
}
