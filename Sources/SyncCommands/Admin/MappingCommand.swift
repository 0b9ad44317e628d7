import ArgumentParser
import Foundation
import SyncCore
import SyncJobs
import SyncStore

/// `rakuten-sync mapping`: 商品連携, one Rakuten SKU ↔ one Smaregi product per store.
struct MappingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mapping",
        abstract: "商品連携 / Product mappings: Rakuten SKU ↔ Smaregi product.",
        discussion: """
            A mapping joins manageNumber + variantId (or the legacy 商品URL + 横軸 + 縦軸) to a Smaregi product id or \
            product code. New and changed mappings are 未確認 until the next rakuten-sync-mappings run checks them; \
            orders and stock use only 連携済み mappings.
            """,
        subcommands: [Add.self, Change.self, Remove.self, List.self, Import.self, Export.self, Suggest.self]
    )

    /// The Rakuten SKU options shared by add, set and remove.
    struct SKUOptions: ParsableArguments {
        @Option(name: .customLong("manage-number"), help: "商品管理番号 (商品URL); stored lower-cased.")
        var manageNumber: String
        @Option(help: "SKU管理番号 (variantId, case-sensitive).") var variant: String?
        @Option(help: "横軸の選択肢名 (legacy 項目選択肢別在庫).") var horizontal: String?
        @Option(help: "縦軸の選択肢名 (legacy, with --horizontal).") var vertical: String?

        func validate() throws {
            if (variant == nil) == (horizontal == nil) {
                throw ValidationError("give exactly one of --variant or --horizontal")
            }
            if vertical != nil, horizontal == nil {
                throw ValidationError("--vertical needs --horizontal")
            }
        }

        var key: ProductMappingKey {
            if let variant { return .sku(manageNumber, variant) }
            return .legacy(manageNumber, horizontal: horizontal ?? "", vertical: vertical ?? "")
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "商品連携を追加 / Add one mapping.",
            discussion: """
                Example: rakuten-sync mapping add --store main --manage-number mug --variant red --smaregi-code 4900000000011
                Legacy:  rakuten-sync mapping add --store main --manage-number shirt --horizontal S --vertical 白 --smaregi-id 1002
                """
        )
        @OptionGroup var options: GlobalOptions
        @Option(help: "店舗コード / store code.") var store: String
        @OptionGroup var sku: SKUOptions
        @Option(name: .customLong("smaregi-code"), help: "スマレジ商品コード.") var smaregiCode: String?
        @Option(name: .customLong("smaregi-id"), help: "スマレジ商品ID.") var smaregiID: String?
        @Option(name: .customLong("safety-stock"), help: "安全在庫 for this SKU (default: the store's).")
        var safetyStock: Int?

        func validate() throws {
            if smaregiCode == nil, smaregiID == nil {
                throw ValidationError("give --smaregi-code or --smaregi-id")
            }
        }

        func run() throws {
            let context = try options.openAdmin()
            let fields = MappingFields(
                manageNumber: sku.manageNumber,
                variantId: sku.variant ?? "",
                horizontal: sku.horizontal ?? "",
                vertical: sku.vertical ?? "",
                smaregiCode: smaregiCode ?? "",
                smaregiID: smaregiID ?? "",
                safetyStock: safetyStock.map(String.init) ?? ""
            )
            let mapping = try ProductMappingAdmin(database: context.database, clock: context.clock).add(
                store: store,
                fields: fields
            )
            print(
                "商品連携を追加しました (未確認) / mapping added (unchecked): \(mapping.key.displayText) → スマレジ \(mapping.smaregiText)"
            )
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "商品連携を削除 / Remove one mapping.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "店舗コード / store code.") var store: String
        @OptionGroup var sku: SKUOptions

        func run() throws {
            let context = try options.openAdmin()
            try ProductMappingAdmin(database: context.database).remove(store: store, key: sku.key)
            print("商品連携を削除しました / mapping removed: \(sku.key.displayText)")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "商品連携一覧 / List mappings with their status (連携済み / エラー / 未確認)."
        )
        @OptionGroup var options: GlobalOptions
        @Option(help: "店舗コード / store code.") var store: String?
        @Option(help: "ok (連携済み), error (エラー) or unchecked (未確認).") var status: String?

        func validate() throws {
            if let status, ProductMappingStatus(rawValue: status) == nil {
                throw ValidationError("--status must be ok, error or unchecked")
            }
        }

        func run() throws {
            let context = try options.openAdmin()
            let mappings = try ProductMappingAdmin(database: context.database).list(
                store: store,
                status: status.flatMap(ProductMappingStatus.init(rawValue:))
            )
            guard !mappings.isEmpty else {
                print("商品連携はありません / no mappings")
                return
            }
            let rows = mappings.map { mapping in
                [
                    mapping.storeCode, mapping.rakutenText, mapping.smaregiText, mapping.smaregiProductName ?? "-",
                    Self.icon(mapping.status) + " " + mapping.status.label,
                    mapping.status == .error ? mapping.reason : "",
                    mapping.checkedAt.map { JSTCalendar.displayString($0) } ?? "-",
                ]
            }
            print(
                TextTable.render(
                    header: [
                        "store", "楽天SKU", "スマレジ商品", "商品名 / name", "状態 / status", "理由 / reason", "確認日時 (JST)",
                    ],
                    rows: rows
                )
            )
            let counts = Dictionary(grouping: mappings, by: \.status).mapValues(\.count)
            print(
                "連携済み \(counts[.ok] ?? 0) / エラー \(counts[.error] ?? 0) / 未確認 \(counts[.unchecked] ?? 0)"
            )
        }

        /// The seed app's icons: ✓ 連携済み, ✗ エラー, ? 未確認.
        static func icon(_ status: ProductMappingStatus) -> String {
            switch status {
            case .ok: "✓"
            case .error: "✗"
            case .unchecked: "?"
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "商品連携をCSVに書き出し / Export mappings as CSV (UTF-8 with BOM; re-importable)."
        )
        @OptionGroup var options: GlobalOptions
        @Option(help: "店舗コード / store code (default: every store).") var store: String?
        @Argument(help: "Output file ('-' for standard output).") var file: String

        func run() throws {
            let context = try options.openAdmin()
            let data = try ProductMappingAdmin(database: context.database).exportCSV(store: store)
            if file == "-" {
                FileHandle.standardOutput.write(data)
            } else {
                try AtomicFile.write(data, to: file)
                print("商品連携を書き出しました / mappings exported: \(file)")
            }
        }
    }
}
