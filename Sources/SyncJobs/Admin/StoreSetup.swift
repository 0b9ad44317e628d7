import Foundation
import SyncCore
import SyncStore

/// The 店舗作成 / 店舗連携情報 screens as operations: validated changes to the `stores` table.
///
/// The CLI parses options and reads secrets; everything it then asks for goes through here, so the
/// rules are the same for the CLI, the demo and the tests.
package struct StoreSetup: Sendable {
    private let database: SyncDatabase

    /// Operations on the stores of `database`.
    package init(database: SyncDatabase) {
        self.database = database
    }

    /// What 店舗作成 asks for.
    package struct NewStore: Sendable, Equatable {
        package var code: String
        package var name: String
        package var shopURL: String
        package var rakutenAPIURL: String = StoreRecord.defaultRakutenAPIURL
        package var serviceSecret: String
        package var licenseKey: String

        /// A new store's fields; the API URL defaults to the real RMS.
        package init(code: String, name: String, shopURL: String, serviceSecret: String, licenseKey: String) {
            self.code = code
            self.name = name
            self.shopURL = shopURL
            self.serviceSecret = serviceSecret
            self.licenseKey = licenseKey
        }
    }

    /// Registers a store after checking the URL, the code, the secrets and the store limit.
    package func add(_ new: NewStore, now: Date) throws(SyncJobsError) -> StoreRecord {
        if let problem = StoreValidation.problem(withStoreCode: new.code) {
            throw .invalidInput(field: "--code", problem: problem)
        }
        if let problem = StoreValidation.problem(withShopURL: new.shopURL) {
            throw .invalidInput(field: "--url", problem: problem)
        }
        if new.name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw .invalidInput(field: "--name", problem: "店舗名を入力してください (the store name is empty)")
        }
        if let problem = StoreValidation.problem(withBaseURL: new.rakutenAPIURL) {
            throw .invalidInput(field: "--rakuten-api-url", problem: problem)
        }
        let secret = Self.cleanSecret(new.serviceSecret)
        let key = Self.cleanSecret(new.licenseKey)
        guard !secret.isEmpty, !key.isEmpty else {
            throw .invalidInput(
                field: "service secret / license key",
                problem: "サービスシークレットとライセンスキーを標準入力か RAKUTEN_SERVICE_SECRET / RAKUTEN_LICENSE_KEY で渡してください "
                    + "(give the service secret and license key on standard input or in the environment)"
            )
        }
        let stores = StoreRepository(database: database)
        let limit = try SyncJobsError.database("read max-stores") {
            try SettingsRepository(database: database).maxStores()
        }
        let count = try SyncJobsError.database("count stores") { try stores.count() }
        guard count < limit else { throw .refused(reason: StoreValidation.storeLimitMessage(limit: limit)) }
        let record = StoreRecord(
            code: new.code,
            name: new.name.trimmingCharacters(in: .whitespaces),
            shopURL: new.shopURL,
            rakutenAPIURL: new.rakutenAPIURL,
            serviceSecret: secret,
            licenseKey: key
        )
        return try SyncJobsError.database("add store") { try stores.add(record, at: now) }
    }

    /// Loads a store, lets `change` edit it, validates the result and saves it.
    package func update(
        code: String,
        now: Date,
        _ change: (inout StoreRecord) throws(SyncJobsError) -> Void
    ) throws(SyncJobsError) -> StoreRecord {
        let stores = StoreRepository(database: database)
        var record = try SyncJobsError.database("read store") { try stores.get(code: code) }
        try change(&record)
        try Self.validate(record)
        let saved = record
        return try SyncJobsError.database("update store") { try stores.update(saved, at: now) }
    }

    /// Checks a store's editable settings after a change.
    static func validate(_ record: StoreRecord) throws(SyncJobsError) {
        if let problem = StoreValidation.problem(withShopURL: record.shopURL) {
            throw .invalidInput(field: "--url", problem: problem)
        }
        for address in record.alertEmails {
            if let problem = StoreValidation.problem(withEmail: address) {
                throw .invalidInput(field: "--alert-email", problem: problem)
            }
        }
        for (field, url) in [
            ("--rakuten-api-url", record.rakutenAPIURL), ("--token-url", record.smaregiTokenURL),
            ("--api-url", record.smaregiAPIURL),
        ] {
            if let problem = StoreValidation.problem(withBaseURL: url) {
                throw .invalidInput(field: field, problem: problem)
            }
        }
        guard (0...99_999).contains(record.safetyStock) else {
            throw .invalidInput(field: "--safety-stock", problem: "0〜99999 (must be between 0 and 99999)")
        }
    }

    /// Removes leading and trailing white space and line breaks: RMS rejects keys pasted with them (rakuten-rms.md §1.1).
    package static func cleanSecret(_ value: String) -> String {
        value.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
