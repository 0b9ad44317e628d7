import ArgumentParser
import Logging
import SyncCore
import SyncJobs

/// `rakuten-sync store test CODE`: 正常 or エラー per side, and the key's expiry.
struct StoreTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "接続テスト / Check the Rakuten license key and obtain a Smaregi token.",
        discussion: "Reads the key's expiry date from RMS and saves it; exits 1 when either side fails."
    )
    @OptionGroup var options: GlobalOptions
    @Argument(help: "店舗コード / store code.") var code: String

    func run() throws {
        let context = try options.openAdmin()
        let result = try ConnectionCheck(database: context.database, logger: Logger(label: "rakuten-sync.store-test"))
            .run(storeCode: code)
        print("楽天 RMS:  \(result.rakuten.isOK ? "正常 OK" : "エラー ERROR")  \(result.rakuten.detail)")
        print("スマレジ:  \(result.smaregi.isOK ? "正常 OK" : "エラー ERROR")  \(result.smaregi.detail)")
        if result.licenseExpiresSoon, let days = result.licenseDaysLeft {
            print("!! ライセンスキーの有効期限まであと\(days)日です。RMSで再発行し `store set \(code) --renew-license-key` で登録してください")
            print("!! the license key expires in \(days) day(s); issue a new one in RMS and register it")
        }
        if !(result.rakuten.isOK && result.smaregi.isOK) { throw ExitCode.failure }
    }
}
