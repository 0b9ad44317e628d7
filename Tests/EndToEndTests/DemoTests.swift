import Foundation
import TestSupport
import Testing

/// `rakuten-sync demo`: the README's first command, end to end.
struct DemoTests {
    @Test(.timeLimit(.minutes(2)))
    func demoRunsEveryJobAgainstTheSandbox() throws {
        let root = try StoreFixtures.temporaryDirectory(prefix: "demo")
        let result = try ProcessRunner.run(
            ProcessRunner.executable("rakuten-sync"),
            ["demo", "--directory", root.appendingPathComponent("demo").path],
            timeout: 110
        )
        #expect(result.status == 0, "\(result.standardOutput)\n\(result.standardError)")
        let output = result.standardOutput
        #expect(output.contains("楽天 正常"))
        #expect(output.contains("スマレジ 正常"))
        for job in ["受注取得", "在庫更新", "発送済みステータス", "商品連携チェック"] {
            #expect(output.contains("\(job) [demo]"), "missing \(job)")
        }
        #expect(output.components(separatedBy: "成功 succeeded").count - 1 == 7)
        #expect(output.contains("Rakuten orders placed: 8 on day one, 1 on day two"))
        // The mappings come from a Shift_JIS CSV; six orders import, the unmapped SKU and payment are held.
        #expect(output.contains("194 rows imported"))
        #expect(output.contains("Shift_JIS"))
        #expect(output.contains("受注台帳 / order ledger: held 2, loaded 7"))
        // Day two: the in-store sale lowers Rakuten, the units sold on Rakuten before import are not reopened,
        // and the two 受注 shipped in the warehouse are 発送済 (500) on Rakuten.
        #expect(output.contains("Rakuten stock of goods-005: 9 → 7"))
        #expect(output.contains("Rakuten stock of goods-040: 0"))
        #expect(output.components(separatedBy: "orderProgress 500").count - 1 == 2)
        #expect(output.contains("UNMAPPED_SKU×1"))
        #expect(output.contains("UNMAPPED_PAYMENT×1"))
        // Every report and mail the summary points at exists: one report per job on day one; day two's runs only
        // repeat problems already reported (the held orders, the standing warnings), so they write none.
        let reports = Self.paths(in: output, after: "report=") + Self.listed(in: output, suffix: ".csv")
        #expect(Set(reports).count == 4)
        for report in reports { #expect(FileManager.default.fileExists(atPath: report), "\(report)") }
        let mails = Self.paths(in: output, after: "mail=")
        #expect(!mails.isEmpty)
        for mail in mails { #expect(FileManager.default.fileExists(atPath: mail), "\(mail)") }
    }

    /// Paths printed as `key=/path` in the job summary lines.
    private static func paths(in output: String, after key: String) -> [String] {
        output.split(separator: "\n").flatMap { line in
            line.split(separator: " ").filter { $0.hasPrefix(key) }.map { String($0.dropFirst(key.count)) }
        }
    }

    /// Paths printed alone on an indented line of the summary.
    private static func listed(in output: String, suffix: String) -> [String] {
        output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            $0.hasPrefix("/") && $0.hasSuffix(suffix)
        }
    }

    @Test func demoNeverWipesAFolderItDidNotMake() throws {
        let root = try StoreFixtures.temporaryDirectory(prefix: "demo-guard")
        let precious = root.appendingPathComponent("keep.txt")
        try Data("merchant data".utf8).write(to: precious)
        let result = try ProcessRunner.run(
            ProcessRunner.executable("rakuten-sync"),
            ["demo", "--directory", root.path]
        )
        #expect(result.status != 0)
        #expect(result.standardError.contains("was not made by the demo"))
        #expect(FileManager.default.fileExists(atPath: precious.path))
    }
}
