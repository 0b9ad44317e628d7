import Foundation
import SyncDemo
import TestSupport
import Testing

/// How the demo's summary counts the codes of a run's CSV report.
struct DemoReportTests {
    private static let header = "\u{FEFF}run_id,job,store,severity,code,message\r\n"

    @Test(arguments: [
        ("", ""),
        ("1,受注取得,demo,error,UNMAPPED_SKU,x\r\n", "UNMAPPED_SKU×1"),
        (
            "1,受注取得,demo,error,UNMAPPED_SKU,a\r\n1,受注取得,demo,warning,LICENSE_EXPIRING,b\r\n"
                + "1,受注取得,demo,error,UNMAPPED_SKU,c\r\n",
            "UNMAPPED_SKU×2, LICENSE_EXPIRING×1"
        ),
        // Equal counts are listed by code.
        ("1,j,demo,error,B_CODE,x\r\n1,j,demo,error,A_CODE,y\r\n", "A_CODE×1, B_CODE×1"),
        // A line that does not start with a run id (a quoted field's continuation) is not a row.
        ("1,j,demo,error,A_CODE,\"two\r\nlines\"\r\n", "A_CODE×1"),
        // The message may hold commas: only the fifth column is the code.
        ("1,j,demo,error,A_CODE,one, two, three\r\n", "A_CODE×1"),
    ])
    func countsEachCodeMostFrequentFirst(rows: String, expected: String) throws {
        let folder = try StoreFixtures.temporaryDirectory(prefix: "demo-report")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.csv").path
        try Data((Self.header + rows).utf8).write(to: URL(fileURLWithPath: path))

        #expect(DemoReport.codeCounts(path) == expected)
    }

    @Test func aMissingReportIsAQuestionMark() {
        #expect(DemoReport.codeCounts("/nonexistent/report.csv") == "?")
    }
}
