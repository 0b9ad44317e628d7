import Foundation
import SyncStore
import TestSupport
import Testing

/// `rakuten-sync init` and `store ...` through the real executable (issue: foundation, CLI validations).
struct StoreCLITests {
    @Test func initCreatesAPrivateDatabase() throws {
        let cli = try CLIHarness()
        let result = try cli.run(["init"])
        #expect(result.status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: cli.dataDir + "/rakuten-sync.sqlite")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(FileManager.default.fileExists(atPath: cli.reportsDir))
        // Running init again keeps the database.
        #expect(try cli.run(["init"]).standardOutput.contains("already present"))
    }

    @Test func dataDirectoryComesFromTheEnvironmentToo() throws {
        let cli = try CLIHarness()
        let result = try cli.run(["init"], environment: ["RAKUTEN_SYNC_HOME": cli.dataDir], dataDirOption: false)
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: cli.dataDir + "/rakuten-sync.sqlite"))
    }

    @Test func addReadsSecretsFromStandardInputAndNeverShowsThem() throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore(secret: "SP_VERY_SECRET_VALUE_77", key: "SL_VERY_SECRET_KEY_88")
        let shown = try cli.run(["store", "show", "main"])
        #expect(shown.status == 0)
        #expect(shown.standardOutput.contains("https://www.rakuten.co.jp/main-shop/"))
        #expect(!shown.standardOutput.contains("SP_VERY_SECRET_VALUE_77"))
        #expect(!shown.standardOutput.contains("SL_VERY_SECRET_KEY_88"))
        #expect(!shown.standardOutput.contains("VERY_SECRET"))
        // The database really holds the secrets (the jobs need them).
        let database = try SyncDatabase.open(at: cli.dataDir + "/rakuten-sync.sqlite")
        let store = try StoreRepository(database: database).get(code: "main")
        #expect(store.licenseKey == "SL_VERY_SECRET_KEY_88")
        #expect(store.serviceSecret == "SP_VERY_SECRET_VALUE_77")
    }

    @Test func addReadsSecretsFromTheEnvironment() throws {
        let cli = try CLIHarness()
        #expect(try cli.run(["init"]).status == 0)
        let result = try cli.run(
            ["store", "add", "--url", "https://www.rakuten.co.jp/env-shop/", "--name", "Env", "--code", "env"],
            environment: ["RAKUTEN_SERVICE_SECRET": "SP_FROM_ENV_1", "RAKUTEN_LICENSE_KEY": "SL_FROM_ENV_2"]
        )
        #expect(result.status == 0, "\(result.standardError)")
        let store = try StoreRepository(database: try SyncDatabase.open(at: cli.dataDir + "/rakuten-sync.sqlite")).get(
            code: "env"
        )
        #expect(store.licenseKey == "SL_FROM_ENV_2")
    }

    @Test(arguments: ["--license-key", "--service-secret", "--client-secret", "--password"])
    func secretsAreNeverOptions(option: String) throws {
        let cli = try CLIHarness()
        #expect(try cli.run(["init"]).status == 0)
        let result = try cli.run(
            [
                "store", "add", "--url", "https://www.rakuten.co.jp/x/", "--name", "X", "--code", "x", option,
                "SL_ON_THE_COMMAND_LINE",
            ]
        )
        #expect(result.status == 64)
        #expect(result.standardError.contains("Unknown option"))
        let database = try SyncDatabase.open(at: cli.dataDir + "/rakuten-sync.sqlite")
        #expect(try StoreRepository(database: database).count() == 0)
    }

    @Test(arguments: [
        (
            ["--url", "https://www.rakuten.co.jp/shop", "--name", "A", "--code", "a"], 64,
            "店舗URLは https://www.rakuten.co.jp/<店舗>/ の形式"
        ),
        (["--url", "http://www.rakuten.co.jp/shop/", "--name", "A", "--code", "a"], 64, "the shop URL must look like"),
        (["--url", "https://www.rakuten.co.jp/shop/", "--name", "A", "--code", "a b"], 64, "店舗コードは半角英数字"),
        (["--url", "https://www.rakuten.co.jp/shop/", "--name", " ", "--code", "a"], 64, "店舗名を入力してください"),
    ])
    func addValidatesItsInput(arguments: [String], status: Int32, message: String) throws {
        let cli = try CLIHarness()
        #expect(try cli.run(["init"]).status == 0)
        let result = try cli.run(["store", "add"] + arguments, stdin: "SP_X\nSL_Y\n")
        #expect(result.status == status)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }

    @Test func addWithoutSecretsIsRefused() throws {
        let cli = try CLIHarness()
        #expect(try cli.run(["init"]).status == 0)
        let result = try cli.run(
            ["store", "add", "--url", "https://www.rakuten.co.jp/s/", "--name", "S", "--code", "s"],
            stdin: ""
        )
        #expect(result.status == 64)
        #expect(result.standardError.contains("サービスシークレットとライセンスキー"))
    }

    @Test func duplicateCodeIsRefused() throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore(code: "main")
        let result = try cli.run(
            ["store", "add", "--url", "https://www.rakuten.co.jp/other/", "--name", "Other", "--code", "main"],
            stdin: "SP\nSL\n"
        )
        #expect(result.status == 1)
        #expect(result.standardError.contains("店舗コード main は既に登録されています"))
    }

    @Test func storeLimitIsEnforcedInJapaneseAndEnglish() throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore(code: "first")
        #expect(try cli.run(["settings", "set", "max-stores", "1"]).status == 0)
        let result = try cli.run(
            ["store", "add", "--url", "https://www.rakuten.co.jp/second/", "--name", "Second", "--code", "second"],
            stdin: "SP\nSL\n"
        )
        #expect(result.status == 1)
        #expect(result.standardError.contains("受注店舗件数が上限に達しているため、新規登録はできません"))
        #expect(result.standardError.contains("the number of stores has reached the limit of 1"))
        // Raising the limit lets the store in.
        #expect(try cli.run(["settings", "set", "max-stores", "2"]).status == 0)
        let retried = try cli.run(
            ["store", "add", "--url", "https://www.rakuten.co.jp/second/", "--name", "Second", "--code", "second"],
            stdin: "SP\nSL\n"
        )
        #expect(retried.status == 0)
    }

    @Test func setChangesSwitchesRoundingAndAlerts() throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        let result = try cli.run([
            "store", "set", "main", "--tax-rounding", "floor", "--orders", "on", "--stock", "on", "--alert-email",
            "ops@example.jp",
            "--alert-email", "boss@example.jp", "--smaregi-order-store", "5", "--smaregi-stock-store", "2",
            "--license-expiry", "2027-02-26",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("切り捨て (floor)"))
        let store = try StoreRepository(database: try SyncDatabase.open(at: cli.dataDir + "/rakuten-sync.sqlite")).get(
            code: "main"
        )
        #expect(store.taxRounding == .floor)
        #expect(store.ordersEnabled && store.stockEnabled && !store.shippingEnabled)
        #expect(store.alertEmails == ["ops@example.jp", "boss@example.jp"])
        #expect(store.smaregiOrderStoreID == "5")
        #expect(store.licenseExpiry == ISO8601DateFormatter().date(from: "2027-02-26T14:59:59Z"))
    }

    @Test(arguments: [
        (["--tax-rounding", "half"], "--tax-rounding"),
        (["--alert-email", "not-an-address"], "メールアドレスの形式が正しくありません"),
        (["--license-expiry", "2027-02-30"], "--license-expiry"),
        (["--orders", "yes"], "--orders"),
    ])
    func setRejectsBadValues(arguments: [String], message: String) throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore()
        let result = try cli.run(["store", "set", "main"] + arguments)
        #expect(result.status == 64)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }

    @Test func renewedLicenseKeyComesFromStandardInput() throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore(key: "SL_OLD_KEY_000000")
        let result = try cli.run(
            ["store", "set", "main", "--renew-license-key", "--license-expiry", "2027-03-01"],
            stdin: "SL_NEW_KEY_111111\n"
        )
        #expect(result.status == 0, "\(result.standardError)")
        #expect(!result.standardOutput.contains("SL_NEW_KEY_111111"))
        let store = try StoreRepository(database: try SyncDatabase.open(at: cli.dataDir + "/rakuten-sync.sqlite")).get(
            code: "main"
        )
        #expect(store.licenseKey == "SL_NEW_KEY_111111")
    }

    @Test func listAndRemove() throws {
        let cli = try CLIHarness()
        try cli.initialiseWithStore(code: "alpha")
        let listed = try cli.run(["store", "list"])
        #expect(listed.standardOutput.contains("alpha"))
        #expect(listed.standardOutput.contains("四捨五入"))
        #expect(try cli.run(["store", "remove", "alpha"]).status == 0)
        #expect(try cli.run(["store", "list"]).standardOutput.contains("店舗が登録されていません"))
        let missing = try cli.run(["store", "remove", "alpha"])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("alpha"))
    }

    @Test func commandsBeforeInitExplainWhatToDo() throws {
        let cli = try CLIHarness()
        let result = try cli.run(["store", "list"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("rakuten-sync init"))
    }
}
