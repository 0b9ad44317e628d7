import ArgumentParser
import Logging
import SyncCore
import SyncJobs

/// `rakuten-sync store test CODE`: 正常 or エラー per side, and the key's expiry.
struct StoreTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "接続テスト / Check the Rakuten license key and obtain a Smaregi token.",
        discussion: """
            Reads the key's expiry date from RMS and saves it; exits 1 when either side fails.
            --deep calls every endpoint the jobs read (read-only), prints one line per documented assumption \
            (確認 OK / 不一致 / 未確認), writes the raw answers without secrets to data/probe/<JST time>/, and exits 1 \
            on any 不一致 or failed call.
            """
    )
    @OptionGroup var options: GlobalOptions
    @OptionGroup var target: StoreCodeArguments
    var code: String { target.code }
    @Flag(help: "読み取り専用の詳細プローブ / read-only probe of every endpoint and documented assumption.")
    var deep = false

    func run() throws {
        let context = try options.openAdmin()
        if deep {
            try runDeep(context)
            return
        }
        let result = try ConnectionCheck(
            database: context.database,
            logger: Logger(label: "rakuten-sync.store-test"),
            now: context.clock()
        )
        .run(storeCode: code)
        print("楽天 RMS:  \(result.rakuten.isOK ? "正常 OK" : "エラー ERROR")  \(result.rakuten.detail)")
        print("スマレジ:  \(result.smaregi.isOK ? "正常 OK" : "エラー ERROR")  \(result.smaregi.detail)")
        for warning in result.rakuten.warnings + result.smaregi.warnings { print("!! 警告 WARNING  \(warning)") }
        if result.licenseExpiresSoon, let days = result.licenseDaysLeft {
            print("!! ライセンスキーの有効期限まであと\(days)日です。RMSで再発行し `store set \(code) --renew-license-key` で登録してください")
            print("!! the license key expires in \(days) day(s); issue a new one in RMS and register it")
        }
        if !(result.rakuten.isOK && result.smaregi.isOK) { throw ExitCode.failure }
    }
}

extension StoreTestCommand {
    /// `--deep`: the assumption lines, failed calls, and the capture folder.
    func runDeep(_ context: AdminContext) throws {
        let result = try DeepProbe(
            database: context.database,
            dataDirectory: context.directory.path,
            logger: Logger(label: "rakuten-sync.store-probe"),
            now: context.clock()
        )
        .run(storeCode: code)
        for line in result.lines { print(line) }
        for failure in result.failures { print("!! 呼び出し失敗 CALL FAILED  \(failure)") }
        print("生の応答 (秘密情報・個人情報は伏せ字) / raw answers, secrets and personal data masked: \(result.folder)")
        print("(\(result.files.count) file(s))")
        if !result.isOK { throw ExitCode.failure }
    }
}
