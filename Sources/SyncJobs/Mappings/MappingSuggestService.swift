import Foundation
import Logging
import RakutenRMS
import SmaregiAPI
import SyncCore
import SyncStore

/// `mapping suggest` (商品連携の自動作成, issue #13 §3): reads every Rakuten item (items.search with `cursorMark`,
/// paced by the store's items budget) and every Smaregi product once, matches them (`MappingSuggester`), writes the
/// review CSV (`MappingSuggestCSV`) and, with `apply`, imports the 一致 lines through `MappingImportService`, the
/// same path as `mapping import` (so they are 未確認 until the next check run). Never prints: progress goes to
/// `progress`.
package struct MappingSuggestService {
    /// What a run found and did.
    package struct Summary: Sendable, Equatable {
        /// Lines per 照合結果.
        package var counts: [MappingSuggestion.Status: Int]
        /// Rakuten items and SKUs read, and Smaregi products read.
        package var rakutenItems: Int
        package var rakutenSKUs: Int
        package var smaregiProducts: Int
        /// Where the review CSV was written.
        package var outputPath: String
        /// The import of the 一致 lines, with `apply`.
        package var applied: MappingImportService.Summary?
    }

    private let database: SyncDatabase
    private let directory: DataDirectory
    private let logger: Logger
    private let progress: @Sendable (String) -> Void

    /// A service over the data directory's database; `progress` receives one line per items page and per side.
    package init(
        database: SyncDatabase,
        directory: DataDirectory,
        logger: Logger,
        progress: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.database = database
        self.directory = directory
        self.logger = logger
        self.progress = progress
    }

    /// Suggests mappings for `store` by `basis`, writes the review CSV to `output`, and with `apply` imports the
    /// 一致 lines. Throws `unknownStore`, `configuration` (no Smaregi connection), `authentication`,
    /// `remoteUnavailable` (exit 75) and `fileSystem`.
    package func suggest(store code: String, by basis: MappingSuggestBasis, apply: Bool, output: String)
        throws(SyncJobsError) -> Summary
    {
        let store = try SyncJobsError.database("read store") { try StoreRepository(database: database).get(code: code) }
        let smaregi = try RemoteClients.smaregi(for: store, database: database, logger: logger)
        let rakuten = RemoteClients.rakuten(for: store, database: database, logger: logger)
        let (itemCount, skus) = try readSKUs(rakuten, store: code)
        progress("楽天 SKU \(skus.count) 件 / Rakuten SKUs; スマレジ商品を取得中 / reading Smaregi products")
        let products: [SuggestSmaregiProduct]
        do {
            products = try smaregi.products().map { SuggestSmaregiProduct(id: $0.id, code: $0.code, name: $0.name) }
        } catch {
            throw SyncJobsError(smaregi: error, store: code)
        }
        progress("スマレジ商品 \(products.count) 件 / Smaregi products")
        let existing = try SyncJobsError.database("read product mappings") {
            try ProductMappingRepository(database: database).list(store: code)
        }.map(ProductMapping.init)
        let suggestions = MappingSuggester.suggest(skus: skus, products: products, by: basis, existing: existing)
        try AtomicFile.write(MappingSuggestCSV.review(suggestions), to: output)
        var applied: MappingImportService.Summary?
        if apply, suggestions.contains(where: { $0.status == .matched }) {
            applied = try MappingImportService(database: database, directory: directory).importData(
                MappingSuggestCSV.matchedImport(suggestions),
                store: code,
                dryRun: false,
                sourceName: "mapping suggest"
            )
        }
        return Summary(
            counts: Dictionary(grouping: suggestions, by: \.status).mapValues(\.count),
            rakutenItems: itemCount,
            rakutenSKUs: skus.count,
            smaregiProducts: products.count,
            outputPath: output,
            applied: applied
        )
    }

    /// Every item's SKUs and the number of items; the items themselves are dropped here, before the Smaregi side is
    /// read, which keeps the peak memory down (docs/performance.md).
    private func readSKUs(_ rakuten: RMSClient, store: String) throws(SyncJobsError) -> (Int, [SuggestRakutenSKU]) {
        do {
            let report = progress
            let items = try rakuten.allItems { read, found in
                report("楽天 商品 \(read)/\(found.map(String.init) ?? "?") 件 / Rakuten items read")
            }
            return (items.count, items.flatMap(Self.skus(of:)))
        } catch {
            throw SyncJobsError(rakuten: error, store: store)
        }
    }

    /// The SKUs of an item (none for a deleted item, which search returns with `manageNumber` only), with their
    /// choices in the item's selector order (`サイズ:M / カラー:白`).
    static func skus(of item: RMSItem) -> [SuggestRakutenSKU] {
        let selectorKeys = (item.variantSelectors ?? []).compactMap(\.key)
        return item.variantIds.map { variantId in
            let variant = item.variants?[variantId]
            let values = variant?.selectorValues ?? [:]
            let ordered =
                selectorKeys.filter { values[$0] != nil }
                + values.keys.sorted().filter {
                    !selectorKeys.contains($0)
                }
            return SuggestRakutenSKU(
                manageNumber: item.manageNumber,
                variantId: variantId,
                articleNumber: variant?.articleNumber?.value ?? "",
                merchantDefinedSkuId: variant?.merchantDefinedSkuId ?? "",
                itemName: item.title ?? "",
                choiceName: ordered.map { "\($0):\(values[$0] ?? "")" }.joined(separator: " / ")
            )
        }
    }

    /// The default review file: `mapping-suggest_<store>_<yyyyMMdd-HHmmss>.csv` (JST) in the current directory.
    package static func defaultOutputName(store: String, at now: Date) -> String {
        "mapping-suggest_\(store)_\(stampFormat.format(now)).csv"
    }

    private static let stampFormat = Date.VerbatimFormatStyle(
        format:
            "\(year: .defaultDigits)\(month: .twoDigits)\(day: .twoDigits)-\(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased))\(minute: .twoDigits)\(second: .twoDigits)",
        timeZone: TimeZone(identifier: "Asia/Tokyo") ?? .gmt,
        calendar: Calendar(identifier: .gregorian)
    )
}
