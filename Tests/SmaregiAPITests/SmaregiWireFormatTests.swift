import Foundation
import SmaregiAPI
import Testing

/// Query encoding, dates, `Link` parsing and windows: the parts of the client that need no server.
struct SmaregiWireFormatTests {
    @Test(arguments: [
        ("2026-02-10T16:36:27+09:00", "2026-02-10T16:36:27%2B09:00"),
        ("a b&c=d", "a%20b%26c%3Dd"),
        ("productId,productCode", "productId,productCode"),
        ("商品", "%E5%95%86%E5%93%81"),
    ])
    func queryValuesArePercentEncodedWithPlusAs2B(value: String, encoded: String) {
        #expect(SmaregiQueryString.encode(value) == encoded)
    }

    @Test func nilQueryItemsAreLeftOut() {
        #expect(
            SmaregiQueryString.make([("store_id", "1"), ("product_id", nil), ("sort", "updDateTime:desc")])
                == "store_id=1&sort=updDateTime:desc"
        )
    }

    @Test func datesAreWrittenInJSTWithAColonOffset() throws {
        let date = Date(timeIntervalSince1970: 1_770_708_987)  // 2026-02-10T07:36:27Z
        #expect(SmaregiDateFormat.string(from: date) == "2026-02-10T16:36:27+09:00")
        #expect(SmaregiDateFormat.dayString(from: date) == "2026-02-10")
        #expect(SmaregiDateFormat.date(from: "2026-02-10T16:36:27+09:00") == date)
        #expect(SmaregiDateFormat.date(from: "2026-02-10T07:36:27+00:00") == date)
        #expect(SmaregiDateFormat.date(from: "2026-02-10T16:36:27 09:00") == nil)
        #expect(SmaregiDateFormat.date(from: "2026-02-10T16:36:27+0900") == nil)
    }

    @Test(arguments: [
        (
            #"<https://api.smaregi.dev/sb_x/pos/products?limit=2&page=2>; rel="next""#,
            "https://api.smaregi.dev/sb_x/pos/products?limit=2&page=2"
        ),
        (#"<http://a/p?page=1>; rel="prev", <http://a/p?page=3>; rel="next""#, "http://a/p?page=3"),
        (#"<http://a/p?page=1>; rel="prev""#, nil),
        ("", nil),
        // commas inside the target: `fields=` and `sort=` lists, as the API echoes them (smaregi.md §2, §3.2)
        (
            #"<https://api.smaregi.dev/sb_x/pos/products?fields=productId,productCode&limit=1000&page=2>; rel="next""#,
            "https://api.smaregi.dev/sb_x/pos/products?fields=productId,productCode&limit=1000&page=2"
        ),
        (
            #"<http://a/p?sort=storeId,productId:desc&page=1>; rel="prev", <http://a/p?sort=storeId,productId:desc&page=3>; rel="next""#,
            "http://a/p?sort=storeId,productId:desc&page=3"
        ),
        // whitespace around separators, an unquoted rel, upper case
        (" <http://a/p?page=2> ;rel = next ", "http://a/p?page=2"),
        ("<http://a/p?page=2>;REL=NEXT", "http://a/p?page=2"),
        // several relation types in one rel
        (#"<http://a/p?page=9>; rel="last next""#, "http://a/p?page=9"),
        // quoted parameters holding commas and semicolons, and escapes, before rel
        (
            #"<http://a/p?page=1>; title="a, b; c"; rel="prev", <http://a/p?page=2>; title="\"x, y\""; rel="next""#,
            "http://a/p?page=2"
        ),
        // only the first rel counts (RFC 8288 §3.3)
        (#"<http://a/p?page=2>; rel="prev"; rel="next""#, nil),
        // a malformed value is skipped, the next one is read
        (#"http://a/p?page=1; rel="next", <http://a/p?page=2>; rel="next""#, "http://a/p?page=2"),
        (#"<http://a/p?page=1 ; rel="next""#, nil),
        // a rel whose types merely contain "next"
        (#"<http://a/p?page=2>; rel="nextpage""#, nil),
    ])
    func nextLinkIsFoundAmongLinkEntries(header: String, next: String?) {
        #expect(SmaregiLinkHeader.nextURL(in: header) == next)
    }

    @Test func linkValuesKeepTheirTargetsAndParameters() {
        let links = SmaregiLinkHeader.links(
            in: #"<http://a/p?fields=a,b&page=2>; rel="next"; title="x, y", <http://a/p?page=1>;rel=prev"#
        )
        #expect(links.map(\.target) == ["http://a/p?fields=a,b&page=2", "http://a/p?page=1"])
        #expect(links.map(\.relations) == [["next"], ["prev"]])
        #expect(links.first?.parameters.map(\.value) == ["next", "x, y"])
    }

    struct RefusalCase: Sendable, CustomTestStringConvertible {
        var error: SmaregiAPIError
        var failure: SmaregiAPIError.AuthenticationFailure
        var says: String
        var testDescription: String { "\(error.status ?? 0) \(failure)" }
    }

    /// Whichever form a refusal arrives in, the message says what happened (issue #12).
    @Test(arguments: [
        RefusalCase(
            error: .authenticationFailed(
                endpoint: "POST /app/{contractId}/token",
                status: 401,
                error: "invalid_client",
                errorDescription: "Client authentication failed"
            ),
            failure: .credentialsRefused,
            says: "クライアントシークレットを確認"
        ),
        RefusalCase(
            error: .authenticationFailed(
                endpoint: "POST /app/{contractId}/token",
                status: 400,
                error: "invalid_scope",
                errorDescription: "pos.stock:write"
            ),
            failure: .scopeRefused,
            says: "スコープ"
        ),
        RefusalCase(
            error: .authenticationFailed(
                endpoint: "GET /pos/stock",
                status: 401,
                error: "access_denied",
                errorDescription: "The resource owner or authorization server denied the request."
            ),
            failure: .tokenRefused,
            says: "アクセストークンを拒否"
        ),
        RefusalCase(
            error: .authenticationFailed(
                endpoint: "GET /pos/stock",
                status: 401,
                error: "Unauthorized",
                errorDescription: "アクセストークンの有効期限が切れています"
            ),
            failure: .tokenExpired,
            says: "期限切れ"
        ),
        RefusalCase(
            error: .authenticationFailed(
                endpoint: "GET /pos/stores",
                status: 401,
                error: "Unauthorized",
                errorDescription: "アクセストークンが不正です"
            ),
            failure: .tokenRefused,
            says: "refused a newly issued access token"
        ),
    ])
    func refusalsAreExplained(_ row: RefusalCase) {
        #expect(row.error.authenticationFailure == row.failure)
        #expect(row.error.description.contains(row.says), "\(row.error)")
        #expect(row.error.description.contains("HTTP \(row.error.status ?? 0)"))
    }

    @Test(arguments: [(10.0, 1), (31.0, 1), (31.5, 2), (70.0, 3), (93.0, 3)])
    func longRangesAreSplitInto31DayWindows(days: Double, windows: Int) throws {
        let end = Date(timeIntervalSince1970: 1_800_000_000)
        let range = end.addingTimeInterval(-days * 86_400)...end
        let split = SmaregiClient.windows(range).compactMap { $0 }
        #expect(split.count == windows)
        #expect(split.first?.lowerBound == range.lowerBound)
        #expect(split.last?.upperBound == range.upperBound)
        #expect(split.allSatisfy { $0.upperBound.timeIntervalSince($0.lowerBound) <= 31 * 86_400 })
        #expect(zip(split, split.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }

    @Test func credentialsNeverPrintTheSecret() {
        let credentials = SmaregiCredentials(contractId: "sb_a", clientId: "id", clientSecret: "s3cr3t-value")
        #expect(!"\(credentials)".contains("s3cr3t"))
        #expect("\(credentials)".contains("sb_a"))
    }
}
