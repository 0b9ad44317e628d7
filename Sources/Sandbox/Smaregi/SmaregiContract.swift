import Foundation

/// Everything one Smaregi contract (契約) holds: its app credentials and scopes, limits, master data, stock and 受注.
struct SmaregiContract: Sendable {
    /// 契約ID, e.g. `sb_sandbox01`.
    var contractId: String
    var clientId: String
    var clientSecret: String
    /// Scopes enabled for the app on this contract; a token may ask for any subset.
    var scopes: Set<String>
    /// `expires_in` of new tokens, seconds.
    var tokenLifetime: Int = 3600
    /// The body of an API 401: the documented `access_denied` problem (default) or the `about:blank` problem form.
    var unauthorizedForm: SmaregiProblem.UnauthorizedForm = .accessDenied
    /// Whether the API refuses every token of the contract with 401 while the IdP still issues them (the app's
    /// use stopped on the contract; the documented `access_denied` case, api-assumptions-smaregi.md §1.1).
    var denyAPIAccess = false
    /// Read (GET) limit, per second; `nil` = unlimited.
    var readsPerSecond: Double? = 10
    /// Write (POST/PUT/PATCH/DELETE) limit, per second; `nil` = unlimited.
    var writesPerSecond: Double? = 4
    /// Per-contract buckets (smaregi.md §3.1: the budget is per contract × app).
    let readBucket = TokenBucket(ratePerSecond: 10, burst: 10)
    let writeBucket = TokenBucket(ratePerSecond: 4, burst: 4)

    var stores: [Int: SmaregiStoreRecord] = [:]
    var products: [Int: SmaregiProductRecord] = [:]
    var stock: [SmaregiStockKey: SmaregiStockRecord] = [:]
    var stockChanges: [SmaregiStockChange] = []
    var paymentMethods: [Int: SmaregiPaymentMethodRecord] = [:]
    var orders: [Int: SmaregiOrderRecord] = [:]
    var transactions: [Int: SmaregiTransactionRecord] = [:]
    /// Whether a second 取引 with the same (storeId, terminalId, terminalTranDateTime, terminalTranId) is a 400
    /// (documented for 仮販売 only, smaregi.md §4.5; configurable).
    var rejectDuplicateTransactions = true
    /// Whether a second 受注 with an `orderCode` already registered is a 400 (undocumented, smaregi.md §5; on by
    /// default, switchable so the jobs' exactly-once rules are tested without the sandbox's help).
    var rejectDuplicateOrderCodes = true
    /// Whether order-shipment `/stores` shows a 受注店舗's allocation store as `stockStoreId` (an assumption,
    /// [A-SMR-40]); `false` answers in the documented shape without it.
    var orderStoresShowStockStore = true
    var nextOrderHeadId = 1
    var nextShipmentId = 1

    init(contractId: String, clientId: String, clientSecret: String, scopes: Set<String>) {
        self.contractId = contractId
        self.clientId = clientId
        self.clientSecret = clientSecret
        self.scopes = scopes
    }

    /// Applies new limits to the buckets (`nil` switches a limit off).
    mutating func setLimits(reads: Double?, writes: Double?) {
        readsPerSecond = reads
        writesPerSecond = writes
        readBucket.configure(ratePerSecond: reads, burst: reads ?? 1)
        writeBucket.configure(ratePerSecond: writes, burst: writes ?? 1)
        readBucket.reset()
        writeBucket.reset()
    }

    /// 在庫の上下限 (smaregi.md §4.3).
    static let stockBound = 999_999_999

    /// Moves stock and records the history; creates the row on the first movement.
    ///
    /// - Parameters:
    ///   - delta: relative change (sale −, receipt +); ignored when `absolute` is given.
    ///   - absolute: the new amount (修正 / PATCH).
    /// - Throws: 400 when the result leaves ±999,999,999 ("更新後の在庫数は[999999999]以下である必要があります").
    @discardableResult
    mutating func moveStock(
        storeId: Int,
        productId: Int,
        delta: Int = 0,
        absolute: Int? = nil,
        division: String,
        memo: String?,
        at now: Date
    ) throws -> (record: SmaregiStockRecord, change: SmaregiStockChange) {
        let key = SmaregiStockKey(storeId: storeId, productId: productId)
        let current = stock[key]?.stockAmount ?? 0
        let updated = absolute ?? current + delta
        guard updated <= Self.stockBound else {
            throw SmaregiProblem.badRequest("更新後の在庫数は[\(Self.stockBound)]以下である必要があります")
        }
        guard updated >= -Self.stockBound else {
            throw SmaregiProblem.badRequest("更新後の在庫数は[-\(Self.stockBound)]以上である必要があります")
        }
        var record =
            stock[key] ?? SmaregiStockRecord(storeId: storeId, productId: productId, stockAmount: 0, updDateTime: now)
        record.stockAmount = updated
        record.updDateTime = now
        stock[key] = record
        let change = SmaregiStockChange(
            id: stockChanges.count + 1,
            updDateTime: now,
            storeId: storeId,
            productId: productId,
            amount: updated - current,
            stockAmount: updated,
            stockDivision: division,
            memo: memo
        )
        stockChanges.append(change)
        return (record, change)
    }

    /// A POS store (通常店舗 or 倉庫); 400 "指定された店舗IDのリソースが見つかりません" otherwise (§4.3).
    func posStore(_ id: Int?) throws -> SmaregiStoreRecord {
        guard let id, let store = stores[id], store.kind != .order else {
            throw SmaregiProblem.badRequest("指定された店舗IDのリソースが見つかりません")
        }
        return store
    }

    /// A product by ID, or 404.
    func product(_ id: Int) throws -> SmaregiProductRecord {
        guard let product = products[id] else { throw SmaregiProblem.notFound() }
        return product
    }

    /// 消費税率 master: 8 % from 2014-04-01, 10 % from 2019-10-01, 切り捨て (smaregi.md §4.6).
    var taxRates: [(applyStartDate: String, taxRate: String, taxRounding: String)] {
        [("2014-04-01", "8", "1"), ("2019-10-01", "10", "1")]
    }
}
