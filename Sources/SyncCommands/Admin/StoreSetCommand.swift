import ArgumentParser
import Foundation
import Logging
import SyncCore
import SyncJobs
import SyncStore

/// `rakuten-sync store set CODE ...`: 店舗連携情報 (tax rounding, job switches, alerts, Smaregi stores, key renewal).
struct StoreSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "店舗設定を変更 / Change a store's settings.",
        discussion: """
            --renew-license-key reads the new key from RAKUTEN_LICENSE_KEY or standard input; the expiry is \
            --license-expiry (YYYY-MM-DD, JST) or, when omitted, read from RMS by `store test`.
            """
    )

    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: StoreCodeArguments
    var code: String { target.code }
    @Option(help: "店舗名.") var name: String?
    @Option(help: "店舗URL.") var url: String?
    @Option(name: .customLong("tax-rounding"), help: "消費税1円未満端数: floor (切り捨て), ceil (切り上げ), round (四捨五入).")
    var taxRounding: TaxRoundingOption?
    @Option(help: "受注取得 on/off.") var orders: Switch?
    @Option(help: "在庫更新 on/off.") var stock: Switch?
    @Option(help: "発送済みステータス on/off.") var shipping: Switch?
    @Option(name: .customLong("alert-email"), help: "アラートメール (repeat for several; replaces the list).")
    var alertEmails: [String] = []
    @Flag(name: .customLong("clear-alert-emails"), help: "アラートメールを削除 / remove every alert address.")
    var clearAlertEmails = false
    @Option(name: .customLong("smaregi-order-store"), help: "受注店舗: Smaregi store id orders are booked under.")
    var smaregiOrderStore: String?
    @Option(name: .customLong("smaregi-stock-store"), help: "Smaregi store id whose stock is pushed to Rakuten.")
    var smaregiStockStore: String?
    @Option(name: .customLong("safety-stock"), help: "安全在庫: units held back from Rakuten (0-99999).")
    var safetyStock: Int?
    @Option(name: .customLong("rakuten-api-url"), help: "RMS API base URL.") var rakutenAPIURL: String?
    @Flag(name: .customLong("renew-license-key"), help: "新しいライセンスキーを登録 (read from stdin or RAKUTEN_LICENSE_KEY).")
    var renewLicenseKey = false
    @Option(name: .customLong("license-expiry"), help: "ライセンスキー有効期限 YYYY-MM-DD (JST, valid until 23:59:59).")
    var licenseExpiry: String?

    func validate() throws {
        if clearAlertEmails, !alertEmails.isEmpty {
            throw ValidationError("--clear-alert-emails and --alert-email cannot be combined")
        }
        if let licenseExpiry, JSTCalendar.endOfDay(licenseExpiry) == nil {
            throw ValidationError("--license-expiry must be a date like 2027-02-26")
        }
    }

    func run() throws {
        let context = try options.openAdmin()
        var newKey: String?
        if renewLicenseKey {
            var input = SecretInput()
            newKey = input.read(variable: "RAKUTEN_LICENSE_KEY", prompt: "新しいライセンスキー (new license key)")
            guard newKey != nil else {
                throw SyncJobsError.invalidInput(
                    field: "--renew-license-key",
                    problem: "no key on standard input or RAKUTEN_LICENSE_KEY"
                )
            }
        }
        let store = try StoreSetup(database: context.database).update(code: code, now: context.clock()) {
            record throws(SyncJobsError) in
            apply(to: &record, newKey: newKey)
        }
        print("更新しました / updated: \(store.code)")
        var shown = store
        if newKey != nil, licenseExpiry == nil {
            shown = readRenewedExpiry(store, database: context.database, now: context.clock())
        }
        StoreShowCommand.printStore(shown)
        let switchedOn = [(orders, JobName.orders), (stock, .stock), (shipping, .shipping)]
            .filter { $0.0 == .on }.map(\.1)
        for job in switchedOn {
            if let warning = StoreReadiness.warning(for: job, store: store) {
                FileHandle.standardError.write(Data((warning + "\n").utf8))
            }
        }
    }

    /// Reads the renewed key's expiry from RMS at once; when RMS does not answer yet, the jobs read it next run.
    private func readRenewedExpiry(_ store: StoreRecord, database: SyncDatabase, now: Date) -> StoreRecord {
        let watch = LicenseWatch(database: database, logger: Logger(label: "rakuten-sync.store-set"))
        do {
            try watch.forgetReads(store: store.code)
            var updated = store
            let expiry = try watch.refresh(store, now: now)
            updated.licenseExpiry = expiry
            print("ライセンスキー有効期限を楽天から読みました / expiry read from RMS: \(JSTCalendar.displayString(expiry)) JST")
            return updated
        } catch {
            try? watch.forgetReads(store: store.code)
            print(
                "!! 有効期限をまだ読めません。次のジョブ実行で読み直します / could not read the expiry yet (\(error)); the next job run reads it"
            )
            return store
        }
    }

    private func apply(to record: inout StoreRecord, newKey: String?) {
        if let name { record.name = name }
        if let url { record.shopURL = url }
        if let taxRounding { record.taxRounding = StoreRecord.TaxRounding(taxRounding.rounding) }
        if let orders { record.ordersEnabled = orders.isOn }
        if let stock { record.stockEnabled = stock.isOn }
        if let shipping { record.shippingEnabled = shipping.isOn }
        if clearAlertEmails { record.alertEmails = [] }
        if !alertEmails.isEmpty { record.alertEmails = alertEmails }
        if let smaregiOrderStore { record.smaregiOrderStoreID = smaregiOrderStore }
        if let smaregiStockStore { record.smaregiStockStoreID = smaregiStockStore }
        if let safetyStock { record.safetyStock = safetyStock }
        if let rakutenAPIURL { record.rakutenAPIURL = rakutenAPIURL }
        if let newKey {
            record.licenseKey = StoreSetup.cleanSecret(newKey)
            record.licenseExpiry = nil
        }
        if let licenseExpiry { record.licenseExpiry = JSTCalendar.endOfDay(licenseExpiry) }
    }
}

/// `floor|ceil|round` as an option value.
struct TaxRoundingOption: ExpressibleByArgument {
    let rounding: TaxRounding

    init?(argument: String) {
        guard let rounding = TaxRounding(rawValue: argument) else { return nil }
        self.rounding = rounding
    }

    static var allValueStrings: [String] { TaxRounding.allCases.map(\.rawValue) }
}
