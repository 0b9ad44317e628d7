import Foundation
import SyncCore
import Testing

/// The report-code catalogue (`ReportCode`) and the operator's guide list the same codes (issue #15 §2): every
/// code a row can carry is documented in docs/operations.ja.md §4, and nothing documented there is missing from
/// the catalogue.
struct ReportCodeCatalogueTests {
    /// The guide's §4 headings, `#### \`CODE\` — 重要度 (…)`, as code → the text after the dash (one per heading).
    static func documentedHeadings() throws -> [String: [String]] {
        let guide = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/operations.ja.md")
        let lines = try String(contentsOf: guide, encoding: .utf8).components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("## 4. ") }) else { return [:] }
        let end = lines[(start + 1)...].firstIndex(where: { $0.hasPrefix("## ") }) ?? lines.endIndex
        var headings: [String: [String]] = [:]
        for line in lines[(start + 1)..<end] {
            // `#### \`CODE\` — 重要度 (…)`
            let parts = line.components(separatedBy: "` — ")
            guard line.hasPrefix("#### `"), parts.count == 2 else { continue }
            headings[String(parts[0].dropFirst("#### `".count)), default: []].append(parts[1])
        }
        return headings
    }

    @Test func theGuideDocumentsExactlyTheCatalogue() throws {
        let documented = Set(try Self.documentedHeadings().keys)
        let catalogue = Set(ReportCode.allCases.map(\.rawValue))
        #expect(catalogue.subtracting(documented).isEmpty, "not in docs/operations.ja.md §4")
        #expect(documented.subtracting(catalogue).isEmpty, "documented but not in ReportCode")
    }

    @Test(arguments: ReportCode.allCases)
    func theGuideGivesTheCodesSeverity(code: ReportCode) throws {
        let headings = try Self.documentedHeadings()[code.rawValue] ?? []
        #expect(
            headings.contains { $0.hasPrefix(code.severity.japaneseName) },
            "\(code.rawValue): \(headings) should start with \(code.severity.japaneseName)"
        )
    }

    @Test func standingProblemsAreTheHeldOrdersMappingErrorsAndSetUp() {
        #expect(
            Set(ReportCode.allCases.filter(\.isStanding).map(\.rawValue)) == [
                "UNMAPPED_SKU", "UNMAPPED_PAYMENT", "TOTAL_MISMATCH", "TAX_MISMATCH", "AMOUNT_UNDETERMINED",
                "ORDER_NO_LINES", "ORDER_CHANGE_PENDING", "MAPPING_IN_ERROR", "SMAREGI_PRODUCT_NOT_FOUND",
                "RAKUTEN_SKU_NOT_FOUND", "RAKUTEN_ITEM_NOT_FOUND", "RAKUTEN_OPTION_NOT_FOUND", "SMAREGI_CODE_MISMATCH",
                "SMAREGI_CODE_AMBIGUOUS", "LEGACY_SKU_UNRESOLVED", "LICENSE_EXPIRING", "LICENSE_EXPIRED",
                "SMAREGI_NOT_CONFIGURED", "CONFIGURATION_ERROR", "JOB_FAILED",
            ]
        )
    }

    @Test func aRowOfACodeTakesTheCatalogueSeverityAndAction() {
        let row = ReportRow(.orderNoLines, rakutenOrderNumber: "1", messageJa: "注文に商品がありません。", messageEn: "x")
        #expect(row.severity == .error)
        #expect(row.code == "ORDER_NO_LINES")
        #expect(row.action == "RMSで注文内容を確認してください。 / Check the order in RMS.")
    }
}
