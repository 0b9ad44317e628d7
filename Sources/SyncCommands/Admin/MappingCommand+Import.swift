import ArgumentParser
import Foundation
import SyncCore
import SyncJobs
import SyncStore

extension MappingCommand {
    /// `mapping import --store S FILE [--dry-run]`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "商品連携をCSVから取り込み / Import mappings from a CSV file.",
            discussion: """
                UTF-8 (with or without BOM) or Shift_JIS/CP932, detected. Headers in Japanese or English (see README \
                "Product mappings"): 商品管理番号/商品URL, SKU管理番号 or 横軸 [+ 縦軸], スマレジ商品コード and/or \
                スマレジ商品ID, optional 安全在庫. Valid rows are imported in one transaction; each invalid row is \
                listed with its line number and written to reports/<day>/mapping-import_<store>_<time>.csv. \
                A column the file lacks leaves that field as it is; an empty 安全在庫 cell in a present column clears \
                it (the store's safety stock applies). A new Smaregi product makes a mapping 未確認; a safety-stock-only \
                change keeps its status. Re-importing the same file changes nothing. --dry-run writes nothing.
                Exit codes: 0 every row imported, 1 some rows rejected (the valid ones were imported), 64 the file \
                is missing or cannot be read as a mapping CSV (encoding, header, quoting).
                """
        )
        @OptionGroup var options: GlobalOptions
        @Option(help: "店舗コード / store code.") var store: String
        @Flag(name: .customLong("dry-run"), help: "Check the file and show what would change; write nothing.")
        var dryRun = false
        @Argument(help: "The CSV file.") var file: String

        /// Rejected rows printed before the list is cut short (all are in the report file).
        static let printedProblems = 50

        func run() throws {
            let context = try options.openAdmin()
            let summary = try MappingImportService(database: context.database, directory: context.directory)
                .importFile(at: file, store: store, dryRun: dryRun)
            let verb = summary.dryRun ? "取り込み予定 (dry run, nothing written)" : "取り込みました"
            print("\(file): 文字コード / encoding \(summary.encoding.rawValue)")
            print(
                "\(verb): 有効 \(summary.validRows) 行 (追加 \(summary.counts.inserted), 更新 \(summary.counts.updated), "
                    + "変更なし \(summary.counts.unchanged)) / エラー \(summary.problems.count) 行"
            )
            print(
                "valid rows \(summary.validRows): inserted \(summary.counts.inserted), updated \(summary.counts.updated), "
                    + "unchanged \(summary.counts.unchanged); rejected rows \(summary.problems.count)"
            )
            if summary.counts.updated > 0 {
                let kept = summary.counts.updated - summary.counts.repointed
                print(
                    "  更新のうち スマレジ商品の変更 \(summary.counts.repointed) 件 (未確認に戻ります), 安全在庫のみの変更 \(kept) 件 "
                        + "(状態はそのまま) / of the updated: \(summary.counts.repointed) point at another Smaregi product "
                        + "(back to unchecked), \(kept) changed safety stock only (status kept)"
                )
            }
            for problem in summary.problems.prefix(Self.printedProblems) {
                print("  " + problem.message)
            }
            if summary.problems.count > Self.printedProblems {
                print("  … \(summary.problems.count - Self.printedProblems) more")
            }
            if let report = summary.reportPath {
                print("エラー行のレポート / rejected rows report: \(report)")
            }
            if !summary.problems.isEmpty {
                throw ExitCode.failure
            }
        }
    }
}
