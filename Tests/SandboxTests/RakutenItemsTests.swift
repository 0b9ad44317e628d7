import Foundation
import Hummingbird
import Sandbox
import TestSupport
import Testing

/// ItemAPI 2.0 contract (rakuten-rms.md §5).
struct RakutenItemsTests {
    @Test func unknownItemIs404GE0014() async throws {
        try await withRouterSandbox { sandbox in
            let reply = try await sandbox.send(.get, "/es/2.0/items/manage-numbers/6651")
            #expect(reply.status == 404)
            let error = try #require((reply.object["errors"] as? [[String: Any]])?.first)
            #expect(error["code"] as? String == "GE0014")
            #expect(error["message"] as? String == "No item found for inputs; manageNumber=6651")
        }
    }

    @Test func itemCarriesVariantsSelectorsAndPayment() async throws {
        try await withRouterSandbox { sandbox in
            try await sandbox.seedCatalog()
            let reply = try await sandbox.send(.get, "/es/2.0/items/manage-numbers/mug")
            #expect(reply.status == 200)
            let variants = try #require(reply.object["variants"] as? [String: Any])
            #expect(Set(variants.keys) == ["red", "Blue"])
            #expect(((variants["red"] as? [String: Any])?["selectorValues"] as? [String: String]) == ["カラー": "赤"])
            let selectors = try #require(reply.object["variantSelectors"] as? [[String: Any]])
            #expect(selectors.first?["key"] as? String == "カラー")
            #expect((reply.object["payment"] as? [String: Any])?["taxIncluded"] as? Bool == true)
        }
    }

    @Test func bulkGetLeavesUnknownOutAndRejectsDuplicatesAndMoreThan50() async throws {
        try await withRouterSandbox { sandbox in
            try await sandbox.seedCatalog()
            let ok = try await sandbox.send(
                .post,
                "/es/2.0/items/bulk-get",
                json: #"{"manageNumbers":["tea","nope","mug"]}"#
            )
            #expect(ok.status == 200)
            #expect(
                (ok.object["results"] as? [[String: Any]])?.map { $0["manageNumber"] as? String } == ["tea", "mug"]
            )
            let duplicate = try await sandbox.send(
                .post,
                "/es/2.0/items/bulk-get",
                json: #"{"manageNumbers":["tea","tea"]}"#
            )
            #expect(duplicate.status == 400)
            #expect(duplicate.object.errorCodes == ["IE1106"])
            let many = (0...50).map { #""i\#($0)""# }.joined(separator: ",")
            let tooMany = try await sandbox.send(
                .post,
                "/es/2.0/items/bulk-get",
                json: #"{"manageNumbers":[\#(many)]}"#
            )
            #expect(tooMany.status == 400)
        }
    }

    @Test func legacyItemShowsItsCombinationsAsVariants() async throws {
        try await withRouterSandbox { sandbox in
            try await sandbox.seedCatalog()
            let reply = try await sandbox.send(.get, "/es/2.0/items/manage-numbers/shirt")
            let variants = try #require(reply.object["variants"] as? [String: Any])
            #expect(Set(variants.keys) == ["sw", "mw"])
            #expect(
                ((variants["sw"] as? [String: Any])?["selectorValues"] as? [String: String]) == [
                    "サイズ": "S", "カラー": "白",
                ]
            )
        }
    }

    @Test func searchPagesWithCursorMarkAndFiltersByVariantId() async throws {
        try await withRouterSandbox { sandbox in
            // Given four items
            try await sandbox.seedCatalog()
            // When paging two at a time with a cursor
            let first = try await sandbox.send(.get, "/es/2.0/items/search?hits=2&cursorMark=*")
            #expect(first.object["numFound"] as? Int == 4)
            let mark = try #require(first.object["nextCursorMark"] as? String)
            let second = try await sandbox.send(
                .get,
                "/es/2.0/items/search?hits=2&cursorMark=\(mark.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? mark)"
            )
            let last = try #require(second.object["nextCursorMark"] as? String)
            let third = try await sandbox.send(
                .get,
                "/es/2.0/items/search?hits=2&cursorMark=\(last.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? last)"
            )
            // Then every item comes once and the mark stops moving at the end
            let names = [first, second].flatMap { reply in
                (reply.object["results"] as? [[String: Any]] ?? []).compactMap {
                    ($0["item"] as? [String: Any])?["manageNumber"] as? String
                }
            }
            #expect(names == ["tea", "mug", "gift", "shirt"])
            #expect(third.object["nextCursorMark"] as? String == last)
            #expect((third.object["results"] as? [Any])?.isEmpty == true)
            // And a partial variantId filter finds the SKU's item
            let byVariant = try await sandbox.send(.get, "/es/2.0/items/search?variantId=blu")
            #expect(byVariant.object["numFound"] as? Int == 1)
            let tooMany = try await sandbox.send(.get, "/es/2.0/items/search?hits=101")
            #expect(tooMany.object.errorCodes == ["IE0003"])
        }
    }
}
