import Foundation
import HTTPTypes
import Hummingbird
import Sandbox
import TestSupport
import Testing

/// A flat, all-string 取引 body: 1001 × 2 at ¥1100 and a ¥100 unit discount on one line, carriage 500, a credit
/// tender (smaregi.md §4.5).
func smaregiTransactionJSON(
    terminalTranId: String = "R000000001",
    subtotal: String = "2000",
    total: String = "2500",
    quantity: String = "2",
    extra: String = ""
) -> String {
    """
    {"transactionHeadDivision":"1","storeId":"1","terminalId":"1","terminalTranId":"\(terminalTranId)",
     "terminalTranDateTime":"2026-11-28T10:45:45+09:00","subtotal":"\(subtotal)","total":"\(total)",
     "taxInclude":"181","taxExclude":"0","carriage":"500","memo":"123456-20261128-0000000001"\(extra),
     "depositOthers":[{"paymentMethodId":"2","depositOthers":"2500"}],
     "details":[{"transactionDetailId":"1","transactionDetailDivision":"1","productId":"1001","salesPrice":"1100",
                 "unitDiscountPrice":"100","quantity":"\(quantity)"}]}
    """
}

/// POS 取引 contract (smaregi.md §3.3, §4.5, §9).
struct SmaregiTransactionTests {
    @Test func registeringATransactionLowersStockWithDivision02() async throws {
        try await withSmaregiRouter { sandbox in
            try await sandbox.seedProducts()
            let token = try await sandbox.token()
            let reply = try await sandbox.send(
                .post,
                "/sb_sandbox01/pos/transactions",
                json: smaregiTransactionJSON(),
                bearer: token
            )
            #expect(reply.status == 200)
            #expect(reply.object["transactionHeadId"] as? String == "1")
            #expect(reply.object["total"] as? String == "2500")
            #expect(
                (reply.object["depositOthers"] as? [[String: Any]])?.first?["paymentMethodName"] as? String
                    == "クレジットカード"
            )
            #expect(try await sandbox.stockAmount(store: 1, product: 1001) == -2)
            let changes = try await sandbox.state()["stockChanges"] as? [[String: Any]] ?? []
            #expect(changes.compactMap { $0["stockDivision"] as? String } == ["02"])
        }
    }

    @Test(arguments: [
        (smaregiTransactionJSON(subtotal: "2200", total: "2700"), "2000"),
        (smaregiTransactionJSON(total: "2000"), "2500"),
        (smaregiTransactionJSON(quantity: "0"), "quantity"),
        (smaregiTransactionJSON(terminalTranId: "R0000000001"), "terminalTranId"),
        (
            smaregiTransactionJSON().replacingOccurrences(of: #""subtotal":"2000""#, with: #""subtotal":2000"#),
            "subtotal"
        ),
        (
            #"{"transactionHead":{"storeId":"1"},"transactionDetails":[]}"#,
            "transactionHead,transactionDetails はサポートされていません"
        ),
        (smaregiTransactionJSON(extra: #","sumDivision":"2""#), "sumDate"),
        (smaregiTransactionJSON().replacingOccurrences(of: #""storeId":"1""#, with: #""storeId":"3""#), "店舗"),
    ])
    func invalidTransactionsAreRejected(body: String, detail: String) async throws {
        try await withSmaregiRouter { sandbox in
            try await sandbox.seedProducts()
            let token = try await sandbox.token()
            let reply = try await sandbox.send(.post, "/sb_sandbox01/pos/transactions", json: body, bearer: token)
            #expect(reply.status == 400)
            #expect((reply.object["detail"] as? String)?.contains(detail) == true)
            #expect(try await sandbox.stockAmount(store: 1, product: 1001) == nil)
        }
    }

    @Test func duplicateTerminalKeyIsRejectedUnlessSwitchedOff() async throws {
        try await withSmaregiRouter { sandbox in
            try await sandbox.seedProducts()
            let token = try await sandbox.token()
            let first = try await sandbox.send(
                .post,
                "/sb_sandbox01/pos/transactions",
                json: smaregiTransactionJSON(),
                bearer: token
            )
            let again = try await sandbox.send(
                .post,
                "/sb_sandbox01/pos/transactions",
                json: smaregiTransactionJSON(),
                bearer: token
            )
            _ = try await sandbox.control(.put, "/settings", json: #"{"rejectDuplicateTransactions":false}"#)
            let allowed = try await sandbox.send(
                .post,
                "/sb_sandbox01/pos/transactions",
                json: smaregiTransactionJSON(),
                bearer: token
            )
            #expect(first.status == 200)
            #expect(again.status == 400)
            #expect(allowed.status == 200)
            #expect(try await sandbox.stockAmount(store: 1, product: 1001) == -4)
        }
    }

    @Test func listingNeedsAWindowOfAtMost31Days() async throws {
        try await withSmaregiRouter { sandbox in
            try await sandbox.seedProducts()
            let token = try await sandbox.token()
            _ = try await sandbox.send(
                .post,
                "/sb_sandbox01/pos/transactions",
                json: smaregiTransactionJSON(),
                bearer: token
            )
            let none = try await sandbox.send(.get, "/sb_sandbox01/pos/transactions", bearer: token)
            #expect(none.status == 400)
            let from = SmaregiJSTText.encoded("2026-11-28T00:00:00+09:00")
            let to = SmaregiJSTText.encoded("2026-11-29T00:00:00+09:00")
            let found = try await sandbox.send(
                .get,
                "/sb_sandbox01/pos/transactions?terminal_tran_date_time-from=\(from)&terminal_tran_date_time-to=\(to)&with_details=all",
                bearer: token
            )
            let rows = try #require(found.json as? [[String: Any]])
            #expect(rows.compactMap { $0["terminalTranId"] as? String } == ["R000000001"])
            #expect((rows.first?["details"] as? [[String: Any]])?.first?["quantity"] as? String == "2")
            let tooLong = try await sandbox.send(
                .get,
                "/sb_sandbox01/pos/transactions?terminal_tran_date_time-from=\(SmaregiJSTText.encoded("2026-10-01T00:00:00+09:00"))&terminal_tran_date_time-to=\(to)",
                bearer: token
            )
            #expect(tooLong.status == 400)
            let one = try await sandbox.send(.get, "/sb_sandbox01/pos/transactions/1", bearer: token)
            #expect(one.object["details"] == nil)
            #expect(one.object["memo"] as? String == "123456-20261128-0000000001")
        }
    }
}

/// Query-encodes a `+09:00` date-time (`%2B`).
enum SmaregiJSTText {
    static func encoded(_ text: String) -> String { text.replacingOccurrences(of: "+", with: "%2B") }
}
