import Foundation
import Hummingbird

/// The Rakuten RMS side of the sandbox: ESA gateway, order/inventory/items/license APIs and the
/// `/_sandbox/rakuten/...` control routes, with all state behind one lock.
package final class RakutenSandbox: @unchecked Sendable {
    // @unchecked: `state`, `seed` and `settings` are only touched under `lock`.
    private let lock = NSLock()
    private var state: [String: RakutenShopState] = [:]
    private var shopCodes: [String] = []
    /// The shop codes of each license key, so the gateway finds a request's shop without scanning every shop
    /// (issue #14 §2: a scan of 1,000 shops per request under the lock cut the answers per second threefold).
    private var codesByLicenseKey: [String: [String]] = [:]
    private var seed: RakutenSeed?
    private var settings: RakutenSettings
    /// Settings from the configuration, restored on every reset.
    private let initialSettings: RakutenSettings
    /// Global counter for basketId, itemDetailId and shippingDetailId (10-digit numbers).
    private var nextIdentifier: Int = 1_000_000_001
    /// The Rakuten side's "now": the wall clock plus the configured (or control-set) offset.
    var clock: SandboxClock { SandboxClock(offset: currentSettings.clockOffset) }
    let orderBucket = TokenBucket(ratePerSecond: 1)
    let inventoryWriteBucket = TokenBucket(ratePerSecond: 1)
    let inventoryReadBucket = TokenBucket(ratePerSecond: 1)
    let bulkGetBucket = TokenBucket(ratePerSecond: 5, burst: 5)

    /// Run-time settings changed through `POST /_sandbox/rakuten/settings`.
    struct RakutenSettings: Sendable, Equatable {
        var rateLimitsEnabled: Bool
        var asyncShippingDelay: TimeInterval
        /// The HTTP status of updateOrderShippingAsync format errors: 400 (default) or 200 with ERROR rows and no
        /// requestId (the public transcription of the official page).
        var asyncFormatErrorStatus = 400
        /// Which body refuses a bad or expired key.
        var authenticationErrorForm = AuthenticationErrorForm.results
        /// Seconds added to the wall clock for everything the Rakuten side dates, and for its `Date` header.
        var clockOffset: TimeInterval = 0
        /// manageNumbers items.search lists as deleted hits, `{"item":{"manageNumber":…}}` after the real items, as the
        /// real search does for up to 24 hours after a deletion (rakuten-rms.md §5).
        var itemSearchDeletedItems: [String] = []
    }

    /// The form of the gateway's 401 (rakuten-rms.md §1.3).
    enum AuthenticationErrorForm: String, Sendable, Equatable {
        /// `{"Results":{"errorCode":"ES01-01","message":"Un-Authorised"}}` (the older, widely reported form).
        case results = "ES01-01"
        /// `{"errors":[{"code":"GA0001","message":"Un-Authorised"}]}` (2026 reports give the code; the body is
        /// assumed to be the 2.x APIs' `errors[]` envelope).
        case ga0001 = "GA0001"
    }

    /// Creates the Rakuten side; a seed that does not parse is ignored here (`runSandbox` rejects it earlier).
    package init(configuration: SandboxConfiguration) {
        self.initialSettings = RakutenSettings(
            rateLimitsEnabled: configuration.rateLimitsEnabled,
            asyncShippingDelay: configuration.asyncShippingDelay,
            clockOffset: configuration.clockOffset
        )
        self.settings = initialSettings
        self.seed = configuration.seed.flatMap { try? RakutenSeed.parse(fileData: $0) }
        reset()
    }

    /// Forgets all state and restores the seed (or the default shop) and the configured settings.
    package func reset() {
        let now = SandboxClock(offset: initialSettings.clockOffset).now()
        lock.lock()
        defer { applyRateLimitSetting() }
        defer { lock.unlock() }
        settings = initialSettings
        state = [:]
        shopCodes = []
        codesByLicenseKey = [:]
        nextIdentifier = 1_000_000_001
        for bucket in [orderBucket, inventoryWriteBucket, inventoryReadBucket, bulkGetBucket] { bucket.reset() }
        if let seed, !seed.shops.isEmpty {
            for shopSeed in seed.shops { try? applyShopSeedLocked(shopSeed, now: now) }
            if let delay = seed.asyncShippingDelaySeconds { settings.asyncShippingDelay = delay }
        } else {
            addShopLocked(RakutenShop.defaultShop(now: now))
        }
    }

    /// Human-readable default credentials, printed by the executable at start.
    package var startupDescription: String {
        lock.lock()
        defer { lock.unlock() }
        return shopCodes.compactMap { state[$0]?.shop }.map { shop in
            "Rakuten RMS shop \(shop.code) (\(shop.shopURL)): serviceSecret=\(shop.serviceSecret) "
                + "licenseKey=\(shop.licenseKey) expiry=\(RakutenDates.localDatetime(shop.licenseExpiry)) JST"
        }.joined(separator: "\n")
    }

    // MARK: state access

    /// Runs `body` on the shop `code` under the lock, after processing due async work.
    func withShop<T>(_ code: String, _ body: (inout RakutenShopState) throws -> T) rethrows -> T? {
        let now = clock.now()
        lock.lock()
        defer { lock.unlock() }
        guard var shop = state[code] else { return nil }
        settleLocked(&shop, now: now)
        let result = try body(&shop)
        state[code] = shop
        return result
    }

    /// The code of the shop whose serviceSecret and licenseKey match and whose key has not expired.
    func shopCode(serviceSecret: String, licenseKey: String, now: Date) -> String? {
        lock.lock()
        defer { lock.unlock() }
        let candidates = codesByLicenseKey[licenseKey] ?? []
        // Several shops may share a key (a test's doing); the first created wins, as when every shop was scanned.
        let ordered = candidates.count > 1 ? shopCodes.filter { candidates.contains($0) } : candidates
        return ordered.first { code in
            guard let shop = state[code]?.shop else { return false }
            return shop.serviceSecret == serviceSecret && shop.licenseKey == licenseKey && now <= shop.licenseExpiry
        }
    }

    /// A snapshot of a shop's configuration.
    func shop(_ code: String) -> RakutenShop? {
        lock.lock()
        defer { lock.unlock() }
        return state[code]?.shop
    }

    /// Every shop in creation order.
    func allShops() -> [RakutenShop] {
        lock.lock()
        defer { lock.unlock() }
        return shopCodes.compactMap { state[$0]?.shop }
    }

    /// Adds a shop; `false` when the code already exists.
    func addShop(_ shop: RakutenShop) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard state[shop.code] == nil else { return false }
        addShopLocked(shop)
        return true
    }

    /// Seeds a shop from a seed entry (control API and seed file).
    func applyShopSeed(_ shopSeed: RakutenSeed.Shop) throws {
        let now = clock.now()
        lock.lock()
        defer { lock.unlock() }
        try applyShopSeedLocked(shopSeed, now: now)
    }

    /// Issues the next basketId / itemDetailId / shippingDetailId.
    func issueIdentifier() -> Int {
        lock.lock()
        defer { lock.unlock() }
        return issueIdentifierLocked()
    }

    /// The current run-time settings.
    var currentSettings: RakutenSettings {
        lock.lock()
        defer { lock.unlock() }
        return settings
    }

    /// Changes the run-time settings.
    func updateSettings(_ change: (inout RakutenSettings) -> Void) {
        lock.lock()
        change(&settings)
        lock.unlock()
        applyRateLimitSetting()
    }

    private func applyRateLimitSetting() {
        let enabled = currentSettings.rateLimitsEnabled
        orderBucket.configure(ratePerSecond: enabled ? 1 : nil)
        inventoryWriteBucket.configure(ratePerSecond: enabled ? 1 : nil)
        inventoryReadBucket.configure(ratePerSecond: enabled ? 1 : nil)
        bulkGetBucket.configure(ratePerSecond: enabled ? 5 : nil, burst: 5)
    }

    private func issueIdentifierLocked() -> Int {
        defer { nextIdentifier += 1 }
        return nextIdentifier
    }

    private func addShopLocked(_ shop: RakutenShop) {
        if state[shop.code] == nil { shopCodes.append(shop.code) }
        reindexLocked(shop, replacing: state[shop.code]?.shop)
        state[shop.code] = RakutenShopState(shop: shop)
    }

    /// Files `shop` under its license key, and takes `old` (its earlier configuration) out of its own.
    private func reindexLocked(_ shop: RakutenShop, replacing old: RakutenShop?) {
        if let old { codesByLicenseKey[old.licenseKey]?.removeAll { $0 == old.code } }
        codesByLicenseKey[shop.licenseKey, default: []].append(shop.code)
    }

    private func applyShopSeedLocked(_ shopSeed: RakutenSeed.Shop, now: Date) throws {
        let shop = shopSeed.makeShop(now: now, existing: state[shopSeed.code ?? "sandbox-shop"]?.shop)
        if let old = state[shop.code]?.shop {
            reindexLocked(shop, replacing: old)
            state[shop.code]?.shop = shop
        } else {
            addShopLocked(shop)
        }
        guard var shopState = state[shop.code] else { return }
        for itemSeed in shopSeed.items ?? [] {
            let (item, quantities) = try itemSeed.makeItem(itemId: issueIdentifierLocked(), now: now)
            shopState.putItem(item, inventory: quantities, now: now)
        }
        state[shop.code] = shopState
        for order in shopSeed.orders ?? [] {
            var working = shopState
            _ = try placeShopperOrderLocked(order, in: &working, now: now)
            shopState = working
        }
        for raw in shopSeed.rawOrders ?? [] {
            shopState.putOrder(try RakutenOrderRecord.raw(raw))
        }
        state[shop.code] = shopState
    }

    /// Places a shopper order in `shop` with identifiers issued under the already-held lock.
    func placeShopperOrderLocked(_ order: RakutenShopperOrder, in shop: inout RakutenShopState, now: Date) throws
        -> RakutenOrderRecord
    {
        let builder = RakutenOrderBuilder(issue: { self.issueIdentifierLocked() })
        let record = try builder.place(order, in: &shop, now: now)
        shop.putOrder(record)
        return record
    }

    /// Runs `body` on the shop under the lock with an identifier issuer that needs no second lock.
    func withShopIssuing<T>(_ code: String, _ body: (inout RakutenShopState, RakutenOrderBuilder, Date) throws -> T)
        rethrows -> T?
    {
        let now = clock.now()
        lock.lock()
        defer { lock.unlock() }
        guard var shop = state[code] else { return nil }
        settleLocked(&shop, now: now)
        let builder = RakutenOrderBuilder(issue: { self.issueIdentifierLocked() })
        let result = try body(&shop, builder, now)
        state[code] = shop
        return result
    }

    private func settleLocked(_ shop: inout RakutenShopState, now: Date) {
        shop.purgeOrphans(now: now)
        let due = shop.asyncRequests.values.filter { $0.results == nil && $0.dueAt <= now }.map(\.requestId)
        for requestId in due.sorted() {
            guard var request = shop.asyncRequests[requestId] else { continue }
            var results: [SandboxJSON] = []
            for order in request.orders {
                let orderNumber = order["orderNumber"]?.stringValue ?? ""
                let outcome = RakutenShipping.apply(
                    order,
                    to: &shop,
                    now: request.dueAt,
                    issue: { self.issueIdentifierLocked() }
                )
                results.append(
                    .fields(["orderNumber": .string(orderNumber), "MessageModelList": .array(outcome.messages)])
                )
            }
            request.results = results
            shop.asyncRequests[requestId] = request
        }
        shop.asyncRequests = shop.asyncRequests.filter { now.timeIntervalSince($0.value.acceptedAt) < 30 * 86_400 }
    }
}
