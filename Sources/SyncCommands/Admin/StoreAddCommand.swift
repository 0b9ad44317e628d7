import ArgumentParser
import SyncJobs
import SyncStore

/// `rakuten-sync store add`: 店舗作成.
struct StoreAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "店舗を登録 / Register a Rakuten store.",
        discussion: """
            Example:
              printf '%s\\n%s\\n' "$SECRET" "$KEY" | rakuten-sync store add \\
                --url https://www.rakuten.co.jp/myshop/ --name "My Shop" --code main
            """
    )

    @OptionGroup var options: GlobalOptions
    @Option(help: "店舗URL, as in RMS 店舗・企業詳細情報: https://www.rakuten.co.jp/<shop>/")
    var url: String
    @Option(help: "店舗名 / store name.")
    var name: String
    @Option(
        name: [.customLong("code"), .customLong("store")],
        help: "店舗コード / unique store code (1-32 of A-Z a-z 0-9 - _); --store is the same."
    )
    var code: String
    @Option(
        name: .customLong("rakuten-api-url"),
        help: "RMS API base URL (default: the real RMS; the sandbox's URL for tests)."
    )
    var rakutenAPIURL: String = StoreRecord.defaultRakutenAPIURL

    func run() throws {
        let context = try options.openAdmin()
        var input = SecretInput()
        let secret = input.read(variable: "RAKUTEN_SERVICE_SECRET", prompt: "サービスシークレット (service secret)") ?? ""
        let key = input.read(variable: "RAKUTEN_LICENSE_KEY", prompt: "ライセンスキー (license key)") ?? ""
        var new = StoreSetup.NewStore(code: code, name: name, shopURL: url, serviceSecret: secret, licenseKey: key)
        new.rakutenAPIURL = rakutenAPIURL
        let store = try StoreSetup(database: context.database).add(new, now: context.clock())
        print("店舗を登録しました / store registered: \(store.code) (\(store.name))")
        print(
            "次に: rakuten-sync smaregi set --store \(store.code) ... / rakuten-sync store set --store \(store.code) --orders on"
        )
    }
}
