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
        #expect(output.components(separatedBy: "成功 succeeded").count - 1 == 4)
        #expect(output.contains("Rakuten orders placed: 8 (sandbox holds 8)"))
        // The reports and the mail it points at exist.
        let reports = output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            $0.hasSuffix(".csv")
        }
        #expect(reports.count == 4)
        for report in reports { #expect(FileManager.default.fileExists(atPath: report)) }
        let mails = output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            $0.hasSuffix(".eml")
        }
        #expect(mails.count == 1)
        for mail in mails { #expect(FileManager.default.fileExists(atPath: mail)) }
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
