import ArgumentParser
import SyncJobs
import SyncStore

/// `rakuten-sync smaregi set|stores`: a store's Smaregi connection (契約ID, client id and secret, base URLs) and the
/// contract's stores.
struct SmaregiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smaregi",
        abstract: "スマレジ連携設定 / A store's Smaregi Platform API connection.",
        subcommands: [Set.self, Stores.self]
    )

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "スマレジ接続情報を設定 / Set the Smaregi contract, client and URLs of a store.",
            discussion: """
                The client secret is read from SMAREGI_CLIENT_SECRET or standard input when --new-client-secret \
                is given, or when the store has none yet. It is never an option.
                Example (sandbox): rakuten-sync smaregi set --store main --contract-id sb_sandbox01 \\
                  --client-id sandbox-client-id --token-url http://127.0.0.1:8080 --api-url http://127.0.0.1:8080
                """
        )
        @OptionGroup var options: GlobalOptions
        @Option(help: "店舗コード / store code.") var store: String
        @Option(name: .customLong("contract-id"), help: "スマレジ契約ID.") var contractID: String?
        @Option(name: .customLong("client-id"), help: "Smaregi app client id.") var clientID: String?
        @Flag(
            name: .customLong("new-client-secret"),
            help: "Read a new client secret (stdin or SMAREGI_CLIENT_SECRET)."
        )
        var newClientSecret = false
        @Option(name: .customLong("token-url"), help: "Token endpoint base URL (default https://id.smaregi.jp).")
        var tokenURL: String?
        @Option(name: .customLong("api-url"), help: "Platform API base URL (default https://api.smaregi.jp).")
        var apiURL: String?

        func run() throws {
            let context = try options.openAdmin()
            let current = try SyncJobsError.database("read store") { try context.stores.get(code: store) }
            var secret: String?
            if newClientSecret || current.smaregiClientSecret.isEmpty {
                var input = SecretInput()
                secret = input.read(variable: "SMAREGI_CLIENT_SECRET", prompt: "スマレジ client secret")
                if secret == nil, newClientSecret {
                    throw SyncJobsError.invalidInput(
                        field: "--new-client-secret",
                        problem: "no secret on standard input or SMAREGI_CLIENT_SECRET"
                    )
                }
            }
            let saved = try StoreSetup(database: context.database).update(code: store, now: context.clock()) {
                record throws(SyncJobsError) in
                if let contractID { record.smaregiContractID = contractID }
                if let clientID { record.smaregiClientID = clientID }
                if let secret { record.smaregiClientSecret = StoreSetup.cleanSecret(secret) }
                if let tokenURL { record.smaregiTokenURL = tokenURL }
                if let apiURL { record.smaregiAPIURL = apiURL }
            }
            print("スマレジ接続情報を更新しました / Smaregi connection updated: \(saved.code)")
            if saved.smaregiClientSecret.isEmpty {
                print("!! client secret 未設定 / not set: pipe it in with --new-client-secret")
            }
        }
    }
}
