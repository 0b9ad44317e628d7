import CurlTransport
import Foundation
import Logging
import RakutenRMS
import SmaregiAPI
import SyncCore
import SyncStore

/// `store test`: can this store reach Rakuten and Smaregi with the credentials it has?
///
/// The Rakuten side reads the license key's expiry date from the license API (which also proves the key
/// works) and stores it; the Smaregi side obtains a token by listing the contract's stores, checks the
/// configured stock store exists there, that the 受注店舗 is a 受注店舗, and warns when it allocates stock from
/// another store than the stock store (issue #13 §4).
package struct ConnectionCheck {
    /// The verdict for one side.
    package struct Side: Sendable, Equatable {
        /// 正常 when true, エラー otherwise.
        package let isOK: Bool
        /// What was found or what went wrong, in Japanese and English.
        package let detail: String
        /// Set-up that works but is probably not what the merchant meant (e.g. a 受注店舗 allocating from another
        /// store than the stock store), in Japanese and English.
        package var warnings: [String] = []
    }

    /// Both verdicts plus the key's expiry.
    package struct Result: Sendable, Equatable {
        package let rakuten: Side
        package let smaregi: Side
        /// The expiry date read from RMS, when the key worked.
        package let licenseExpiry: Date?
        /// Days until the key expires, when known.
        package let licenseDaysLeft: Int?
        /// Whether the key expires within the warning window (default 14 days).
        package let licenseExpiresSoon: Bool
    }

    private let database: SyncDatabase
    private let logger: Logger
    private let now: Date

    /// A check that saves what it learns (the license expiry) into `database`.
    package init(database: SyncDatabase, logger: Logger, now: Date) {
        self.database = database
        self.logger = logger
        self.now = now
    }

    /// Runs both checks for the store with `code`.
    package func run(storeCode code: String) throws(SyncJobsError) -> Result {
        let store = try SyncJobsError.database("read store") { try StoreRepository(database: database).get(code: code) }
        let quick = RetryPolicy(maxAttempts: 2, deadline: .seconds(20))
        let configuration = HTTPClientConfiguration(connectTimeout: .seconds(5), totalTimeout: .seconds(20))

        var expiry: Date?
        let rakuten: Side
        do {
            let client = RemoteClients.rakuten(
                for: store,
                database: database,
                configuration: configuration,
                retryPolicy: quick,
                logger: logger
            )
            let date = try client.licenseExpiryDate()
            expiry = date
            rakuten = Side(isOK: true, detail: "ライセンスキー有効期限 \(JSTCalendar.displayString(date)) JST (license key valid)")
        } catch {
            rakuten = Side(isOK: false, detail: Self.explain(rakutenError: error))
        }
        if let expiry {
            _ = try StoreSetup(database: database).update(code: code, now: now) { record throws(SyncJobsError) in
                record.licenseExpiry = expiry
            }
        }

        let smaregi = checkSmaregi(store, configuration: configuration, retry: quick)
        let warningDays = try SyncJobsError.database("read license-warning-days") {
            try SettingsRepository(database: database).licenseWarningDays()
        }
        let days = expiry.map { JSTCalendar.daysUntil($0, from: now) }
        return Result(
            rakuten: rakuten,
            smaregi: smaregi,
            licenseExpiry: expiry,
            licenseDaysLeft: days,
            licenseExpiresSoon: days.map { $0 <= warningDays } ?? false
        )
    }

    private func checkSmaregi(_ store: StoreRecord, configuration: HTTPClientConfiguration, retry: RetryPolicy) -> Side
    {
        guard RemoteClients.isSmaregiSetUp(store) else {
            return Side(
                isOK: false,
                detail: "契約ID・client id・client secret が未設定です (run `rakuten-sync smaregi set --store \(store.code)`)"
            )
        }
        let client = RemoteClients.smaregiForStoreTest(
            for: store,
            budgetsOf: database,
            configuration: configuration,
            retryPolicy: retry,
            logger: logger
        )
        do {
            let stores = try client.stores()
            var detail = "アクセストークンを取得しました、店舗\(stores.count)件 (token obtained; \(stores.count) store(s))"
            if !store.smaregiStockStoreID.isEmpty {
                guard stores.contains(where: { String($0.id) == store.smaregiStockStoreID }) else {
                    return Side(
                        isOK: false,
                        detail:
                            "在庫店舗ID \(store.smaregiStockStoreID) がスマレジにありません (stock store not found in the contract)"
                    )
                }
                detail += "; 在庫店舗 \(store.smaregiStockStoreID) OK"
            }
            return try Self.checkOrderStore(store, client: client, posStores: stores, detail: detail)
        } catch let error as SmaregiAPIError {
            return Side(isOK: false, detail: Self.explain(smaregiError: error))
        } catch {
            return Side(isOK: false, detail: "\(error)")
        }
    }

    private static func explain(rakutenError error: RakutenRMSError) -> String {
        if error.isAuthenticationFailure {
            return "認証に失敗しました。サービスシークレット・ライセンスキー(期限切れを含む)と、RMSでのAPI利用設定を確認してください "
                + "(authentication refused: check the secret, the key and its expiry, and that the API is enabled in RMS): \(error)"
        }
        if error.isTemporary {
            return "RMSに接続できません (RMS unreachable): \(error)"
        }
        return "\(error)"
    }

    private static func explain(smaregiError error: SmaregiAPIError) -> String {
        if case .authenticationFailed = error {
            // The error says which refusal it was and what to check (credentials, scopes, the app on the contract).
            return "認証に失敗しました (authentication refused): \(error)"
        }
        return "\(error)"
    }
}
