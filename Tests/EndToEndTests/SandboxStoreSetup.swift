/// What a CLI test configures for one store against a live sandbox, through the real `rakuten-sync` commands:
/// `store add` (Rakuten side), `smaregi set`, then optionally `store set`, `payment sync` + `payment set`, and
/// `mapping add`. The defaults are the sandbox's default shop and contract (docs/sandbox.md, docs/sandbox-smaregi.md).
struct SandboxStoreSetup {
    /// The store code.
    var code = "main"
    /// The store's display name.
    var name = "Sandbox"
    /// The Rakuten shop URL.
    var shopURL = "https://www.rakuten.co.jp/sandbox-shop/"
    /// The Rakuten serviceSecret.
    var serviceSecret = "SP_SANDBOX_SECRET"
    /// The Rakuten licenseKey.
    var licenseKey = "SL_SANDBOX_LICENSE"
    /// The Smaregi contract.
    var contract = "sb_sandbox01"
    /// `store set <code>` options after the Smaregi set-up (e.g. `--smaregi-order-store 3 --orders on`); none: no
    /// `store set`.
    var storeSettings: [String] = []
    /// Rakuten settlement → Smaregi payment method id, set after `payment sync`; none: no payment set-up.
    var payments: [(rakuten: String, smaregi: String)] = []
    /// `mapping add` options, one entry per mapping (e.g. `--manage-number towel --variant towel --smaregi-id 1001`).
    var mappings: [[String]] = []

    /// The payment mappings of the orders scenarios: card, bank transfer, points and coupons.
    static let scenarioPayments: [(rakuten: String, smaregi: String)] = [
        ("1", "2"), ("2", "4"), ("POINT", "5"), ("COUPON", "6"),
    ]
}

extension CLIHarness {
    /// Adds and configures the store `setup` describes against the sandbox at `sandbox` (its base URL); `init` must
    /// have run. A failing command throws `CLIHarnessError.setupFailed`. Blocking: from async tests call it through
    /// `runBlocking`.
    func addSandboxStore(_ setup: SandboxStoreSetup, sandbox: String) throws {
        try setUp(
            [
                "store", "add", "--url", setup.shopURL, "--name", setup.name, "--code", setup.code,
                "--rakuten-api-url", sandbox,
            ],
            stdin: "\(setup.serviceSecret)\n\(setup.licenseKey)\n"
        )
        try setUp(
            [
                "smaregi", "set", "--store", setup.code, "--contract-id", setup.contract, "--client-id",
                "sandbox-client-id", "--token-url", sandbox, "--api-url", sandbox,
            ],
            stdin: "sandbox-client-secret\n"
        )
        if !setup.storeSettings.isEmpty {
            try setUp(["store", "set", setup.code] + setup.storeSettings)
        }
        if !setup.payments.isEmpty {
            try setUp(["payment", "sync", "--store", setup.code])
            for payment in setup.payments {
                try setUp(
                    [
                        "payment", "set", "--store", setup.code, "--rakuten", payment.rakuten, "--smaregi",
                        payment.smaregi,
                    ]
                )
            }
        }
        for mapping in setup.mappings {
            try setUp(["mapping", "add", "--store", setup.code] + mapping)
        }
    }
}
