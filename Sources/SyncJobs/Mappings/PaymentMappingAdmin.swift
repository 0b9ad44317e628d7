import Foundation
import Logging
import SmaregiAPI
import SyncCore
import SyncStore

/// `payment sync|list|set|unset` (支払方法連携): Smaregi payment methods and which one each Rakuten settlement uses.
package struct PaymentMappingAdmin {
    /// One line of `payment list`: a Rakuten method and its Smaregi method, if set.
    package struct Line: Sendable, Equatable {
        package var rakuten: SettlementMethod
        /// The mapped Smaregi method (nil = 未設定); `name` is `""` when the id is no longer in the synced list.
        package var smaregi: PaymentMethodEntry?
    }

    private let database: SyncDatabase
    private let logger: Logger
    private let clock: @Sendable () -> Date

    /// Operations over `database`, reading the time they record from `clock`.
    package init(database: SyncDatabase, logger: Logger, clock: @escaping @Sendable () -> Date = WallClock.now) {
        self.database = database
        self.logger = logger
        self.clock = clock
    }

    /// 【スマレジ支払方法同期】: replaces the store's copy of Smaregi's payment methods; returns them.
    package func sync(store code: String) throws(SyncJobsError) -> [PaymentMethodEntry] {
        let store = try SyncJobsError.database("read store") { try StoreRepository(database: database).get(code: code) }
        let client = try RemoteClients.smaregi(for: store, database: database, logger: logger)
        let methods: [SmaregiPaymentMethod]
        do {
            methods = try client.paymentMethods()
        } catch {
            throw SyncJobsError(smaregi: error, store: code)
        }
        let records = methods.map { PaymentMethodRecord(id: $0.id, code: $0.code, name: $0.name) }
        try SyncJobsError.database("store payment methods") {
            try PaymentMethodRepository(database: database).replace(store: code, with: records, at: clock())
        }
        return records.map { PaymentMethodEntry(id: $0.id, code: $0.code, name: $0.name) }
    }

    /// Every Rakuten method (rakuten-rms.md §3.2 plus 楽天ポイント and Rakuten-funded coupons) with its Smaregi method.
    package func list(store: String) throws(SyncJobsError) -> [Line] {
        _ = try SyncJobsError.database("read store") { try StoreRepository(database: database).get(code: store) }
        let mapped = try SyncJobsError.database("read payment mappings") {
            try PaymentMappingRepository(database: database).all(store: store)
        }
        let methods = try syncedMethods(store: store)
        return SettlementMethod.all.map { method in
            let smaregi = mapped[method.key].map { id in
                methods.first { $0.id == id } ?? PaymentMethodEntry(id: id, code: "", name: "")
            }
            return Line(rakuten: method, smaregi: smaregi)
        }
    }

    /// Maps a Rakuten method (name or code) to a Smaregi method (name or id, from the synced list).
    ///
    /// Throws `invalidInput` (exit 64) for an unknown Rakuten method, and `refused` when the Smaregi method is
    /// not in the synced list (run `payment sync` first) or its name is ambiguous.
    package func set(store: String, rakuten: String, smaregi: String) throws(SyncJobsError) -> Line {
        _ = try SyncJobsError.database("read store") { try StoreRepository(database: database).get(code: store) }
        guard let method = SettlementMethod.find(rakuten) else {
            let known = SettlementMethod.all.map { "\($0.key) \($0.name)" }.joined(separator: ", ")
            throw .invalidInput(
                field: "--rakuten",
                problem: "楽天の決済方法「\(rakuten)」がありません (unknown Rakuten settlement method; one of: \(known))"
            )
        }
        let methods = try syncedMethods(store: store)
        guard !methods.isEmpty else {
            throw .refused(
                reason: "スマレジの支払方法が未同期です。先に `rakuten-sync payment sync --store \(store)` を実行してください "
                    + "(no Smaregi payment methods synced yet; run payment sync first)"
            )
        }
        let trimmed = smaregi.trimmingCharacters(in: .whitespaces)
        var candidates = methods.filter { String($0.id) == trimmed }
        if candidates.isEmpty { candidates = methods.filter { $0.name == trimmed || $0.code == trimmed } }
        guard candidates.count == 1, let chosen = candidates.first else {
            let known = methods.map { "\($0.id) \($0.name)" }.joined(separator: ", ")
            throw .refused(
                reason: candidates.isEmpty
                    ? "スマレジの支払方法「\(smaregi)」がありません (no synced Smaregi payment method '\(smaregi)'; known: \(known))"
                    : "スマレジの支払方法「\(smaregi)」が複数あります。IDで指定してください (ambiguous name; use the id: \(known))"
            )
        }
        try SyncJobsError.database("set payment mapping") {
            try PaymentMappingRepository(database: database).set(
                store: store,
                rakutenKey: method.key,
                smaregiPaymentMethodID: chosen.id,
                at: clock()
            )
        }
        return Line(rakuten: method, smaregi: chosen)
    }

    /// Removes the mapping of a Rakuten method (name or code), so orders paid that way are held again as unmapped.
    ///
    /// Returns the method and whether a mapping was there; throws `invalidInput` (exit 64) for an unknown method.
    package func unset(store: String, rakuten: String) throws(SyncJobsError) -> (
        method: SettlementMethod, removed: Bool
    ) {
        _ = try SyncJobsError.database("read store") { try StoreRepository(database: database).get(code: store) }
        guard let method = SettlementMethod.find(rakuten) else {
            let known = SettlementMethod.all.map { "\($0.key) \($0.name)" }.joined(separator: ", ")
            throw .invalidInput(
                field: "--rakuten",
                problem: "楽天の決済方法「\(rakuten)」がありません (unknown Rakuten settlement method; one of: \(known))"
            )
        }
        let removed = try SyncJobsError.database("remove payment mapping") {
            try PaymentMappingRepository(database: database).remove(store: store, rakutenKey: method.key)
        }
        return (method, removed)
    }

    private func syncedMethods(store: String) throws(SyncJobsError) -> [PaymentMethodEntry] {
        try SyncJobsError.database("read payment methods") {
            try PaymentMethodRepository(database: database).list(store: store)
        }.map { PaymentMethodEntry(id: $0.id, code: $0.code, name: $0.name) }
    }
}
