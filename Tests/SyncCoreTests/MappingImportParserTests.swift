import Foundation
import TestSupport
import Testing

@testable import SyncCore

struct MappingImportParserTests {
    @Test func readsAnRMSStyleShiftJISFile() throws {
        // Given the RMS-style CP932 fixture (Japanese headers, Japanese product codes, quoted comma and line break)
        let data = try fixture("csv/mappings-sjis.csv")

        // When it is parsed
        let result = try MappingImportParser.parse(data)

        // Then the valid rows are read with their lines, and the bad ones are rejected with theirs
        #expect(result.encoding == .cp932)
        #expect(
            result.rows == [
                MappingImportRow(
                    line: 2,
                    key: .sku("mug", "red"),
                    smaregiProductID: nil,
                    smaregiProductCode: "4900000000011"
                ),
                MappingImportRow(line: 3, key: .sku("mug", "Blue"), smaregiProductID: nil, smaregiProductCode: "マグ青①"),
                MappingImportRow(
                    line: 4,
                    key: .legacy("shirt", horizontal: "S", vertical: "白"),
                    smaregiProductID: 1002,
                    smaregiProductCode: nil
                ),
                MappingImportRow(line: 6, key: .sku("tea", "tea"), smaregiProductID: 1003, smaregiProductCode: nil),
            ]
        )
        #expect(result.problems.map(\.line) == [7, 8, 9])
        #expect(result.problems[0].reasonJa.contains("商品管理番号が空"))
        #expect(result.problems[1].reasonEn.contains("both"))
        #expect(result.problems[2].reasonEn.contains("also on line 2"))
    }

    @Test(arguments: ["csv/mappings-utf8.csv", "csv/mappings-utf8-bom.csv"])
    func readsUTF8WithAndWithoutBOM(path: String) throws {
        let result = try MappingImportParser.parse(try fixture(path))

        #expect(result.encoding == (path.contains("bom") ? .utf8WithBOM : .utf8))
        #expect(result.problems.isEmpty)
        #expect(
            result.rows.map(\.key) == [
                .sku("mug", "red"), .legacy("shirt", horizontal: "S", vertical: "白"), .sku("tea", "tea"),
            ]
        )
        #expect(result.rows[2].smaregiProductCode == "TEA,01")
    }

    @Test(arguments: [
        ("商品管理番号（商品URL）", MappingColumn.manageNumber),
        ("商品管理番号(商品URL)", .manageNumber),
        ("商品URL", .manageNumber),
        ("ManageNumber", .manageNumber),
        ("item_url", .manageNumber),
        ("SKU管理番号", .variantId),
        ("variantId", .variantId),
        ("項目選択肢別在庫用横軸選択肢", .horizontal),
        ("縦軸", .vertical),
        ("スマレジ商品コード", .smaregiCode),
        ("Smaregi Product Code", .smaregiCode),
        ("ｽﾏﾚｼﾞ商品ID", .smaregiID),
        ("smaregi_id", .smaregiID),
        ("安全在庫", .safetyStock),
    ])
    func headerAliasesAreRecognised(header: String, column: MappingColumn) {
        #expect(MappingColumn.matching(header: header) == column)
    }

    @Test func unknownHeadersAreIgnored() {
        #expect(MappingColumn.matching(header: "商品名") == nil)
    }

    @Test func aMissingRequiredColumnRejectsTheFile() {
        #expect {
            try MappingImportParser.parse(text: "商品管理番号,SKU管理番号\nmug,red\n")
        } throws: { error in
            guard case SyncCoreError.missingColumn(let column, _) = error else { return false }
            return column.contains("スマレジ商品コード")
        }
    }

    @Test(arguments: [
        ("mug,red,,,", "スマレジ商品ID"),
        ("mug,,,白,1", "SKU管理番号または横軸"),
        ("mug,red,,白,1", "縦軸"),
        ("mug,red,,,abc", "15桁"),
        ("mug,red,,,1234567890123456", "15桁"),
        ("mug,r/d,,,1", "使えない文字"),
        ("0123456789012345678901234567890123,red,,,1", "32バイト"),
        ("マグ,red,,,1", "使えない文字"),
    ])
    func badRowsAreRejectedWithLineAndReason(row: String, reason: String) throws {
        let result = try MappingImportParser.parse(text: "商品管理番号,SKU管理番号,横軸,縦軸,スマレジ商品ID\n\(row)\n")

        #expect(result.rows.isEmpty)
        let problem = try #require(result.problems.first)
        #expect(problem.line == 2)
        #expect(problem.reasonJa.contains(reason))
        #expect(problem.message.hasPrefix("2行目: "))
    }

    @Test func manageNumberIsLowerCasedAndVariantIdKeptExactly() throws {
        let result = try MappingImportParser.parse(text: "manage_number,variant_id,smaregi_id\nMUG,Red,1\nmug,red,2\n")

        #expect(
            result.rows.map(\.key) == [
                .sku(manageNumber: "mug", variantId: "Red"), .sku(manageNumber: "mug", variantId: "red"),
            ]
        )
        #expect(result.problems.isEmpty)
    }
}
