import Foundation
import Testing

@testable import SyncCore

/// What a spreadsheet does to mapping cells, and what the importer makes of it (issue #13 §2).
struct MappingCellRulesTests {
    private static let header = "商品管理番号,SKU管理番号,スマレジ商品コード,スマレジ商品ID,安全在庫"

    @Test(arguments: [
        ("mug,red,4.9E+12,,", "スマレジ商品コード「4.9E+12」"),
        ("mug,red,4.90E+12,,", "スマレジ商品コード「4.90E+12」"),
        ("mug,red,4.9e+12,,", "スマレジ商品コード「4.9e+12」"),
        ("mug,red,,4.9E+12,", "スマレジ商品ID「4.9E+12」"),
        ("mug,4.9E+12,X,,", "SKU管理番号「4.9E+12」"),
    ])
    func excelExponentCodesAreRefusedNamingLineAndColumn(row: String, reason: String) throws {
        let result = try MappingImportParser.parse(text: "\(Self.header)\n\(row)\n")

        #expect(result.rows.isEmpty)
        let problem = try #require(result.problems.first)
        #expect(problem.message.hasPrefix("2行目: "))
        #expect(problem.reasonJa.contains(reason) && problem.reasonJa.contains("指数表記"))
        #expect(problem.reasonEn.contains("exponent form"))
    }

    @Test(arguments: ["4E5", "12E34", "A4.9E+12", "4.9E+", "4900000000011", "1.5"])
    func codesThatOnlyLookNumericAreKept(code: String) throws {
        let result = try MappingImportParser.parse(text: "\(Self.header)\nmug,red,\(code),,\n")
        #expect(result.rows.first?.smaregiProductCode == code)
    }

    @Test(
        arguments: [
            ("mug,red,,１００２,２", 1002, 2),
            ("mug,red,,1002,１０", 1002, 10),
            ("mug,red,,　１００２　,", 1002, nil),
        ] as [(String, Int, Int?)]
    )
    func fullWidthDigitsAreDigitsWhereANumberIsExpected(row: String, id: Int, safety: Int?) throws {
        let result = try MappingImportParser.parse(text: "\(Self.header)\n\(row)\n")

        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.rows.first?.smaregiProductID == id)
        #expect(result.rows.first?.safetyStock == safety)
    }

    @Test(arguments: ["mug,red,,1002,①", "mug,red,,1002,2個", "mug,red,,①,"])
    func otherNonASCIIDigitsAreStillRefused(row: String) throws {
        let result = try MappingImportParser.parse(text: "\(Self.header)\n\(row)\n")
        #expect(result.rows.isEmpty)
        #expect(result.problems.count == 1)
    }

    @Test(arguments: ["=1+1", "=HYPERLINK(\"http://x\")", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3", "-SUM(A1)"])
    func formulaLikeProductCodesAreRefused(code: String) throws {
        let row = CSVWriter.line(["mug", "red", code, "", ""])
        let result = try MappingImportParser.parse(text: "\(Self.header)\n\(row)")

        #expect(result.rows.isEmpty)
        #expect(try #require(result.problems.first).reasonEn.contains("spreadsheet formula"))
    }

    @Test(arguments: [("-123", "-123"), ("+A1", "+A1"), ("A-1", "A-1"), ("'-123", "-123"), ("'+A.1", "+A.1")])
    func plainCodesWithALeadingSignAreKeptAndTheExportGuardIsDropped(cell: String, code: String) throws {
        let result = try MappingImportParser.parse(text: "\(Self.header)\nmug,red,\(cell),,\n")
        #expect(result.rows.first?.smaregiProductCode == code)
    }

    @Test(arguments: [
        ("商品管理番号,SKU管理番号,スマレジ商品コード", [MappingColumn.manageNumber, .variantId, .smaregiCode]),
        (
            "manage_number,variant_id,smaregi_id,safety_stock,商品名",
            [MappingColumn.manageNumber, .variantId, .smaregiID, .safetyStock]
        ),
    ])
    func theColumnsAFileHasAreReported(header: String, columns: [MappingColumn]) throws {
        let result = try MappingImportParser.parse(text: "\(header)\n")
        #expect(result.columns == Set(columns))
    }
}
