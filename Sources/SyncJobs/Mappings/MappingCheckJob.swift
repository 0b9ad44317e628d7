import Foundation
import Logging
import RakutenRMS
import SmaregiAPI
import SyncCore
import SyncStore

/// 商品連携チェック (`rakuten-sync-mappings`, every 5 minutes): checks every product mapping of a store on both
/// sides and records its status, reason and time (issue #4).
///
/// - Rakuten: SKU mappings through inventories.bulk.get, 1,000 keys per call, paced at its 5 req/s limit
///   (rakuten-rms.md §4.1: unknown pairs are left out of the answer, so a missing pair is a missing SKU); legacy
///   横軸/縦軸 mappings through items.bulk.get, 50 items per call (rakuten-rms.md §5).
/// - Smaregi: every product read once per run in pages of 1,000 (smaregi.md §4.2), never one call per mapping.
/// - Both sides are read before anything is recorded: a remote failure ends the run with `remoteUnavailable`
///   (exit 75) or `authentication` (exit 1) and leaves every mapping as it was, never marking them broken.
/// - One report row per mapping in error; alert mail only for new failures and once per recovery (see
///   `ProductMappingRepository.keepQuiet` / `forget`).
package struct MappingCheckJob {
    /// What one run found.
    package struct Outcome: Sendable, Equatable {
        package var checked = 0
        package var ok = 0
        package var errors = 0
        package var newErrors = 0
        package var recovered = 0
        /// inventories.bulk.get calls made.
        package var inventoryCalls = 0
        /// items.bulk.get calls made.
        package var itemCalls = 0
        /// Smaregi products read.
        package var smaregiProducts = 0
    }

    /// Where the job reads the time (the check time it records).
    let clock: @Sendable () -> Date

    /// A job reading the time from `clock`.
    package init(clock: @escaping @Sendable () -> Date = WallClock.now) {
        self.clock = clock
    }

    /// The job body for the run frame.
    package func run(_ context: inout RunContext) throws(SyncJobsError) {
        _ = try check(&context, clock: clock)
    }

    /// Checks every mapping of the context's store; returns what it found.
    package func check(_ context: inout RunContext, clock: () -> Date) throws(SyncJobsError) -> Outcome {
        let store = context.store
        let repository = ProductMappingRepository(database: context.database)
        var outcome = Outcome()
        let total = try SyncJobsError.database("count product mappings") {
            try repository.statusCounts(store: store.code).values.reduce(0, +)
        }
        guard total > 0 else {
            context.logger.info("店舗 \(store.code) に商品連携がありません (no product mappings); nothing to check")
            return outcome
        }
        let smaregi = try RemoteClients.smaregi(for: store, database: context.database, logger: context.logger)
        let rakuten = RemoteClients.rakuten(for: store, database: context.database, logger: context.logger)
        let started = clock()
        // The two sides are read one after the other, Smaregi first: its product list is the largest transient
        // allocation, and it is reduced to the id ↔ code catalogue before the mappings are loaded, which keeps
        // the peak memory of a 100,000-mapping check low (docs/performance.md).
        let catalogue = try Self.readCatalogue(smaregi, store: store.code)
        outcome.smaregiProducts = catalogue.count
        // Converted in one expression, so the stored records are freed as soon as the domain values exist.
        let mappings = try SyncJobsError.database("read product mappings") {
            try repository.list(store: store.code).map(ProductMapping.init)
        }
        let presence = try rakutenPresence(mappings, client: rakuten, store: store.code, outcome: &outcome)
        context.logger.info(
            "read \(catalogue.count) Smaregi products and \(outcome.inventoryCalls) inventory / \(outcome.itemCalls) item pages in \(Int(clock().timeIntervalSince(started) * 1000)) ms"
        )

        var results: [ProductMappingRepository.CheckResult] = []
        results.reserveCapacity(mappings.count)
        var quiet: [(code: String, recordKey: String)] = []
        var forget: [(code: String, recordKey: String)] = []
        for mapping in mappings {
            guard let id = mapping.id else { continue }
            let verdict = MappingVerdict.check(
                mapping,
                rakuten: presence.of(mapping.key),
                smaregi: catalogue
            )
            results.append(
                ProductMappingRepository.CheckResult(
                    id: id,
                    status: ProductMappingRecord.Status(verdict.status),
                    reasonCode: verdict.reasonCode,
                    reason: verdict.reason,
                    resolvedProductID: verdict.resolvedProductID,
                    resolvedVariantId: verdict.status == .ok ? presence.legacyVariants[mapping.key] : nil,
                    productName: verdict.resolvedProductID.flatMap { catalogue.name(ofProduct: $0) },
                    checkedTarget: .init(
                        smaregiProductID: mapping.smaregiProductID,
                        smaregiProductCode: mapping.smaregiProductCode
                    )
                )
            )
            outcome.checked += 1
            let wasError = mapping.status == .error
            let recoveredKey = MappingReportRows.alertRecordKey(mapping, code: MappingReportRows.recoveredCode)
            if verdict.status == .ok {
                outcome.ok += 1
                if wasError {
                    outcome.recovered += 1
                    context.report(MappingReportRows.recoveredRow(mapping, previousCode: mapping.reasonCode))
                    forget.append(
                        (mapping.reasonCode, MappingReportRows.alertRecordKey(mapping, code: mapping.reasonCode))
                    )
                }
                continue
            }
            outcome.errors += 1
            let row = MappingReportRows.errorRow(mapping, verdict: verdict)
            context.report(row)
            if wasError && mapping.reasonCode == verdict.reasonCode {
                quiet.append((row.code, row.alertKey))
            } else {
                outcome.newErrors += 1
                forget.append((MappingReportRows.recoveredCode, recoveredKey))
                if wasError {
                    forget.append(
                        (mapping.reasonCode, MappingReportRows.alertRecordKey(mapping, code: mapping.reasonCode))
                    )
                }
            }
        }
        let now = clock()
        try SyncJobsError.database("record mapping checks") {
            try repository.recordChecks(results, at: now)
            try repository.forget(store: store.code, keys: forget)
            try repository.keepQuiet(store: store.code, keys: quiet, at: now)
        }
        context.counts.processed += outcome.checked
        context.counts.succeeded += outcome.ok
        context.counts.failed += outcome.errors
        context.logCounts = [
            ("checked", outcome.checked), ("ok", outcome.ok), ("in_error", outcome.errors),
            ("new_errors", outcome.newErrors), ("recovered", outcome.recovered),
        ]
        context.logger.info(
            "商品連携チェック: \(outcome.checked) checked, \(outcome.ok) 連携済み, \(outcome.errors) エラー (\(outcome.newErrors) new, \(outcome.recovered) recovered)"
        )
        return outcome
    }

    /// What Rakuten said about the mappings: the SKU keys bulk-get returned, and a verdict per legacy key.
    struct Presence {
        var foundSKUs: Set<ProductMappingKey> = []
        var legacy: [ProductMappingKey: RakutenPresence] = [:]
        /// The Rakuten SKU each found legacy key resolves to (issue #13 §1); absent when ambiguous.
        var legacyVariants: [ProductMappingKey: String] = [:]

        func of(_ key: ProductMappingKey) -> RakutenPresence {
            if key.isLegacy { return legacy[key] ?? .itemMissing }
            return foundSKUs.contains(key) ? .found : .skuMissing
        }
    }

    /// Reads every Smaregi product (pages of 1,000) into an id ↔ code catalogue; the product list dies here.
    private static func readCatalogue(_ client: SmaregiClient, store: String) throws(SyncJobsError) -> SmaregiCatalogue
    {
        do {
            var catalogue = SmaregiCatalogue()
            for product in try client.products() {
                catalogue.add(id: product.id, code: product.code, name: product.name)
            }
            return catalogue
        } catch {
            throw SyncJobsError(smaregi: error, store: store)
        }
    }

    /// Asks Rakuten about every mapping: bulk-get (1,000 keys per call; keys are unique per store, so no IE1102)
    /// for SKU mappings, items.bulk.get (50 per call) for legacy ones.
    private func rakutenPresence(
        _ mappings: [ProductMapping],
        client: RMSClient,
        store: String,
        outcome: inout Outcome
    ) throws(SyncJobsError) -> Presence {
        var presence = Presence()
        var batch: [RMSInventoryKey] = []
        batch.reserveCapacity(RMSInventoryBulkGetRequest.maximumKeys)
        func flush() throws(SyncJobsError) {
            guard !batch.isEmpty else { return }
            outcome.inventoryCalls += 1
            do {
                for row in try client.bulkGetInventories(RMSInventoryBulkGetRequest(inventories: batch)).inventories
                    ?? []
                {
                    presence.foundSKUs.insert(.sku(row.manageNumber, row.variantId))
                }
            } catch {
                throw SyncJobsError(rakuten: error, store: store)
            }
            batch.removeAll(keepingCapacity: true)
        }
        for mapping in mappings {
            guard case let .sku(manageNumber, variantId) = mapping.key else { continue }
            batch.append(RMSInventoryKey(manageNumber: manageNumber, variantId: variantId))
            if batch.count == RMSInventoryBulkGetRequest.maximumKeys { try flush() }
        }
        try flush()
        let legacy = mappings.filter(\.key.isLegacy)
        guard !legacy.isEmpty else { return presence }
        var items: [String: RMSItem] = [:]
        do {
            let numbers = Array(Set(legacy.map(\.key.manageNumber))).sorted()
            for request in RMSItemsBulkGetRequest.chunked(numbers) {
                outcome.itemCalls += 1
                for item in try client.bulkGetItems(request).results ?? [] {
                    items[item.manageNumber.lowercased()] = item
                }
            }
        } catch {
            throw SyncJobsError(rakuten: error, store: store)
        }
        for mapping in legacy {
            guard let item = items[mapping.key.manageNumber] else {
                presence.legacy[mapping.key] = .itemMissing
                continue
            }
            presence.legacy[mapping.key] = LegacyOptionMatcher.presence(
                horizontal: mapping.key.horizontal,
                vertical: mapping.key.vertical,
                selectorKeys: (item.variantSelectors ?? []).compactMap(\.key),
                variants: (item.variants ?? [:]).keys.sorted().map { item.variants?[$0]?.selectorValues ?? [:] }
            )
            presence.legacyVariants[mapping.key] = LegacyOptionMatcher.variantId(
                horizontal: mapping.key.horizontal,
                vertical: mapping.key.vertical,
                selectorKeys: (item.variantSelectors ?? []).compactMap(\.key),
                variants: (item.variants ?? [:]).keys.sorted().map { ($0, item.variants?[$0]?.selectorValues ?? [:]) }
            )
        }
        return presence
    }
}
