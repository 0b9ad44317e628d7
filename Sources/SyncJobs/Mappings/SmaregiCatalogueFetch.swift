import Foundation
import SmaregiAPI
import SyncCore

/// Reads every Smaregi product (pages of 1,000) on a thread of its own, so the Smaregi pages (10 reads/s) and
/// the Rakuten bulk-gets (5 req/s) of a mapping check overlap instead of adding up.
///
/// A class because the result crosses threads: it is written once by the worker and read after `wait()`,
/// both under `lock` (hence `@unchecked Sendable`).
final class SmaregiCatalogueFetch: @unchecked Sendable {
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<SmaregiCatalogue, any Error>?

    /// Starts reading with `client` at once.
    init(client: SmaregiClient) {
        let thread = Thread { [self] in
            let outcome: Result<SmaregiCatalogue, any Error>
            do {
                var catalogue = SmaregiCatalogue()
                for product in try client.products() { catalogue.add(id: product.id, code: product.code) }
                outcome = .success(catalogue)
            } catch {
                outcome = .failure(error)
            }
            lock.withLock { result = outcome }
            done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Waits for the catalogue; rethrows the client's error.
    func wait() throws -> SmaregiCatalogue {
        done.wait()
        done.signal()
        let outcome = lock.withLock { result }
        guard let outcome else { return SmaregiCatalogue() }
        return try outcome.get()
    }
}
