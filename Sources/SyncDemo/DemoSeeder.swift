import Algorithms
import CurlTransport
import Foundation
import Logging
import SyncJobs
import SyncStore

/// Puts the demo catalogue into both sides of the sandbox and registers the demo store.
package struct DemoSeeder {
    package let sandbox: DemoSandbox
    package let catalogue: DemoCatalogue

    /// A seeder that puts `catalogue` into `sandbox`.
    package init(sandbox: DemoSandbox, catalogue: DemoCatalogue) {
        self.sandbox = sandbox
        self.catalogue = catalogue
    }

    /// The default Smaregi contract of the sandbox (docs/sandbox-smaregi.md).
    package static let contract = "sb_sandbox01"

    /// Rakuten items sent per control call when seeding.
    static let itemsPerCall = 20

    /// Seeds items, products and stock; the license key expires in 10 days so the frame warns about it.
    package func seed() throws {
        try sandbox.control(
            .post,
            "/_sandbox/rakuten/shops/sandbox-shop",
            ["licenseExpiresInDays": 10, "taxRounding": "round"]
        )
        for items in catalogue.rakutenItems.chunks(ofCount: Self.itemsPerCall) {
            try sandbox.control(.post, "/_sandbox/rakuten/shops/sandbox-shop/items", ["items": Array(items)])
        }
        let base = "/_sandbox/smaregi/contracts/\(Self.contract)"
        try sandbox.control(.post, "\(base)/products", catalogue.smaregiProducts)
        for entry in catalogue.entries {
            guard let product = entry.smaregiProductID else { continue }
            try sandbox.control(
                .put,
                "\(base)/stock",
                ["storeId": "2", "productId": String(product), "stockAmount": entry.stock]
            )
        }
    }

    /// Registers store `demo` against the sandbox with every switch on (what `store add`/`set` and `smaregi set` do).
    package static func configureStore(database: SyncDatabase, sandbox: DemoSandbox) throws -> StoreRecord {
        let setup = StoreSetup(database: database)
        var new = StoreSetup.NewStore(
            code: "demo",
            name: "デモ店舗",
            shopURL: "https://www.rakuten.co.jp/sandbox-shop/",
            serviceSecret: "SP_SANDBOX_SECRET",
            licenseKey: "SL_SANDBOX_LICENSE"
        )
        new.rakutenAPIURL = sandbox.baseURL
        _ = try setup.add(new, now: WallClock.now())
        return try setup.update(code: "demo", now: WallClock.now()) { record throws(SyncJobsError) in
            record.taxRounding = .round
            record.ordersEnabled = true
            record.stockEnabled = true
            record.shippingEnabled = true
            record.alertEmails = ["merchant@example.jp"]
            record.smaregiContractID = contract
            record.smaregiClientID = "sandbox-client-id"
            record.smaregiClientSecret = "sandbox-client-secret"
            record.smaregiTokenURL = sandbox.baseURL
            record.smaregiAPIURL = sandbox.baseURL
            record.smaregiOrderStoreID = "3"
            record.smaregiStockStoreID = "2"
        }
    }

    /// 商品連携 the way a merchant does it: an RMS-style Shift_JIS CSV imported with `mapping import`.
    package static func importMappings(
        _ catalogue: DemoCatalogue,
        database: SyncDatabase,
        directory: DataDirectory,
        folder: String
    ) throws -> (path: String, summary: MappingImportService.Summary) {
        let path = folder + "/mappings.csv"
        guard let bytes = catalogue.mappingCSV.data(using: .shiftJIS) else {
            throw DemoError("the demo mapping CSV cannot be written in Shift_JIS")
        }
        try bytes.write(to: URL(fileURLWithPath: path))
        let summary = try MappingImportService(database: database, directory: directory)
            .importFile(at: path, store: "demo", dryRun: false)
        return (path, summary)
    }

    /// 支払方法連携: sync Smaregi's payment methods, then map all but Alipay.
    package static func mapPayments(database: SyncDatabase, logger: Logger) throws -> Int {
        let admin = PaymentMappingAdmin(database: database, logger: logger)
        let methods = try admin.sync(store: "demo")
        for pair in DemoCatalogue.paymentMappings {
            _ = try admin.set(store: "demo", rakuten: pair.rakuten, smaregi: pair.smaregi)
        }
        return methods.count
    }
}
