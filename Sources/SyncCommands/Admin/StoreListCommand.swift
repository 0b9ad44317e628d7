import ArgumentParser
import SyncCore
import SyncJobs
import SyncStore

/// `rakuten-sync store list`: one line per store.
struct StoreListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "店舗一覧 / List stores.")
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let context = try options.openAdmin()
        let stores = try SyncJobsError.database("list stores") { try context.stores.list() }
        guard !stores.isEmpty else {
            print("店舗が登録されていません / no store registered (rakuten-sync store add ...)")
            return
        }
        let shards = try ShardDisplay(context: context)
        let rows = stores.map { store in
            [
                store.code, store.name, store.shopURL,
                TaxRounding(store.taxRounding).japaneseLabel,
                onOff(store.ordersEnabled), onOff(store.stockEnabled), onOff(store.shippingEnabled),
                shards.shard(of: store) + (shards.misplacement(of: store) == nil ? "" : " !! 別シャード / other shard"),
            ]
        }
        print(
            TextTable.render(
                header: ["code", "店舗名", "店舗URL", "端数", "受注取得", "在庫更新", "発送済み", "シャード / shard"],
                rows: rows
            )
        )
    }

    private func onOff(_ value: Bool) -> String { value ? "ON" : "OFF" }
}

/// `rakuten-sync store show CODE`: every setting, secrets masked.
struct StoreShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "店舗設定を表示 / Show a store (secrets masked)."
    )
    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: StoreCodeArguments
    var code: String { target.code }

    func run() throws {
        let context = try options.openAdmin()
        let store = try SyncJobsError.database("read store") { try context.stores.get(code: code) }
        Self.printStore(store)
    }

    /// Prints the 店舗連携情報 of a store; secrets only ever appear masked.
    static func printStore(_ store: StoreRecord) {
        let rounding = TaxRounding(store.taxRounding)
        let lines: [(String, String)] = [
            ("店舗コード / code", store.code),
            ("店舗名 / name", store.name),
            ("店舗URL / shop URL", store.shopURL),
            ("RMS API URL", store.rakutenAPIURL),
            ("サービスシークレット / service secret", StoreRecord.masked(store.serviceSecret)),
            ("ライセンスキー / license key", StoreRecord.masked(store.licenseKey)),
            (
                "ライセンスキー有効期限 / key expiry",
                store.licenseExpiry.map { JSTCalendar.displayString($0) + " JST" } ?? "未確認 / unknown"
            ),
            ("消費税1円未満端数 / tax rounding", "\(rounding.japaneseLabel) (\(rounding.rawValue))"),
            ("受注取得 / orders", store.ordersEnabled ? "ON" : "OFF"),
            ("在庫更新 / stock", store.stockEnabled ? "ON" : "OFF"),
            ("発送済みステータス / shipping", store.shippingEnabled ? "ON" : "OFF"),
            (
                "アラートメール / alert e-mail",
                store.alertEmails.isEmpty ? "未設定 / none" : store.alertEmails.joined(separator: ", ")
            ),
            ("安全在庫 / safety stock", String(store.safetyStock)),
            ("スマレジ契約ID / contract", store.smaregiContractID.isEmpty ? "未設定 / not set" : store.smaregiContractID),
            ("スマレジ client id", store.smaregiClientID.isEmpty ? "未設定 / not set" : store.smaregiClientID),
            ("スマレジ client secret", StoreRecord.masked(store.smaregiClientSecret)),
            ("スマレジ token URL", store.smaregiTokenURL),
            ("スマレジ API URL", store.smaregiAPIURL),
            ("受注店舗 / order store", store.smaregiOrderStoreID.isEmpty ? "未設定 / not set" : store.smaregiOrderStoreID),
            ("在庫店舗 / stock store", store.smaregiStockStoreID.isEmpty ? "未設定 / not set" : store.smaregiStockStoreID),
        ]
        print(TextTable.render(header: nil, rows: lines.map { [$0.0, $0.1] }))
    }
}

/// `rakuten-sync store remove CODE`.
struct StoreRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "店舗を削除 / Remove a store (its run history stays)."
    )
    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: StoreCodeArguments
    var code: String { target.code }

    func run() throws {
        let context = try options.openAdmin()
        try SyncJobsError.database("remove store") { try context.stores.remove(code: code) }
        print("削除しました / removed: \(code)")
    }
}
