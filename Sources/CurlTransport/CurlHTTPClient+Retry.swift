import Foundation
import Logging

extension CurlHTTPClient {
    /// Sends `request` with pacing and retries: waits on the pacer for `pacerKey` before every attempt, retries
    /// retryable statuses and failures with jittered exponential backoff or the server's `Retry-After`, and
    /// never waits or runs past `retry.deadline`.
    ///
    /// Each attempt, each retry decision and each wait is logged at `debug`/`notice` with the method, the URL
    /// without query, the status and the delay; header values are never logged.
    /// - Returns: the first response whose status is not retryable (which may be a 4xx).
    /// - Throws: `CurlTransportError.retriesExhausted` when attempts or the deadline run out (with the last
    ///   response or error), or the first non-retryable error (e.g. `.tlsFailure`) as is.
    package func execute(
        _ request: HTTPClientRequest,
        retry policy: RetryPolicy = RetryPolicy(),
        pacerKey: String? = nil,
        logger: Logger
    ) throws(CurlTransportError) -> HTTPClientResponse {
        let clock = ContinuousClock()
        let deadline = clock.now + policy.deadline
        let url = request.redactedURL
        var metadata: Logger.Metadata = ["http.method": "\(request.method)", "http.url": "\(url)"]
        var attempt = 0
        var lastResponse: HTTPClientResponse?
        var lastError: CurlTransportError?

        while true {
            if let pacerKey, let pacer {
                let waited = pacer.acquire(key: pacerKey)
                if let failure = pacer.takeSharedBudgetFailure() {
                    logger.warning("shared request budget unavailable", metadata: ["error": "\(failure)"])
                }
                if waited > .zero {
                    logger.trace("paced request", metadata: metadata.merging(["waited": "\(waited)"]) { $1 })
                }
            }
            // The first attempt always runs (even if pacing used up the deadline); the deadline bounds retries.
            let remaining = deadline - clock.now
            guard remaining > .zero || attempt == 0 else { break }
            attempt += 1
            metadata["attempt"] = "\(attempt)"
            let timeout = remaining > .zero ? min(configuration.totalTimeout, remaining) : configuration.totalTimeout

            var serverDelay: Duration?
            do {
                let response: HTTPClientResponse
                do {
                    defer { if let pacerKey { pacer?.finished(key: pacerKey) } }
                    response = try send(request, totalTimeout: timeout)
                }
                logger.debug("HTTP response", metadata: metadata.merging(["http.status": "\(response.status)"]) { $1 })
                if response.status == 429 {
                    RateLimitTally.record(scope: logger[metadataKey: "store"].map { "\($0)" })
                    logger.warning(
                        "HTTP 429: the remote rate limit was reached despite pacing",
                        metadata: metadata.merging([
                            "pacer_key": "\(pacerKey ?? "none")",
                            "retry_after": "\(response.header("Retry-After") ?? "none")",
                        ]) { $1 }
                    )
                }
                guard policy.retryableStatuses.contains(response.status) else { return response }
                lastResponse = response
                lastError = nil
                serverDelay = RetryAfter.delay(from: response.header("Retry-After"))
            } catch {
                logger.debug("HTTP attempt failed", metadata: metadata.merging(["error": "\(error)"]) { $1 })
                guard policy.shouldRetry(error) else { throw error }
                lastError = error
            }

            guard attempt < policy.maxAttempts else { break }
            let delay = serverDelay ?? policy.backoff(beforeRetry: attempt)
            let left = deadline - clock.now
            guard delay < left else {
                logger.notice(
                    "not retrying: the wait would pass the deadline",
                    metadata: metadata.merging(["delay": "\(delay)", "remaining": "\(left)"]) { $1 }
                )
                break
            }
            var retryMetadata = metadata
            retryMetadata["delay"] = "\(delay)"
            retryMetadata["retry_after"] = serverDelay.map { "\($0)" } ?? "none"
            retryMetadata["http.status"] = lastResponse.map { "\($0.status)" } ?? "none"
            logger.notice("retrying HTTP request", metadata: retryMetadata)
            Thread.sleep(forTimeInterval: delay.seconds)
        }

        let error = CurlTransportError.retriesExhausted(
            url: url,
            attempts: attempt,
            lastResponse: lastResponse,
            lastError: lastError
        )
        logger.warning("HTTP request failed after retries", metadata: ["error": "\(error)"])
        throw error
    }
}
