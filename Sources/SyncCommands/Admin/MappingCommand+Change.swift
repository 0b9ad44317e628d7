import ArgumentParser
import Foundation
import SyncCore
import SyncJobs
import SyncStore

extension MappingCommand {
    /// `mapping set --store S <SKU> [--smaregi-id N] [--smaregi-code C] [--safety-stock N | --clear-safety-stock]`.
    struct Change: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "商品連携を変更 / Change one mapping in place.",
            discussion: """
                Changes only the fields given. A new --smaregi-id or --smaregi-code points the SKU at another Smaregi \
                product: the mapping is 未確認 until the next rakuten-sync-mappings run checks it (a Smaregi field not \
                given is cleared when the product changes). --safety-stock / --clear-safety-stock alone keep the \
                mapping's status (連携済み stays 連携済み). --clear-safety-stock goes back to the store's safety stock.
                Example: rakuten-sync mapping set --store main --manage-number mug --variant red --safety-stock 3
                """
        )
        @OptionGroup var options: GlobalOptions
        @Option(help: "店舗コード / store code.") var store: String
        @OptionGroup var sku: SKUOptions
        @Option(name: .customLong("smaregi-code"), help: "新しいスマレジ商品コード / new Smaregi product code.")
        var smaregiCode: String?
        @Option(name: .customLong("smaregi-id"), help: "新しいスマレジ商品ID / new Smaregi product id.")
        var smaregiID: String?
        @Option(name: .customLong("safety-stock"), help: "安全在庫 for this SKU.") var safetyStock: String?
        @Flag(name: .customLong("clear-safety-stock"), help: "Use the store's safety stock for this SKU again.")
        var clearSafetyStock = false

        func validate() throws {
            if safetyStock != nil, clearSafetyStock {
                throw ValidationError("give --safety-stock or --clear-safety-stock, not both")
            }
            if smaregiCode == nil, smaregiID == nil, safetyStock == nil, !clearSafetyStock {
                throw ValidationError(
                    "give at least one of --smaregi-id, --smaregi-code, --safety-stock, --clear-safety-stock"
                )
            }
        }

        func run() throws {
            let context = try options.openAdmin()
            let result = try ProductMappingAdmin(database: context.database, clock: context.clock).set(
                store: store,
                key: sku.key,
                smaregiID: smaregiID,
                smaregiCode: smaregiCode,
                safetyStock: safetyStock,
                clearSafetyStock: clearSafetyStock
            )
            let mapping = result.mapping
            let safety = mapping.safetyStock.map(String.init) ?? "店舗の値 / store default"
            let state: String
            if !result.changed {
                state = "変更なし / unchanged"
            } else if result.repointed {
                state = "変更しました (未確認、次の確認で連携済みになります) / changed (unchecked until the next check)"
            } else {
                state = "変更しました (状態は \(mapping.status.label) のまま) / changed (status kept)"
            }
            print(
                "\(state): \(mapping.key.displayText) → スマレジ \(mapping.smaregiText), 安全在庫 / safety stock \(safety)"
            )
        }
    }
}
