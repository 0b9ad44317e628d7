import ArgumentParser

/// `rakuten-sync store ...`: 店舗作成 and 店舗連携情報.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "店舗の登録・設定 / Register and configure Rakuten stores.",
        discussion: """
            Secrets are never options. Give the service secret and license key on standard input (one per \
            line, secret first) or as RAKUTEN_SERVICE_SECRET / RAKUTEN_LICENSE_KEY.
            """,
        subcommands: [
            StoreAddCommand.self, StoreSetCommand.self, StoreListCommand.self, StoreShowCommand.self,
            StoreRemoveCommand.self, StoreTestCommand.self, StoreExportCommand.self, StoreImportCommand.self,
        ]
    )
}

/// `on` / `off` for the 自動処理項目 switches.
enum Switch: String, ExpressibleByArgument, CaseIterable {
    case on
    case off

    var isOn: Bool { self == .on }
}
