import Foundation
import Testing

@testable import SyncCore

struct MappingSuggestCSVTests {
    private static func lines() -> [MappingSuggestion] {
        MappingSuggester.suggest(
            skus: MappingSuggesterTests.skus,
            products: MappingSuggesterTests.products,
            by: .jan,
            existing: MappingSuggesterTests.existing
        )
    }

    @Test func theReviewFileImportsItsDecidedLinesAndNamesTheRest() throws {
        // Given the review CSV of the catalogue
        let data = MappingSuggestCSV.review(Self.lines())

        // When mapping import reads it
        let parsed = try MappingImportParser.parse(data)

        // Then the 一致 lines and the 連携済み ones (as they are stored) are rows; the undecided lines are rejected,
        // and the file has no 安全在庫 column, so importing it never clears a safety stock
        #expect(Array(data.prefix(3)) == ReportCSV.byteOrderMark)
        #expect(!parsed.columns.contains(.safetyStock))
        #expect(
            parsed.rows.map(\.key) == [
                .sku("mug", "blue"), .sku("mug", "red"), .sku("bag", "s"),
                .legacy("shirt", horizontal: "S", vertical: "白"),
            ]
        )
        #expect(
            parsed.rows.first?.smaregiProductID == 1002 && parsed.rows.first?.smaregiProductCode == "04900000000028"
        )
        #expect(parsed.rows[2].smaregiProductID == 1008 && parsed.rows[2].smaregiProductCode == nil)
        #expect(parsed.problems.count == Self.lines().count - 4)
    }

    @Test func theApplyFileHoldsOnlyTheMatchedLines() throws {
        let parsed = try MappingImportParser.parse(MappingSuggestCSV.matchedImport(Self.lines()))

        #expect(parsed.problems.isEmpty)
        #expect(parsed.rows.map(\.key) == [.sku("mug", "blue"), .sku("mug", "red")])
        #expect(parsed.rows.map(\.smaregiProductID) == [1002, 1001])
    }

    @Test func cellsASpreadsheetWouldRunAreGuarded() throws {
        let lines = MappingSuggester.suggest(
            skus: [SuggestRakutenSKU(manageNumber: "mug", variantId: "red", articleNumber: "1", itemName: "=cmd|x")],
            products: [SuggestSmaregiProduct(id: 7, code: "-7", name: "@SUM(A1)")],
            by: .skuCode,
            existing: []
        )

        let text = try #require(String(data: MappingSuggestCSV.review(lines), encoding: .utf8))

        #expect(text.contains(",'=cmd|x,") && text.contains(",'@SUM(A1),") && text.contains(",'-7,"))
        #expect(!text.contains(",=") && !text.contains(",@"))
        #expect(try MappingImportParser.parse(MappingSuggestCSV.review(lines)).rows.isEmpty)
    }
}
