import Testing

@testable import SyncCore

struct CSVReaderTests {
    @Test(arguments: [
        ("a,b\r\nc,d\r\n", [[String]]([["a", "b"], ["c", "d"]])),
        ("a,b\nc,d", [["a", "b"], ["c", "d"]]),
        ("a,b\rc,d\r", [["a", "b"], ["c", "d"]]),
        ("\"x,y\",z\r\n", [["x,y", "z"]]),
        ("\"say \"\"hi\"\"\",2\n", [["say \"hi\"", "2"]]),
        ("\"line1\r\nline2\",z\r\n", [["line1\r\nline2", "z"]]),
        ("a,,c\n,\n", [["a", "", "c"], ["", ""]]),
        ("a\r\n\r\n\r\nb\r\n\r\n", [["a"], ["b"]]),
        ("商品,\"マグ, 赤\"\n", [["商品", "マグ, 赤"]]),
        ("a\"b,c\n", [["a\"b", "c"]]),
    ])
    func readsRFC4180Records(text: String, expected: [[String]]) throws {
        #expect(try CSVReader.records(text).map(\.fields) == expected)
    }

    @Test func recordsCarryThePhysicalLineTheyStartOn() throws {
        // Given a quoted field spanning two lines and a blank line
        let text = "h1,h2\r\n\"multi\r\nline\",x\r\n\r\nlast,y\r\n"

        // When it is read
        let records = try CSVReader.records(text)

        // Then the line numbers count physical lines
        #expect(records.map(\.line) == [1, 2, 5])
    }

    @Test func unclosedQuoteIsAnErrorNamingTheLineItOpened() {
        #expect(
            throws: SyncCoreError.malformedCSV(line: 2, problem: "引用符 \" が閉じられていません (a quoted field is never closed)")
        ) {
            try CSVReader.records("a,b\n\"open,c\nd,e\n")
        }
    }
}
