import ArgumentParser
import Foundation
import Logging
import SyncCore
import SyncJobs
import SyncStore

extension MappingSuggestBasis: ExpressibleByArgument {}

extension MappingCommand {
    /// `mapping suggest --store S [--by jan|sku-code|merchant-sku] [--apply] [--out FILE]` (issue #13 §3).
    struct Suggest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "商品連携の自動作成 / Suggest mappings by JAN, SKU管理番号 or システム連携用SKU番号.",
            discussion: """
                Reads every Rakuten item (items.search, paced at the items budget) and every Smaregi product once, \
                and matches the SKU's JAN (articleNumber, --by jan, the default), SKU管理番号 (--by sku-code) or \
                システム連携用SKU番号 (--by merchant-sku) with the スマレジ商品コード. Writes a review CSV in the \
                `mapping import` format (UTF-8 with BOM) with 照合結果 一致 / 候補複数 / 楽天のみ / スマレジのみ / 連携済み, \
                the candidates and the names; import ignores the extra columns, and the file has no 安全在庫 column. \
                Edit it in Excel (fill in スマレジ商品ID or コード, delete the lines you do not want) and import it. \
                --apply imports the 一致 lines at once, as 未確認 until the next check run. SKUs that already have a \
                mapping are never changed.
                Exit codes: 0 done, 1 the store or its connection is not usable (or --apply rejected a line), \
                64 bad command line, 75 Rakuten or Smaregi unavailable.
                """
        )
        @OptionGroup var options: GlobalOptions
        @Option(help: "店舗コード / store code.") var store: String
        @Option(help: "jan (default), sku-code or merchant-sku.") var by: MappingSuggestBasis = .jan
        @Flag(help: "Import the 一致 (matched) lines now (status 未確認 until the next check run).") var apply = false
        @Option(help: "Review CSV to write (default: mapping-suggest_<store>_<time>.csv in the current directory).")
        var out: String?

        func run() throws {
            let context = try options.openAdmin()
            let output =
                out
                ?? FileManager.default.currentDirectoryPath + "/"
                + MappingSuggestService.defaultOutputName(store: store, at: context.clock())
            let service = MappingSuggestService(
                database: context.database,
                directory: context.directory,
                logger: Logger(label: "rakuten-sync.mapping-suggest"),
                progress: { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
            )
            let summary = try service.suggest(store: store, by: by, apply: apply, output: output)
            print(
                "楽天 商品 \(summary.rakutenItems) 件 (SKU \(summary.rakutenSKUs) 件), スマレジ商品 \(summary.smaregiProducts) 件 "
                    + "を照合しました (\(by.fieldName) ↔ スマレジ商品コード) / matched \(summary.rakutenSKUs) Rakuten SKUs "
                    + "with \(summary.smaregiProducts) Smaregi products"
            )
            let counts = MappingSuggestion.Status.allCases.map { status in
                "\(status.rawValue) \(summary.counts[status] ?? 0)"
            }
            let english = MappingSuggestion.Status.allCases.map { status in
                "\(status.english) \(summary.counts[status] ?? 0)"
            }
            print("照合結果: " + counts.joined(separator: " / ") + " (" + english.joined(separator: ", ") + ")")
            print("確認用CSVを書き出しました / review CSV written: \(summary.outputPath)")
            guard apply else { return }
            guard let applied = summary.applied else {
                print("一致した行がないため取り込みはありません / no matched lines to import")
                return
            }
            print(
                "一致した行を取り込みました (未確認): 追加 \(applied.counts.inserted), 更新 \(applied.counts.updated), "
                    + "変更なし \(applied.counts.unchanged) / エラー \(applied.problems.count) 行"
            )
            print(
                "applied: inserted \(applied.counts.inserted), updated \(applied.counts.updated), "
                    + "unchanged \(applied.counts.unchanged); rejected rows \(applied.problems.count)"
            )
            for problem in applied.problems.prefix(Import.printedProblems) {
                print("  " + problem.message)
            }
            if let report = applied.reportPath {
                print("エラー行のレポート / rejected rows report: \(report)")
            }
            if !applied.problems.isEmpty {
                throw ExitCode.failure
            }
        }
    }
}
