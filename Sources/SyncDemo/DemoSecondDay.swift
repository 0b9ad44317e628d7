import CurlTransport
import Foundation
import Logging
import SyncJobs
import SyncStore

/// The demo's second act: the warehouse ships, the shop sells in store, a shopper takes the last units on
/// Rakuten while the order is not imported yet, and the stock and shipping jobs run again.
struct DemoSecondDay {
    let sandbox: DemoSandbox
    let catalogue: DemoCatalogue
    let database: SyncDatabase
    let data: DataDirectory
    let logger: Logger

    /// The SKU sold in the shop, and the SKU whose last units are bought on Rakuten before import.
    static let soldInStore = "goods-005"
    static let lastUnits = "goods-040"

    /// Runs the act and returns the job summaries.
    func run() throws -> [RunSummary] {
        print("")
        print("■ 2日目 / day two")
        let ledger = OrderLedger(database: database)
        let loaded = try SyncJobsError.database("read ledger") { try ledger.list(store: "demo", statuses: [.loaded]) }
        var shipped: [String] = []
        for (index, record) in loaded.prefix(2).enumerated() {
            guard let id = record.smaregiOrderID else { continue }
            try sandbox.control(
                .post,
                "/_sandbox/smaregi/contracts/\(DemoSeeder.contract)/orders/\(id)/ship",
                ["carrierName": "ヤマト運輸", "trackingNumber": "4321-5678-90\(index)"]
            )
            shipped.append(record.orderNumber)
            print("  倉庫で出荷 / shipped in the warehouse: 受注 \(id) (楽天 \(record.orderNumber)) ヤマト運輸")
        }

        let sold = try entry(Self.soldInStore)
        let before = try rakutenQuantity(sold)
        try sandbox.control(
            .post,
            "/_sandbox/smaregi/contracts/\(DemoSeeder.contract)/sales",
            ["storeId": "2", "lines": [["productId": String(sold.smaregiProductID ?? 0), "quantity": 2]]]
        )
        print("  店頭販売 / sold in store: \(sold.manageNumber) × 2 (楽天の在庫 / Rakuten stock before: \(before))")

        let last = try entry(Self.lastUnits)
        let remaining = try rakutenQuantity(last)
        let answer =
            try sandbox.control(
                .post,
                "/_sandbox/rakuten/shops/sandbox-shop/orders",
                ["lines": [["manageNumber": last.manageNumber, "units": remaining]], "settlementMethodCode": 1]
            ) as? [String: Any]
        print(
            "  楽天で最後の\(remaining)点が売れた / the last \(remaining) of \(last.manageNumber) sold on Rakuten: "
                + "\(answer?["orderNumber"] as? String ?? "?") (not imported yet)"
        )

        // The stock job runs before the orders job has imported the new order: it must not put those units
        // back on sale (the oversell rule).
        var summaries: [RunSummary] = []
        for job in [JobName.stock, .orders, .shipping] {
            let launched = try JobLauncher(directory: data, logger: logger)
                .launch(job: job, storeCode: "demo", body: JobBodies.body(for: job))
            summaries += launched
            for summary in launched { print("  " + summary.line) }
        }
        print("  在庫 / Rakuten stock of \(sold.manageNumber): \(before) → \(try rakutenQuantity(sold)) (店頭販売を反映)")
        print("  在庫 / Rakuten stock of \(last.manageNumber): \(try rakutenQuantity(last)) (売れた分を再販売しない / not reopened)")
        for number in shipped {
            let order =
                (try sandbox.control(.get, "/_sandbox/rakuten/shops/sandbox-shop/orders/\(number)") as? [String: Any])
            let model = order?["order"] as? [String: Any] ?? order ?? [:]
            print("  楽天の注文 / Rakuten order \(number): orderProgress \(model["orderProgress"] ?? "?")")
        }
        return summaries
    }

    private func entry(_ manageNumber: String) throws -> DemoCatalogue.Entry {
        guard let entry = catalogue.entries.first(where: { $0.manageNumber == manageNumber }) else {
            throw DemoError("the demo catalogue has no \(manageNumber)")
        }
        return entry
    }

    private func rakutenQuantity(_ entry: DemoCatalogue.Entry) throws -> Int {
        let row =
            try sandbox.control(
                .get,
                "/_sandbox/rakuten/shops/sandbox-shop/inventory/\(entry.manageNumber)/\(entry.variantId)"
            ) as? [String: Any]
        return row?["quantity"] as? Int ?? -1
    }
}
